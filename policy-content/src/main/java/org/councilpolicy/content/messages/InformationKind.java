package org.councilpolicy.content.messages;

/**
 * FOI or EIR, for {@link RequestScorer}: the regime follows the information (EIR reg 2(1)), not the law the sender
 * names. Decided from the cue sums of one message.
 */
final class InformationKind {

    private InformationKind() {
    }

    /**
     * Whether the information asked for is environmental (EIR reg 2(1)): a strong environmental subject, or the EIR
     * named beside some subject, or weak subjects (roads, recycling) asked about other than as money spent.
     *
     * @param sum cue weights by kind
     */
    static boolean environmental(double[] sum) {
        double weak = get(sum, CueKind.ENV_WEAK);
        // The law cited does not decide (the regime follows the information): the EIR named for staff numbers and a
        // budget, with no environmental subject, is an FOI request.
        boolean lawOnly = get(sum, CueKind.ENV_STRONG) == 0 && weak == 0 && get(sum, CueKind.MONEY) > 0;
        double strong = get(sum, CueKind.ENV_STRONG) + (get(sum, CueKind.EIR_LAW) > 0 && !lawOnly ? 2 : 0);
        if (strong > 0) {
            return true;
        }
        // Money spent on roads or recycling is financial information: FOI, unless the state of things is asked; two
        // weak subjects ("potholes ... road repairs") are still money spent on roads.
        return get(sum, CueKind.MONEY) == 0 && weak >= 1;
    }

    private static double get(double[] sum, CueKind k) {
        return sum[k.ordinal()];
    }
}
