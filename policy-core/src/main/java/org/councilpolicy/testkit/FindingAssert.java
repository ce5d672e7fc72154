package org.councilpolicy.testkit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import org.councilpolicy.core.rule.Category;
import org.councilpolicy.core.rule.Finding;
import org.councilpolicy.core.rule.FindingKind;
import org.councilpolicy.core.rule.PersonalDataKind;
import org.councilpolicy.core.rule.Severity;

/**
 * Assertions on the findings a {@link ReportAssert} narrowed to (say, every finding of one rule).
 * Each condition keeps the findings that meet it and fails when none is left, so
 * {@code hasFinding("personal-data.phone").at(12, 25).withSeverity(Severity.BLOCK)} holds when
 * <em>some</em> phone finding is at [12, 25) and blocks. The message lists every finding of the
 * report, excerpts masked.
 */
public final class FindingAssert {

    private final ReportAssert report;
    private final List<String> conditions = new ArrayList<>();
    private List<Finding> candidates;

    FindingAssert(ReportAssert report, String what, List<Finding> candidates) {
        this.report = report;
        this.conditions.add(what);
        this.candidates = List.copyOf(candidates);
    }

    /**
     * Asserts the finding's span is exactly {@code [start, end)} (UTF-16 offsets, end exclusive).
     *
     * @param start first offset, inclusive
     * @param end   last offset, exclusive
     * @return this
     */
    public FindingAssert at(int start, int end) {
        return keep("at [" + start + ", " + end + ")",
                f -> f.span() != null && f.span().start() == start && f.span().end() == end);
    }

    /**
     * Asserts the finding's span overlaps {@code [start, end)}.
     *
     * @param start first offset, inclusive
     * @param end   last offset, exclusive
     * @return this
     */
    public FindingAssert overlapping(int start, int end) {
        return keep("overlapping [" + start + ", " + end + ")", overlaps(start, end));
    }

    /**
     * Asserts the finding is about the text as a whole (it has no span), like a missing hashtag.
     *
     * @return this
     */
    public FindingAssert aboutWholeText() {
        return keep("about the whole text", f -> f.span() == null);
    }

    /**
     * Asserts the finding's severity.
     *
     * @param severity the severity it must have
     * @return this
     */
    public FindingAssert withSeverity(Severity severity) {
        Objects.requireNonNull(severity, "severity");
        return keep("with severity " + severity, f -> f.severity() == severity);
    }

    /**
     * Asserts the finding's kind.
     *
     * @param kind a kind name such as {@code PHONE}
     * @return this
     */
    public FindingAssert withKind(String kind) {
        Objects.requireNonNull(kind, "kind");
        return keep("of kind " + kind, f -> kind.equals(f.kindName()));
    }

    /**
     * Asserts the finding's kind.
     *
     * @param kind the kind, such as {@link PersonalDataKind#PHONE}
     * @return this
     */
    public FindingAssert withKind(FindingKind kind) {
        Objects.requireNonNull(kind, "kind");
        return keep("of kind " + kind.name(), f -> kind.equals(f.kind()));
    }

    /**
     * Asserts the finding's category.
     *
     * @param category the category
     * @return this
     */
    public FindingAssert inCategory(Category category) {
        Objects.requireNonNull(category, "category");
        return keep("in category " + category, f -> f.category() == category);
    }

    /**
     * Asserts the finding cites every one of these clause IDs (it may cite others too).
     *
     * @param clauseIds clause IDs such as {@code PD-1}
     * @return this
     */
    public FindingAssert citing(String... clauseIds) {
        List<String> wanted = Arrays.asList(Objects.requireNonNull(clauseIds, "clauseIds"));
        return keep("citing " + String.join(", ", wanted), f -> f.clauses().containsAll(wanted));
    }

    /**
     * Asserts the finding's message contains the text.
     *
     * @param text part of the message
     * @return this
     */
    public FindingAssert withMessageContaining(String text) {
        Objects.requireNonNull(text, "text");
        return keep("with a message containing \"" + text + "\"", f -> f.message().contains(text));
    }

    /**
     * Asserts the finding offers a suggestion.
     *
     * @return this
     */
    public FindingAssert withSuggestion() {
        return keep("with a suggestion", f -> f.suggestion() != null);
    }

    /**
     * Returns to the report, for more assertions on it.
     *
     * @return the report's assertions
     */
    public ReportAssert and() {
        return report;
    }

    /**
     * The first finding that meets every condition so far, for checks the kit does not offer.
     *
     * @return the finding
     */
    public Finding finding() {
        return candidates.get(0);
    }

    /**
     * Every finding that meets every condition so far.
     *
     * @return the findings, in the report's order
     */
    public List<Finding> findings() {
        return candidates;
    }

    static Predicate<Finding> overlaps(int start, int end) {
        return f -> f.span() != null && f.span().start() < end && start < f.span().end();
    }

    private FindingAssert keep(String condition, Predicate<Finding> test) {
        List<Finding> left = candidates.stream().filter(test).toList();
        String before = String.join(" ", conditions);
        conditions.add(condition);
        if (left.isEmpty()) {
            throw report.fail("Expected " + String.join(" ", conditions) + ". " + candidates.size() + " finding"
                    + (candidates.size() == 1 ? "" : "s") + " matched \"" + before + "\" but none " + condition + ".");
        }
        candidates = left;
        return this;
    }
}
