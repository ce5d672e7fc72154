package org.councilpolicy.core.rule;

import java.util.List;
import java.util.Objects;

/**
 * A setting a rule accepts under {@code rules.<id>.options} in a profile.
 *
 * @param name         the key
 * @param type         its type, checked when the profile is read
 * @param defaultValue the value when the profile says nothing ({@code Boolean}, {@code Integer},
 *                     {@code String} or {@code List<String>} by type)
 * @param description  one line for the rule catalogue
 */
public record RuleOption(String name, Type type, Object defaultValue, String description) {

    /** The types an option may have. */
    public enum Type {
        /** {@code true} or {@code false}. */
        BOOLEAN,
        /** A whole number. */
        INTEGER,
        /** A piece of text. */
        STRING,
        /** A list of pieces of text. */
        STRING_LIST
    }

    /**
     * Validates the components.
     *
     * @param name         the key
     * @param type         its type
     * @param defaultValue the value when the profile says nothing
     * @param description  one line for the rule catalogue
     */
    public RuleOption {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(description, "description");
        if (defaultValue instanceof List<?> list) {
            defaultValue = List.copyOf(list);
        }
    }

    /**
     * A true/false option.
     *
     * @param name the option's name, as written in a profile
     * @param defaultValue the value when the profile gives none
     * @param description what the option does, for the rule catalogue
     * @return the option
     */
    public static RuleOption bool(String name, boolean defaultValue, String description) {
        return new RuleOption(name, Type.BOOLEAN, defaultValue, description);
    }

    /**
     * A whole-number option.
     *
     * @param name the option's name, as written in a profile
     * @param defaultValue the value when the profile gives none
     * @param description what the option does, for the rule catalogue
     * @return the option
     */
    public static RuleOption integer(String name, int defaultValue, String description) {
        return new RuleOption(name, Type.INTEGER, defaultValue, description);
    }

    /**
     * A text option.
     *
     * @param name the option's name, as written in a profile
     * @param defaultValue the value when the profile gives none
     * @param description what the option does, for the rule catalogue
     * @return the option
     */
    public static RuleOption string(String name, String defaultValue, String description) {
        return new RuleOption(name, Type.STRING, defaultValue, description);
    }

    /**
     * A list-of-text option.
     *
     * @param name the option's name, as written in a profile
     * @param defaultValue the value when the profile gives none
     * @param description what the option does, for the rule catalogue
     * @return the option
     */
    public static RuleOption stringList(String name, List<String> defaultValue, String description) {
        return new RuleOption(name, Type.STRING_LIST, defaultValue, description);
    }
}
