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
    public enum Type { BOOLEAN, INTEGER, STRING, STRING_LIST }

    public RuleOption {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(description, "description");
        if (defaultValue instanceof List<?> list) {
            defaultValue = List.copyOf(list);
        }
    }

    public static RuleOption bool(String name, boolean defaultValue, String description) {
        return new RuleOption(name, Type.BOOLEAN, defaultValue, description);
    }

    public static RuleOption integer(String name, int defaultValue, String description) {
        return new RuleOption(name, Type.INTEGER, defaultValue, description);
    }

    public static RuleOption string(String name, String defaultValue, String description) {
        return new RuleOption(name, Type.STRING, defaultValue, description);
    }

    public static RuleOption stringList(String name, List<String> defaultValue, String description) {
        return new RuleOption(name, Type.STRING_LIST, defaultValue, description);
    }
}
