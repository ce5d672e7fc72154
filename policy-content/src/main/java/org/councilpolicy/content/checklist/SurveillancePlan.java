package org.councilpolicy.content.checklist;

import java.util.Objects;
import java.util.Set;

/**
 * Planned use of social media in an investigation (SCC 2.11).
 *
 * @param activities            what is planned (empty when nothing covert or monitoring is planned)
 * @param criminalInvestigation the activity is in the course of a criminal investigation or operation
 * @param ripaReference         the reference of the RIPA authorisation (magistrate's approval), or {@code null} /
 *                              blank when there is none
 */
public record SurveillancePlan(Set<SurveillanceActivity> activities, boolean criminalInvestigation,
                               String ripaReference) {

    /**
     * Checks and copies the activities.
     *
     * @param activities            what is planned
     * @param criminalInvestigation whether it is for a criminal investigation or operation
     * @param ripaReference         the authorisation reference, or {@code null}
     */
    public SurveillancePlan {
        activities = Set.copyOf(Objects.requireNonNull(activities, "activities"));
    }

    /** {@return whether a RIPA authorisation reference is given} */
    public boolean hasRipaAuthorisation() {
        return ripaReference != null && !ripaReference.isBlank();
    }

    /** {@return the plan without the authorisation reference, which identifies an investigation} */
    @Override
    public String toString() {
        return "SurveillancePlan[activities=" + activities + ", criminalInvestigation=" + criminalInvestigation
                + ", ripaAuthorisation=" + hasRipaAuthorisation() + "]";
    }
}
