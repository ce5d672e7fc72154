package org.councilpolicy.content.testkit;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.councilpolicy.content.moderation.Decision;
import org.councilpolicy.content.moderation.Ground;
import org.councilpolicy.content.moderation.ModerationDecision;
import org.councilpolicy.content.moderation.ReportTo;
import org.councilpolicy.testkit.Failures;
import org.councilpolicy.testkit.FindingDescriptions;

/**
 * Assertions on a {@link ModerationDecision}. Each method returns {@code this} so assertions chain;
 * the first that does not hold throws {@link AssertionError} describing the decision: grounds,
 * reports, re-posting, evidence, the explanation (worded by the library, never quoting the comment)
 * and the findings with their excerpts masked.
 */
public final class ModerationDecisionAssert {

    private final ModerationDecision decision;
    private String description;

    ModerationDecisionAssert(ModerationDecision decision) {
        this.decision = decision;
    }

    /**
     * Names the subject in failure messages, for example the comment's id.
     *
     * @param value what is being checked
     * @return this
     */
    public ModerationDecisionAssert describedAs(String value) {
        this.description = value;
        return this;
    }

    /**
     * The decision under test, for checks the kit does not offer.
     *
     * @return the decision
     */
    public ModerationDecision decision() {
        return decision;
    }

    /**
     * Asserts the comment is to be deleted.
     *
     * @return this
     */
    public ModerationDecisionAssert isDeleted() {
        return is(Decision.DELETE);
    }

    /**
     * Asserts the comment is to be kept.
     *
     * @return this
     */
    public ModerationDecisionAssert isKept() {
        return is(Decision.KEEP);
    }

    /**
     * Asserts a person must review the comment.
     *
     * @return this
     */
    public ModerationDecisionAssert needsReview() {
        return is(Decision.REVIEW);
    }

    /**
     * Asserts the decision, DELETE, KEEP or REVIEW.
     *
     * @param expected the decision it must be
     * @return this
     */
    public ModerationDecisionAssert is(Decision expected) {
        Objects.requireNonNull(expected, "expected");
        if (decision.decision() != expected) {
            throw fail("Expected decision " + expected + " but was " + decision.decision() + ".");
        }
        return this;
    }

    /**
     * Asserts each of these grounds is among the decision's grounds (there may be others).
     *
     * @param expected one or more grounds
     * @return this
     */
    public ModerationDecisionAssert onGround(Ground... expected) {
        List<Ground> absent = some(expected, "ground").stream().filter(g -> !decision.grounds().contains(g)).toList();
        if (!absent.isEmpty()) {
            throw fail("Expected ground" + (absent.size() == 1 ? " " + absent.get(0) : "s " + absent) + " but the grounds are "
                    + decision.grounds() + ".");
        }
        return this;
    }

    /**
     * Asserts the decision states no ground at all.
     *
     * @return this
     */
    public ModerationDecisionAssert hasNoGround() {
        if (!decision.grounds().isEmpty()) {
            throw fail("Expected no ground but the grounds are " + decision.grounds() + ".");
        }
        return this;
    }

    /**
     * Asserts the comment must be reported to each of these.
     *
     * @param expected one or more services
     * @return this
     */
    public ModerationDecisionAssert reportsTo(ReportTo... expected) {
        List<ReportTo> absent = some(expected, "reportTo").stream().filter(r -> !decision.reportTo().contains(r)).toList();
        if (!absent.isEmpty()) {
            throw fail("Expected a report to " + absent + " but reportTo is " + decision.reportTo() + ".");
        }
        return this;
    }

    /**
     * Asserts the comment need not be reported to anyone.
     *
     * @return this
     */
    public ModerationDecisionAssert reportsToNoOne() {
        if (!decision.reportTo().isEmpty()) {
            throw fail("Expected no report but reportTo is " + decision.reportTo() + ".");
        }
        return this;
    }

    /**
     * Asserts the poster may post the comment again without the offending parts (MD-5).
     *
     * @return this
     */
    public ModerationDecisionAssert allowsRepost() {
        if (!decision.repostAllowed()) {
            throw fail("Expected re-posting to be allowed but it is not.");
        }
        return this;
    }

    /**
     * Asserts re-posting is not offered.
     *
     * @return this
     */
    public ModerationDecisionAssert doesNotAllowRepost() {
        if (decision.repostAllowed()) {
            throw fail("Expected re-posting not to be allowed but it is.");
        }
        return this;
    }

    /**
     * Asserts a proposed deletion or hiding was refused for want of a ground (MD-1, MD-3).
     *
     * @return this
     */
    public ModerationDecisionAssert refusesProposal() {
        if (!decision.proposalRefused()) {
            throw fail("Expected the proposal to be refused but it was not.");
        }
        return this;
    }

    /**
     * Asserts evidence must be kept (MD-6) and the decision carries its audit record.
     *
     * @return this
     */
    public ModerationDecisionAssert retainsEvidence() {
        if (!decision.retainEvidence() || decision.evidence().isEmpty()) {
            throw fail("Expected evidence to be retained but "
                    + (decision.retainEvidence() ? "there is no evidence record." : "it is not."));
        }
        return this;
    }

    private static <T> List<T> some(T[] values, String name) {
        Objects.requireNonNull(values, name);
        if (values.length == 0) {
            throw new IllegalArgumentException("name at least one " + name);
        }
        return Arrays.stream(values).map(v -> Objects.requireNonNull(v, name)).toList();
    }

    private AssertionError fail(String expectation) {
        return Failures.fail(description, expectation, describe(decision));
    }

    /**
     * Describes a decision for an assertion message: everything but personal data.
     *
     * @param d the decision
     * @return indented lines
     */
    static String describe(ModerationDecision d) {
        String nl = System.lineSeparator();
        return "  decision " + d.decision() + ", grounds " + d.grounds() + ", reportTo " + d.reportTo()
                + ", repostAllowed " + d.repostAllowed() + ", retainEvidence " + d.retainEvidence()
                + ", proposal refused " + d.proposalRefused() + nl
                + "  explanation: " + d.explanation() + nl
                + FindingDescriptions.describe(d.findings());
    }
}
