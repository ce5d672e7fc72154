package org.councilpolicy.core.rule;

import java.util.List;

/**
 * Findings made by hand for tests of code that only reads them (the test kit's assertions, report output).
 * Test scope only: in main code a finding comes from the engine, through {@link RuleContext#finding()}.
 */
public final class TestFindings {

    private TestFindings() {
    }

    /**
     * A finding with every part given.
     *
     * @param rule the rule id
     * @param clauses the clause IDs
     * @param category the category
     * @param kind the kind, or {@code null}
     * @param severity the severity
     * @param span the span, or {@code null}
     * @param excerpt the excerpt, or {@code null}
     * @param message the message
     * @param suggestion the suggestion, or {@code null}
     * @param fix the fix, or {@code null}
     * @return the finding
     */
    public static Finding finding(String rule, List<String> clauses, Category category, FindingKind kind,
            Severity severity, Span span, String excerpt, String message, String suggestion, Fix fix) {
        return new Finding(rule, clauses, category, kind, severity, span, excerpt, message, suggestion, fix);
    }

    /**
     * A builder of a finding of the rule at its default severity, outside any engine.
     *
     * @param info the rule
     * @return the builder; finish it with {@link #build(Finding.Builder)}
     */
    public static Finding.Builder builder(RuleInfo info) {
        return new Finding.Builder(info, info.defaultSeverity(), null);
    }

    /**
     * Builds a builder from {@link #builder(RuleInfo)}.
     *
     * @param builder the builder
     * @return the finding
     */
    public static Finding build(Finding.Builder builder) {
        return builder.build();
    }
}
