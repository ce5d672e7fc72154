package org.councilpolicy.testkit;

import org.councilpolicy.core.engine.Report;
import org.councilpolicy.core.rule.Finding;

/**
 * Entry point of the fluent assertions, for any test framework (JUnit, TestNG, plain
 * {@code main}): a failed assertion throws {@link AssertionError} with the report's findings,
 * masked, in its message.
 *
 * <pre>{@code
 * import static org.councilpolicy.testkit.PolicyAssertions.assertThat;
 *
 * assertThat(report).describedAs("draft d7")
 *         .isBlocked()
 *         .hasFinding("personal-data.phone").at(12, 25).withSeverity(Severity.BLOCK).citing("PD-1")
 *         .and().hasNoFindingIn(Category.POLITICAL);
 * }</pre>
 */
public final class PolicyAssertions {

    private PolicyAssertions() {
    }

    /**
     * Starts assertions on a report.
     *
     * @param report the engine's report on one subject
     * @return assertions on it
     */
    public static ReportAssert assertThat(Report report) {
        return new ReportAssert(report);
    }

    /**
     * Starts assertions on a single finding.
     *
     * @param finding the finding
     * @return assertions on it
     */
    public static FindingAssert assertThat(Finding finding) {
        if (finding == null) {
            throw Failures.fail(null, "Expected a finding but was null.", null);
        }
        Report report = Report.of(java.util.List.of(finding));
        return new FindingAssert(new ReportAssert(report), "a finding", java.util.List.of(finding));
    }
}
