package org.councilpolicy.core.engine;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.councilpolicy.core.rule.Category;
import org.councilpolicy.core.rule.Finding;
import org.councilpolicy.core.rule.Severity;

/**
 * What the engine found in one subject: its findings, ordered by position then rule id, and the
 * verdict they give.
 *
 * @param findings every finding, in a stable order
 * @param verdict  derived from the findings
 */
public record Report(List<Finding> findings, Verdict verdict) {

    /** Sorts by span start (whole-text findings last), then end, then rule id, then message. */
    static final Comparator<Finding> ORDER = Comparator
            .comparingInt((Finding f) -> f.span() == null ? Integer.MAX_VALUE : f.span().start())
            .thenComparingInt(f -> f.span() == null ? Integer.MAX_VALUE : f.span().end())
            .thenComparing(Finding::rule)
            .thenComparing(Finding::message);

    /**
     * Validates the components.
     *
     * @param findings every finding, in a stable order
     * @param verdict derived from the findings
     */
    public Report {
        findings = List.copyOf(Objects.requireNonNull(findings, "findings"));
        Objects.requireNonNull(verdict, "verdict");
        if (verdict != Verdict.of(findings)) {
            throw new IllegalArgumentException("verdict " + verdict + " does not follow from the findings");
        }
    }

    /**
     * A report of these findings, sorted, with the derived verdict.
     *
     * @param findings every finding, in a stable order
     * @return a report of these findings, sorted, with the derived verdict
     */
    public static Report of(List<Finding> findings) {
        List<Finding> sorted = findings.stream().sorted(ORDER).toList();
        return new Report(sorted, Verdict.of(sorted));
    }

    /** {@return a report with no findings} */
    public static Report empty() {
        return new Report(List.of(), Verdict.PASS);
    }

    /** {@return whether nothing blocks or needs review} */
    public boolean isPass() {
        return verdict == Verdict.PASS;
    }

    /**
     * The findings of one rule.
     *
     * @param ruleId a rule id, such as {@code personal-data.email}
     * @return the findings of one rule
     */
    public List<Finding> findings(String ruleId) {
        return findings.stream().filter(f -> f.rule().equals(ruleId)).toList();
    }

    /**
     * The findings in one category.
     *
     * @param category a category
     * @return the findings in one category
     */
    public List<Finding> findings(Category category) {
        return findings.stream().filter(f -> f.category() == category).toList();
    }

    /**
     * Whether any finding is at or above {@code severity}.
     *
     * @param severity a severity
     * @return whether any finding is at or above {@code severity}
     */
    public boolean hasAtLeast(Severity severity) {
        return findings.stream().anyMatch(f -> f.severity().isAtLeast(severity));
    }
}
