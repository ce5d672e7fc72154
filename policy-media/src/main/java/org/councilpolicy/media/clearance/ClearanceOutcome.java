package org.councilpolicy.media.clearance;

/**
 * The outcome of a photo clearance, declared from least to most severe.
 *
 * <p>NOT_CLEARED ranks above ESCALATE: escalation asks a Station Manager (or the communications team)
 * to judge what the checklist cannot, but no one can judge away a missing parental consent or a missing
 * officer in charge's permission, so when something is missing the photo is not cleared whatever a
 * senior officer would think of the rest. The escalation is still listed among the actions.
 */
public enum ClearanceOutcome {
    /** Nothing stops it being shared as it is. */
    CLEARED,
    /** It may be shared once the listed parts are blurred, cropped or stripped. */
    NEEDS_EDIT,
    /** A Station Manager or above (or the communications team) must decide (PH-7). */
    ESCALATE,
    /** It must not be shared: something required is missing. */
    NOT_CLEARED;

    /**
     * The more severe of this and {@code other}, to combine the outcomes of several actions.
     *
     * @param other another outcome
     * @return whichever is declared later
     */
    public ClearanceOutcome max(ClearanceOutcome other) {
        return compareTo(other) >= 0 ? this : other;
    }
}
