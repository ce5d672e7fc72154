package org.councilpolicy.core.rule;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The metadata every rule carries about itself, after Error Prone's {@code @BugPattern}: the
 * catalogue, the traceability test and {@code docs/rules.md} all read it from here.
 *
 * @param id               stable id, dotted lower case, e.g. {@code personal-data.email}
 * @param title            a short name
 * @param category         the policy family of its findings
 * @param defaultSeverity  severity unless the profile overrides it
 * @param clauses          the clause IDs of the policy inventory it enforces
 * @param rationale        why the rule exists, in a sentence or two
 * @param exampleFires     an input that makes it fire
 * @param examplePasses    a similar input that does not
 * @param enabledByDefault whether it runs unless a profile enables it
 * @param options          the settings it accepts in a profile
 */
public record RuleInfo(
        String id,
        String title,
        Category category,
        Severity defaultSeverity,
        List<String> clauses,
        String rationale,
        String exampleFires,
        String examplePasses,
        boolean enabledByDefault,
        List<RuleOption> options) {

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*(\\.[a-z0-9]+(-[a-z0-9]+)*)+");
    private static final Pattern CLAUSE = Pattern.compile("[A-Z]{2}-[0-9]+");

    /**
     * Validates the components.
     *
     * @param id stable id, dotted lower case, e.g. {@code personal-data.email}
     * @param title a short name
     * @param category the policy family of its findings
     * @param defaultSeverity severity unless the profile overrides it
     * @param clauses the clause IDs of the policy inventory it enforces
     * @param rationale why the rule exists, in a sentence or two
     * @param exampleFires an input that makes it fire
     * @param examplePasses a similar input that does not
     * @param enabledByDefault whether it runs unless a profile enables it
     * @param options the settings it accepts in a profile
     */
    public RuleInfo {
        Objects.requireNonNull(id, "id");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("rule id must be dotted lower case like personal-data.email, got " + id);
        }
        requireText(title, "title", id);
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(defaultSeverity, "defaultSeverity");
        clauses = List.copyOf(Objects.requireNonNull(clauses, "clauses"));
        if (clauses.isEmpty()) {
            throw new IllegalArgumentException("rule " + id + " cites no clause");
        }
        for (String c : clauses) {
            if (!CLAUSE.matcher(c).matches()) {
                throw new IllegalArgumentException("rule " + id + " cites malformed clause id " + c);
            }
        }
        requireText(rationale, "rationale", id);
        requireText(exampleFires, "exampleFires", id);
        requireText(examplePasses, "examplePasses", id);
        options = List.copyOf(Objects.requireNonNull(options, "options"));
    }

    private static void requireText(String value, String name, String id) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("rule " + id + " needs a " + name);
        }
    }

    /**
     * The option with that name, if the rule declares it.
     *
     * @param name the option's name
     * @return the option with that name, if the rule declares it
     */
    public Optional<RuleOption> option(String name) {
        return options.stream().filter(o -> o.name().equals(name)).findFirst();
    }

    /**
     * Starts the metadata of a rule with the given id.
     *
     * @param id stable id, dotted lower case, e.g. {@code personal-data.email}
     * @return a builder
     */
    public static Builder builder(String id) {
        return new Builder(id);
    }

    /** Fail-fast builder: {@link #build()} rejects missing parts with the rule's id in the message. */
    public static final class Builder {
        private final String id;
        private String title;
        private Category category;
        private Severity severity = Severity.BLOCK;
        private final List<String> clauses = new ArrayList<>();
        private String rationale;
        private String fires;
        private String passes;
        private boolean enabledByDefault = true;
        private final List<RuleOption> options = new ArrayList<>();

        Builder(String id) {
            this.id = Objects.requireNonNull(id, "id");
        }

        /**
         * Sets a short name.
         *
         * @param value a short name
         * @return this builder
         */
        public Builder title(String value) {
            this.title = value;
            return this;
        }

        /**
         * Sets the policy family of its findings.
         *
         * @param value the policy family of its findings
         * @return this builder
         */
        public Builder category(Category value) {
            this.category = value;
            return this;
        }

        /**
         * Sets the severity unless the profile overrides it.
         *
         * @param value the severity
         * @return this builder
         */
        public Builder severity(Severity value) {
            this.severity = value;
            return this;
        }

        /**
         * Sets the clause IDs of the policy inventory it enforces.
         *
         * @param ids clause IDs such as {@code PD-1}
         * @return this builder
         */
        public Builder clauses(String... ids) {
            this.clauses.addAll(List.of(ids));
            return this;
        }

        /**
         * Sets why the rule exists, in a sentence or two.
         *
         * @param value why the rule exists, in a sentence or two
         * @return this builder
         */
        public Builder rationale(String value) {
            this.rationale = value;
            return this;
        }

        /**
         * An example input that makes the rule fire.
         *
         * @param value the fires
         * @return this builder
         */
        public Builder fires(String value) {
            this.fires = value;
            return this;
        }

        /**
         * A similar example input that does not.
         *
         * @param value the passes
         * @return this builder
         */
        public Builder passes(String value) {
            this.passes = value;
            return this;
        }

        /**
         * Off unless a profile enables it.
         *
         * @return this builder
         */
        public Builder disabledByDefault() {
            this.enabledByDefault = false;
            return this;
        }

        /**
         * Declares a setting the rule accepts in a profile.
         *
         * @param value the option
         * @return this builder
         */
        public Builder option(RuleOption value) {
            this.options.add(Objects.requireNonNull(value, "option"));
            return this;
        }

        /**
         * Builds it, failing fast on a missing or invalid part.
         *
         * @return the metadata
         */
        public RuleInfo build() {
            return new RuleInfo(id, title, category, severity, clauses, rationale, fires, passes, enabledByDefault,
                    options);
        }
    }
}
