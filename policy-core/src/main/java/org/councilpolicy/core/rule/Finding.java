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
 * @param rule       the id of the rule that found it, e.g. {@code personal-data.email}
 * @param clauses    the clause IDs it enforces (never empty)
 * @param category   the policy family
 * @param kind       a finer kind (for personal data, a {@link PersonalDataKind} name), or {@code null}
 * @param severity   how serious, after the profile's overrides
 * @param span       UTF-16 offsets into the original text, or {@code null} for the text as a whole
 * @param excerpt    the offending text, masked, or {@code null}
 * @param message    what is wrong, in plain English
 * @param suggestion what to do instead, or {@code null}
 * @param fix        a mechanical correction, or {@code null}
 */
public record Finding(
        String rule,
        List<String> clauses,
        Category category,
        String kind,
        Severity severity,
        Span span,
        String excerpt,
        String message,
        String suggestion,
        Fix fix) {

    /**
     * Validates the components.
     *
     * @param rule the metadata of the rule that found it
     * @param clauses the clause IDs it enforces (never empty)
     * @param category the policy family
     * @param kind a finer kind (for personal data, a {@link PersonalDataKind} name), or {@code null}
     * @param severity how serious, after the profile's overrides
     * @param span UTF-16 offsets into the original text, or {@code null} for the text as a whole
     * @param excerpt the offending text, masked, or {@code null}
     * @param message what is wrong, in plain English
     * @param suggestion what to do instead, or {@code null}
     * @param fix a mechanical correction, or {@code null}
     */
    public Finding {
        Objects.requireNonNull(rule, "rule");
        clauses = List.copyOf(Objects.requireNonNull(clauses, "clauses"));
        if (clauses.isEmpty()) {
            throw new IllegalArgumentException("finding of " + rule + " cites no clause");
        }
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
    }

    /** {@return the finer kind, if any} */
    public Optional<String> kindIfAny() {
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
     * A copy with another severity.
     *
     * @param newSeverity the severity of the copy
     * @return a copy with another severity
     */
    public Finding withSeverity(Severity newSeverity) {
        return new Finding(rule, clauses, category, kind, newSeverity, span, excerpt, message, suggestion, fix);
    }

    /**
     * Starts a finding of the given rule, pre-filled with its metadata and default severity.
     *
     * @param rule the metadata of the rule that found it
     * @return a builder
     */
    public static Builder builder(RuleInfo rule) {
        return new Builder(rule);
    }

    /** Builds a {@link Finding}; rule metadata is pre-filled, everything else optional but the message. */
    public static final class Builder {
        private final String rule;
        private List<String> clauses;
        private Category category;
        private String kind;
        private Severity severity;
        private Span span;
        private String excerpt;
        private String message;
        private String suggestion;
        private Fix fix;
        private String doubt;

        Builder(RuleInfo info) {
            Objects.requireNonNull(info, "rule");
            this.rule = info.id();
            this.clauses = info.clauses();
            this.category = info.category();
            this.severity = info.defaultSeverity();
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
         * Sets a finer kind (for personal data, a {@link PersonalDataKind} name), or {@code null}.
         *
         * @param value a finer kind (for personal data, a {@link PersonalDataKind} name), or {@code null}
         * @return this builder
         */
        public Builder kind(String value) {
            this.kind = value;
            return this;
        }

        /**
         * Sets a finer kind (for personal data, a {@link PersonalDataKind} name), or {@code null}.
         *
         * @param value a finer kind (for personal data, a {@link PersonalDataKind} name), or {@code null}
         * @return this builder
         */
        public Builder kind(PersonalDataKind value) {
            this.kind = value.name();
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

        /** {@return the severity this builder will give, after {@link #unsure(String)}} */
        public Severity effectiveSeverity() {
            return doubt == null ? severity : severity.atMost(Severity.REVIEW);
        }

        /**
         * Builds it, failing fast on a missing or invalid part.
         *
         * @return the built finding
         */
        public Finding build() {
            if (message == null || message.isBlank()) {
                throw new IllegalStateException("finding of " + rule + " has no message");
            }
            String text = doubt == null ? message : message + " (Review: " + doubt + ")";
            return new Finding(rule, clauses, category, kind, effectiveSeverity(), span, excerpt, text, suggestion, fix);
        }
    }
}
