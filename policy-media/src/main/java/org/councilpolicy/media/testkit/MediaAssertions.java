package org.councilpolicy.media.testkit;

import org.councilpolicy.media.clearance.ClearanceDecision;
import org.councilpolicy.testkit.Failures;

/**
 * Entry point of the fluent assertions on photo clearance decisions, for any test framework: a failed
 * assertion throws {@link AssertionError} listing the decision's actions and its findings (metadata
 * values masked).
 *
 * <pre>{@code
 * import static org.councilpolicy.media.testkit.MediaAssertions.assertThatClearance;
 *
 * assertThatClearance(clearance.clear(declaration)).describedAs("p1")
 *         .isNotCleared().hasAction(ActionCode.OBTAIN_PARENTAL_CONSENT);
 * }</pre>
 */
public final class MediaAssertions {

    private MediaAssertions() {
    }

    /**
     * Starts assertions on a photo clearance decision.
     *
     * @param decision what {@code PhotoClearance.clear} returned
     * @return assertions on it
     */
    public static ClearanceDecisionAssert assertThatClearance(ClearanceDecision decision) {
        if (decision == null) {
            throw Failures.fail(null, "Expected a clearance decision but was null.", null);
        }
        return new ClearanceDecisionAssert(decision);
    }
}
