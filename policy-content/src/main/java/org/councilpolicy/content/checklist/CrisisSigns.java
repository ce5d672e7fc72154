package org.councilpolicy.content.checklist;

/**
 * What a person sees on an account, to decide whether it is in crisis (SCC 4.3), and what has been done so far.
 *
 * @param onlyTopicNegative              the subject is the only thing people are talking about, negatively
 * @param highlyEmotive                  the subject is highly emotive
 * @param highReputationalRisk           the subject represents a high reputational risk
 * @param legalInNature                  the subject is legal in nature or has negative legal connotations
 * @param pressReportingNegatively       the press have picked it up and are reporting it negatively
 * @param listeningResponsePosted        a "listening response" has already been posted
 * @param managerAlerted                 the person's manager has been alerted
 * @param communicationsTeamAlerted      the Communications Team has been contacted
 */
public record CrisisSigns(boolean onlyTopicNegative, boolean highlyEmotive, boolean highReputationalRisk,
                          boolean legalInNature, boolean pressReportingNegatively, boolean listeningResponsePosted,
                          boolean managerAlerted, boolean communicationsTeamAlerted) {

    /** {@return a builder with every sign absent and nothing done yet} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return whether any of the four signs of a crisis is present} */
    public boolean anySign() {
        return onlyTopicNegative || highlyEmotive || highReputationalRisk || legalInNature || pressReportingNegatively;
    }

    /** Builds {@link CrisisSigns}; every flag starts false. */
    public static final class Builder {
        private boolean onlyTopicNegative;
        private boolean highlyEmotive;
        private boolean highReputationalRisk;
        private boolean legalInNature;
        private boolean pressReportingNegatively;
        private boolean listeningResponsePosted;
        private boolean managerAlerted;
        private boolean communicationsTeamAlerted;

        private Builder() {
        }

        /**
         * @param value the subject is the only thing people are talking about, negatively
         * @return this builder
         */
        public Builder onlyTopicNegative(boolean value) {
            onlyTopicNegative = value;
            return this;
        }

        /**
         * @param value the subject is highly emotive
         * @return this builder
         */
        public Builder highlyEmotive(boolean value) {
            highlyEmotive = value;
            return this;
        }

        /**
         * @param value the subject represents a high reputational risk
         * @return this builder
         */
        public Builder highReputationalRisk(boolean value) {
            highReputationalRisk = value;
            return this;
        }

        /**
         * @param value the subject is legal in nature or has negative legal connotations
         * @return this builder
         */
        public Builder legalInNature(boolean value) {
            legalInNature = value;
            return this;
        }

        /**
         * @param value the press are reporting it negatively
         * @return this builder
         */
        public Builder pressReportingNegatively(boolean value) {
            pressReportingNegatively = value;
            return this;
        }

        /**
         * @param value a listening response has already been posted
         * @return this builder
         */
        public Builder listeningResponsePosted(boolean value) {
            listeningResponsePosted = value;
            return this;
        }

        /**
         * @param value the manager has been alerted
         * @return this builder
         */
        public Builder managerAlerted(boolean value) {
            managerAlerted = value;
            return this;
        }

        /**
         * @param value the Communications Team has been contacted
         * @return this builder
         */
        public Builder communicationsTeamAlerted(boolean value) {
            communicationsTeamAlerted = value;
            return this;
        }

        /** {@return the signs} */
        public CrisisSigns build() {
            return new CrisisSigns(onlyTopicNegative, highlyEmotive, highReputationalRisk, legalInNature,
                    pressReportingNegatively, listeningResponsePosted, managerAlerted, communicationsTeamAlerted);
        }
    }
}
