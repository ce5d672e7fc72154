package org.councilpolicy.core.rule;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A rule's effective settings in a profile: whether it runs, at what severity, and its options
 * (declared defaults overlaid with the profile's values).
 *
 * @param ruleId        the rule
 * @param enabled       whether it runs
 * @param severity      the severity its findings get by default
 * @param justification why the profile changed it from the default, or {@code null} if it did not
 * @param options       option values by name, every declared option present
 */
public record RuleSettings(String ruleId, boolean enabled, Severity severity, String justification,
                           Map<String, Object> options) {

    /**
     * Validates the components.
     *
     * @param ruleId the rule
     * @param enabled whether it runs
     * @param severity the severity its findings get by default
     * @param justification why the profile changed it from the default, or {@code null} if it did not
     * @param options option values by name, every declared option present
     */
    public RuleSettings {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        options = Map.copyOf(Objects.requireNonNull(options, "options"));
    }

    /**
     * The settings of a rule the profile says nothing about.
     *
     * @param info the rule's metadata
     * @return the settings of a rule the profile says nothing about
     */
    public static RuleSettings defaults(RuleInfo info) {
        Map<String, Object> values = new java.util.HashMap<>();
        for (RuleOption o : info.options()) {
            if (o.defaultValue() != null) {
                values.put(o.name(), o.defaultValue());
            }
        }
        return new RuleSettings(info.id(), info.enabledByDefault(), info.defaultSeverity(), null, values);
    }

    /**
     * A true/false option's value.
     *
     * @param name the option's name
     * @return the value
     */
    public boolean booleanOption(String name) {
        return (Boolean) require(name);
    }

    /**
     * A whole-number option's value.
     *
     * @param name the option's name
     * @return the value
     */
    public int intOption(String name) {
        return ((Number) require(name)).intValue();
    }

    /**
     * A text option's value.
     *
     * @param name the option's name
     * @return the value, or {@code null} when unset
     */
    public String stringOption(String name) {
        return (String) options.get(name);
    }

    /**
     * A list-of-text option's value.
     *
     * @param name the option's name
     * @return the value, empty when unset
     */
    @SuppressWarnings("unchecked")
    public List<String> stringListOption(String name) {
        Object v = options.get(name);
        return v == null ? List.of() : (List<String>) v;
    }

    /**
     * An enum option's value, as checked when the profile was read.
     *
     * @param name the option's name
     * @param type the enum it names a constant of
     * @param <E> the enum
     * @return the value
     */
    public <E extends Enum<E>> E enumOption(String name, Class<E> type) {
        return Enum.valueOf(type, (String) require(name));
    }

    /**
     * A severity option's value (see {@link RuleOption#severity}).
     *
     * @param name the option's name
     * @return the severity
     */
    public Severity severityOption(String name) {
        return enumOption(name, Severity.class);
    }

    /**
     * An enum-list option's value, as checked when the profile was read.
     *
     * @param name the option's name
     * @param type the enum it lists constants of
     * @param <E> the enum
     * @return the values, empty when unset
     */
    public <E extends Enum<E>> List<E> enumListOption(String name, Class<E> type) {
        return stringListOption(name).stream().map(v -> Enum.valueOf(type, v)).toList();
    }

    /**
     * A date option's value.
     *
     * @param name the option's name
     * @return the date, or {@code null} when unset
     */
    public java.time.LocalDate dateOption(String name) {
        String v = stringOption(name);
        return v == null ? null : java.time.LocalDate.parse(v);
    }

    private Object require(String name) {
        Object v = options.get(name);
        if (v == null) {
            throw new IllegalArgumentException("rule " + ruleId + " has no option " + name);
        }
        return v;
    }
}
