package org.councilpolicy.media.testkit;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.councilpolicy.media.clearance.ActionCode;
import org.councilpolicy.media.clearance.ClearanceAction;
import org.councilpolicy.media.clearance.ClearanceDecision;
import org.councilpolicy.media.clearance.ClearanceOutcome;
import org.councilpolicy.testkit.Failures;
import org.councilpolicy.testkit.FindingDescriptions;

/**
 * Assertions on a {@link ClearanceDecision}. Each method returns {@code this} so assertions chain; the
 * first that does not hold throws {@link AssertionError} listing the decision's actions (code, outcome,
 * clauses) and its metadata findings, whose excerpts the scanner masks as it reads them.
 */
public final class ClearanceDecisionAssert {

    private final ClearanceDecision decision;
    private String description;

    ClearanceDecisionAssert(ClearanceDecision decision) {
        this.decision = decision;
    }

    /**
     * Names the subject in failure messages, for example the declaration's id.
     *
     * @param value what is being checked
     * @return this
     */
    public ClearanceDecisionAssert describedAs(String value) {
        this.description = value;
        return this;
    }

    /**
     * The decision under test, for checks the kit does not offer.
     *
     * @return the decision
     */
    public ClearanceDecision decision() {
        return decision;
    }

    /**
     * Asserts the photo may be shared as it is.
     *
     * @return this
     */
    public ClearanceDecisionAssert isCleared() {
        return is(ClearanceOutcome.CLEARED);
    }

    /**
     * Asserts the photo must not be shared: something required is missing.
     *
     * @return this
     */
    public ClearanceDecisionAssert isNotCleared() {
        return is(ClearanceOutcome.NOT_CLEARED);
    }

    /**
     * Asserts the photo may be shared once edited (blurred, cropped or stripped).
     *
     * @return this
     */
    public ClearanceDecisionAssert needsEdit() {
        return is(ClearanceOutcome.NEEDS_EDIT);
    }

    /**
     * Asserts a Station Manager or the communications team must decide.
     *
     * @return this
     */
    public ClearanceDecisionAssert escalates() {
        return is(ClearanceOutcome.ESCALATE);
    }

    /**
     * Asserts the decision.
     *
     * @param expected the decision it must be
     * @return this
     */
    public ClearanceDecisionAssert is(ClearanceOutcome expected) {
        Objects.requireNonNull(expected, "expected");
        if (decision.decision() != expected) {
            throw fail("Expected decision " + expected + " but was " + decision.decision() + ".");
        }
        return this;
    }

    /**
     * Asserts each of these actions is listed.
     *
     * @param expected one or more action codes
     * @return this
     */
    public ClearanceDecisionAssert hasAction(ActionCode... expected) {
        Objects.requireNonNull(expected, "expected");
        if (expected.length == 0) {
            throw new IllegalArgumentException("name at least one action code");
        }
        List<ActionCode> absent = Arrays.stream(expected).map(c -> Objects.requireNonNull(c, "action code"))
                .filter(c -> !decision.has(c)).toList();
        if (!absent.isEmpty()) {
            throw fail("Expected action" + (absent.size() == 1 ? " " + absent.get(0) : "s " + absent)
                    + " but there is none" + (absent.size() == 1 ? "." : " of them."));
        }
        return this;
    }

    /**
     * Asserts this action is not listed.
     *
     * @param unexpected the action code
     * @return this
     */
    public ClearanceDecisionAssert hasNoAction(ActionCode unexpected) {
        Objects.requireNonNull(unexpected, "unexpected");
        if (decision.has(unexpected)) {
            throw fail("Expected no action " + unexpected + " but it is listed.");
        }
        return this;
    }

    private AssertionError fail(String expectation) {
        String nl = System.lineSeparator();
        StringBuilder details = new StringBuilder("  decision ").append(decision.decision()).append(nl);
        if (decision.actions().isEmpty()) {
            details.append("  (no actions)");
        } else {
            details.append("  actions (").append(decision.actions().size()).append("):");
            for (ClearanceAction a : decision.actions()) {
                details.append(nl).append("    ").append(a.code()).append(' ').append(a.outcome())
                        .append(" (").append(String.join(", ", a.clauses())).append("): ").append(a.message());
            }
        }
        details.append(nl).append(FindingDescriptions.describe(decision.findings()));
        return Failures.fail(description, expectation, details.toString());
    }
}
