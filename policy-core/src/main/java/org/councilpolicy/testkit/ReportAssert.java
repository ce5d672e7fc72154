package org.councilpolicy.testkit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import org.councilpolicy.core.engine.Report;
import org.councilpolicy.core.engine.Verdict;
import org.councilpolicy.core.rule.Category;
import org.councilpolicy.core.rule.Finding;
import org.councilpolicy.core.rule.FindingKind;
import org.councilpolicy.core.rule.PersonalDataKind;

/**
 * Assertions on a {@link Report}. Each method returns {@code this} (or a {@link FindingAssert}) so
 * assertions chain; the first that does not hold throws {@link AssertionError} listing the report's
 * findings with their excerpts masked.
 */
public final class ReportAssert {

    private final Report report;
    private String description;

    ReportAssert(Report report) {
        if (report == null) {
            throw Failures.fail(null, "Expected a report but was null.", null);
        }
        this.report = report;
    }

    /**
     * Names the subject in failure messages, for example the draft's id.
     *
     * @param value what is being checked
     * @return this
     */
    public ReportAssert describedAs(String value) {
        this.description = value;
        return this;
    }

    /**
     * The report under test, for checks the kit does not offer.
     *
     * @return the report
     */
    public Report report() {
        return report;
    }

    /**
     * Asserts the verdict is {@link Verdict#PASS}: nothing blocks and nothing needs review.
     *
     * @return this
     */
    public ReportAssert isPublishable() {
        return hasVerdict(Verdict.PASS);
    }

    /**
     * Asserts the verdict is {@link Verdict#BLOCK}.
     *
     * @return this
     */
    public ReportAssert isBlocked() {
        return hasVerdict(Verdict.BLOCK);
    }

    /**
     * Asserts the verdict is {@link Verdict#REVIEW}: a person must look before it goes out.
     *
     * @return this
     */
    public ReportAssert needsReview() {
        return hasVerdict(Verdict.REVIEW);
    }

    /**
     * Asserts the report's verdict.
     *
     * @param expected the verdict it must have
     * @return this
     */
    public ReportAssert hasVerdict(Verdict expected) {
        Objects.requireNonNull(expected, "expected");
        if (report.verdict() != expected) {
            throw fail("Expected verdict " + expected + " but was " + report.verdict() + ".");
        }
        return this;
    }

    /**
     * Asserts that the rule found something, and narrows further assertions to its findings.
     *
     * @param ruleId a rule id such as {@code personal-data.phone}
     * @return assertions on that rule's findings
     */
    public FindingAssert hasFinding(String ruleId) {
        Objects.requireNonNull(ruleId, "ruleId");
        return narrow("a finding of " + ruleId, f -> f.rule().equals(ruleId));
    }

    /**
     * Asserts there is a finding of this kind, from any rule, and narrows to those.
     *
     * @param kind the kind, such as {@link PersonalDataKind#PHONE}
     * @return assertions on the findings of that kind
     */
    public FindingAssert hasFindingOfKind(FindingKind kind) {
        Objects.requireNonNull(kind, "kind");
        return narrow("a finding of kind " + kind, f -> kind.equals(f.kind()));
    }

    /**
     * Asserts a finding's span overlaps {@code [start, end)}, and narrows to those findings. Useful with
     * planted personal data, whose exact span a detector may widen (to take in "NHS number", say).
     *
     * @param start first offset, inclusive
     * @param end   last offset, exclusive
     * @return assertions on the overlapping findings
     */
    public FindingAssert hasFindingOverlapping(int start, int end) {
        return narrow("a finding overlapping [" + start + ", " + end + ")", FindingAssert.overlaps(start, end));
    }

    /**
     * Asserts the rule found nothing.
     *
     * @param ruleId a rule id
     * @return this
     */
    public ReportAssert hasNoFinding(String ruleId) {
        Objects.requireNonNull(ruleId, "ruleId");
        return none("no finding of " + ruleId, f -> f.rule().equals(ruleId));
    }

    /**
     * Asserts no finding has this kind.
     *
     * @param kind the kind
     * @return this
     */
    public ReportAssert hasNoFindingOfKind(FindingKind kind) {
        Objects.requireNonNull(kind, "kind");
        return none("no finding of kind " + kind, f -> kind.equals(f.kind()));
    }

    /**
     * Asserts there is at least one finding in <em>each</em> of the categories.
     *
     * @param categories one or more categories
     * @return this
     */
    public ReportAssert hasFindingIn(Category... categories) {
        for (Category c : requireSome(categories)) {
            if (report.findings(c).isEmpty()) {
                throw fail("Expected a finding in category " + c + " but there is none.");
            }
        }
        return this;
    }

    /**
     * Asserts there is no finding in any of the categories.
     *
     * @param categories one or more categories
     * @return this
     */
    public ReportAssert hasNoFindingIn(Category... categories) {
        List<Category> list = requireSome(categories);
        return none("no finding in " + (list.size() == 1 ? "category " + list.get(0) : "categories " + list),
                f -> list.contains(f.category()));
    }

    /**
     * Asserts the number of findings.
     *
     * @param expected how many findings the report must have
     * @return this
     */
    public ReportAssert hasFindingCount(int expected) {
        if (report.findings().size() != expected) {
            throw fail("Expected " + expected + " finding" + (expected == 1 ? "" : "s") + " but there "
                    + (report.findings().size() == 1 ? "is 1." : "are " + report.findings().size() + "."));
        }
        return this;
    }

    /**
     * Asserts the report has no findings at all, not even advice.
     *
     * @return this
     */
    public ReportAssert hasNoFindings() {
        return hasFindingCount(0);
    }

    private FindingAssert narrow(String what, Predicate<Finding> test) {
        List<Finding> matching = report.findings().stream().filter(test).toList();
        if (matching.isEmpty()) {
            throw fail("Expected " + what + " but there is none.");
        }
        return new FindingAssert(this, what, matching);
    }

    private ReportAssert none(String what, Predicate<Finding> test) {
        List<Finding> matching = report.findings().stream().filter(test).toList();
        if (!matching.isEmpty()) {
            throw fail("Expected " + what + " but found " + matching.size() + ":",
                    FindingDescriptions.describe(matching));
        }
        return this;
    }

    private static List<Category> requireSome(Category... categories) {
        Objects.requireNonNull(categories, "categories");
        if (categories.length == 0) {
            throw new IllegalArgumentException("name at least one category");
        }
        List<Category> list = new ArrayList<>(Arrays.asList(categories));
        list.forEach(c -> Objects.requireNonNull(c, "category"));
        return list;
    }

    AssertionError fail(String expectation) {
        return fail(expectation, FindingDescriptions.describe(report.findings()));
    }

    AssertionError fail(String expectation, String details) {
        return Failures.fail(description, expectation, "  verdict " + report.verdict() + System.lineSeparator() + details);
    }
}
