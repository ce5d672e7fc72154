package org.councilpolicy.media.clearance;

import java.util.List;
import java.util.Objects;

/**
 * One thing to do before a photo is shared.
 *
 * @param code    the stable code
 * @param clauses the clause IDs that require it (never empty)
 * @param message what to do and why, in plain English
 * @param outcome the decision this action alone leads to; {@link ClearanceOutcome#CLEARED} marks advice that does
 *                not hold the photo up
 */
public record ClearanceAction(ActionCode code, List<String> clauses, String message, ClearanceOutcome outcome) {

    /**
     * Checks the parts and copies the clauses.
     *
     * @param code    the stable code
     * @param clauses the clause IDs that require it
     * @param message what to do and why, in plain English
     * @param outcome the decision this action alone leads to
     * @throws IllegalArgumentException when no clause is cited
     */
    public ClearanceAction {
        Objects.requireNonNull(code, "code");
        clauses = List.copyOf(Objects.requireNonNull(clauses, "clauses"));
        if (clauses.isEmpty()) {
            throw new IllegalArgumentException("action " + code + " cites no clause");
        }
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(outcome, "outcome");
    }

    /** {@return whether it is only advice, which does not hold the photo up} */
    public boolean isAdvice() {
        return outcome == ClearanceOutcome.CLEARED;
    }
}
