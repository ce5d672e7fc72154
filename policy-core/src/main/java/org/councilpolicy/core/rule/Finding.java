package org.councilpolicy.core.rule;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing a rule found in a draft, message, comment, account or photo.
 *
 * <p>Immutable. {@code excerpt} is always masked: a finding never carries detected personal data in
 * the clear, so it is safe to log, print or store. Optional parts are {@code null} when absent; the
 * {@code Optional}-returning accessors are there for callers who prefer them.
 *
 * <p>Findings are made only by the engine, from a builder a rule starts with {@link RuleContext#finding()}
 * (pre-filled with the rule's id, clauses, category and the profile's severity for it) and hands back with
 * {@link RuleContext#report(Builder)}: a rule cannot report a finding in another rule's name.
 */
public final class Finding {

    private final String rule;
    private final List<String> clauses;
    private final Category category;
    private final FindingKind kind;
    private final Severity severity;
    private final Span span;
    private final String excerpt;
    private final String message;
    private final String suggestion;
    private final Fix fix;

    Finding(String rule, List<String> clauses, Category category, FindingKind kind, Severity severity, Span span,
            String excerpt, String message, String suggestion, Fix fix) {
        this.rule = Objects.requireNonNull(rule, "rule");
        this.clauses = List.copyOf(Objects.requireNonNull(clauses, "clauses"));
        if (this.clauses.isEmpty()) {
            throw new IllegalArgumentException("finding of " + rule + " cites no clause");
        }
        this.category = Objects.requireNonNull(category, "category");
        this.kind = kind;
        this.severity = Objects.requireNonNull(severity, "severity");
        this.span = span;
        this.excerpt = excerpt;
        this.message = Objects.requireNonNull(message, "message");
        this.suggestion = suggestion;
        this.fix = fix;
    }

    /** {@return the id of the rule that found it, e.g. {@code personal-data.email}} */
    public String rule() {
        return rule;
    }

    /** {@return the clause IDs it enforces (never empty)} */
    public List<String> clauses() {
        return clauses;
    }

    /** {@return the policy family} */
    public Category category() {
        return category;
    }

    /** {@return a finer kind (for personal data, a {@link PersonalDataKind}), or {@code null}} */
    public FindingKind kind() {
        return kind;
    }

    /** {@return the finer kind's name as written to output, such as {@code EMAIL}, or {@code null}} */
    public String kindName() {
        return kind == null ? null : kind.name();
    }

    /** {@return how serious, after the profile's overrides} */
    public Severity severity() {
        return severity;
    }

    /** {@return UTF-16 offsets into the original text, or {@code null} for the text as a whole} */
    public Span span() {
        return span;
    }

    /** {@return the offending text, masked, or {@code null}} */
    public String excerpt() {
        return excerpt;
    }

    /** {@return what is wrong, in plain English} */
    public String message() {
        return message;
    }

    /** {@return what to do instead, or {@code null}} */
    public String suggestion() {
        return suggestion;
    }

    /** {@return a mechanical correction, or {@code null}} */
    public Fix fix() {
        return fix;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Finding f && rule.equals(f.rule) && clauses.equals(f.clauses) && category == f.category
                && Objects.equals(kind, f.kind) && severity == f.severity && Objects.equals(span, f.span)
                && Objects.equals(excerpt, f.excerpt) && message.equals(f.message)
                && Objects.equals(suggestion, f.suggestion) && Objects.equals(fix, f.fix);
    }

    @Override
    public int hashCode() {
        return Objects.hash(rule, clauses, category, kind, severity, span, excerpt, message, suggestion, fix);
    }

    @Override
    public String toString() {
        return "Finding[rule=" + rule + ", clauses=" + clauses + ", category=" + category + ", kind=" + kind
                + ", severity=" + severity + ", span=" + span + ", excerpt=" + excerpt + ", message=" + message
                + ", suggestion=" + suggestion + ", fix=" + fix + "]";
    }

    /** {@return the finer kind, if any} */
    public Optional<FindingKind> kindIfAny() {
        return Optional.ofNullable(kind);
    }

    /** {@return the span, if the finding is about part of the text} */
    public Optional<Span> spanIfAny() {
        return Optional.ofNullable(span);
    }

    /** {@return the suggestion, if any} */
    public Optional<String> suggestionIfAny() {
        return Optional.ofNullable(suggestion);
    }

    /** {@return the fix, if any} */
    public Optional<Fix> fixIfAny() {
        return Optional.ofNullable(fix);
    }

    /**
     * Builds a {@link Finding}; rule metadata is pre-filled, everything else optional but the message. Started
     * by {@link RuleContext#finding()} and finished by {@link RuleContext#report(Builder)} of the same context.
     */
    public static final class Builder {
        private final String rule;
        private List<String> clauses;
        private Category category;
        private FindingKind kind;
        private Severity severity;
        private Span span;
        private String excerpt;
        private String message;
        private String suggestion;
        private Fix fix;
        private String doubt;
        private String note;
        private final RuleContext owner;

        Builder(RuleInfo info, Severity severity, RuleContext owner) {
            Objects.requireNonNull(info, "rule");
            this.rule = info.id();
            this.clauses = info.clauses();
            this.category = info.category();
            this.severity = Objects.requireNonNull(severity, "severity");
            this.owner = owner;
        }

        boolean startedBy(RuleContext context) {
            return owner == context;
        }

        /**
         * Cites only some of the rule's clauses (or others) for this finding.
         *
         * @param ids clause IDs such as {@code PD-1}
         * @return this builder
         */
        public Builder clauses(String... ids) {
            this.clauses = List.of(ids);
            return this;
        }

        /**
         * Cites only some of the rule's clauses (or others) for this finding.
         *
         * @param ids clause IDs such as {@code PD-1}
         * @return this builder
         */
        public Builder clauses(List<String> ids) {
            this.clauses = List.copyOf(ids);
            return this;
        }

        /**
         * Sets the policy family.
         *
         * @param value the policy family
         * @return this builder
         */
        public Builder category(Category value) {
            this.category = Objects.requireNonNull(value, "category");
            return this;
        }

        /**
         * Sets a finer kind (for personal data, a {@link PersonalDataKind}), or {@code null}.
         *
         * @param value a finer kind, or {@code null}
         * @return this builder
         */
        public Builder kind(FindingKind value) {
            this.kind = value;
            return this;
        }

        /**
         * Sets how serious, after the profile's overrides.
         *
         * @param value how serious, after the profile's overrides
         * @return this builder
         */
        public Builder severity(Severity value) {
            this.severity = Objects.requireNonNull(value, "severity");
            return this;
        }

        /**
         * Sets the span: UTF-16 offsets into the original text, or {@code null} for the text as a whole.
         *
         * @param value UTF-16 offsets into the original text, or {@code null} for the text as a whole
         * @return this builder
         */
        public Builder span(Span value) {
            this.span = value;
            return this;
        }

        /**
         * Sets the span: UTF-16 offsets into the original text, or {@code null} for the text as a whole.
         *
         * @param start first offset, inclusive
         * @param end last offset, exclusive
         * @return this builder
         */
        public Builder span(int start, int end) {
            this.span = new Span(start, end);
            return this;
        }

        /**
         * The offending text, already masked where it is personal data.
         *
         * @param value the offending text, masked, or {@code null}
         * @return this builder
         */
        public Builder excerpt(String value) {
            this.excerpt = value;
            return this;
        }

        /**
         * Sets what is wrong, in plain English.
         *
         * @param value what is wrong, in plain English
         * @return this builder
         */
        public Builder message(String value) {
            this.message = value;
            return this;
        }

        /**
         * Sets what to do instead, or {@code null}.
         *
         * @param value what to do instead, or {@code null}
         * @return this builder
         */
        public Builder suggestion(String value) {
            this.suggestion = value;
            return this;
        }

        /**
         * Sets a mechanical correction, or {@code null}.
         *
         * @param value a mechanical correction, or {@code null}
         * @return this builder
         */
        public Builder fix(Fix value) {
            this.fix = value;
            return this;
        }

        /**
         * Marks the detector as unsure: a BLOCK becomes REVIEW and the reason is added to the message,
         * so a person knows why it was not blocked outright.
         *
         * @param reason why the detector is unsure
         * @return this builder
         */
        public Builder unsure(String reason) {
            this.doubt = Objects.requireNonNull(reason, "reason");
            return this;
        }

        /**
         * Adds a note to the message, in brackets after it ("… (exempt: an emergency)").
         *
         * @param value the note
         * @return this builder
         */
        public Builder note(String value) {
            this.note = Objects.requireNonNull(value, "note");
            return this;
        }

        /** {@return the severity this builder will give, after {@link #unsure(String)}} */
        public Severity effectiveSeverity() {
            return doubt == null ? severity : severity.atMost(Severity.REVIEW);
        }

        /** Builds it, failing fast on a missing or invalid part; the context calls it on report. */
        Finding build() {
            if (message == null || message.isBlank()) {
                throw new IllegalStateException("finding of " + rule + " has no message");
            }
            String text = note == null ? message : message + " (" + note + ")";
            text = doubt == null ? text : text + " (Review: " + doubt + ")";
            return new Finding(rule, clauses, category, kind, effectiveSeverity(), span, excerpt, text, suggestion, fix);
        }
    }
}
