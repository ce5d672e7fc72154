package org.councilpolicy.core.rule;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One setting a rule takes from the profile ({@code rules.<id>.options.<name>}), declared with its type so a
 * profile is checked when it is read: a wrong value is a problem with its path (and, for a name from a fixed
 * set, the nearest allowed one), never a failure when the engine is built.
 *
 * @param name         the key
 * @param type         its type, checked when the profile is read
 * @param defaultValue the value when the profile says nothing ({@code Boolean}, {@code Integer}, {@code String}
 *                     (also for an enum value or an ISO date), or {@code List<String>}), or {@code null}
 * @param description  one line for the rule catalogue
 * @param allowed      for {@link Type#ENUM} and {@link Type#ENUM_LIST}, the allowed values; else empty
 * @param minimum      for {@link Type#INTEGER}, the least value allowed, or {@code null}
 */
public record RuleOption(String name, Type type, Object defaultValue, String description, List<String> allowed,
        Integer minimum) {

    /** The types of option a profile can set. */
    public enum Type {
        /** true or false. */
        BOOLEAN,
        /** A whole number, at least {@link RuleOption#minimum()} when set. */
        INTEGER,
        /** Free text. */
        STRING,
        /** A list of free text. */
        STRING_LIST,
        /** One of {@link RuleOption#allowed()}, such as a severity. */
        ENUM,
        /** A list, each one of {@link RuleOption#allowed()}, such as account kinds. */
        ENUM_LIST,
        /** A date, YYYY-MM-DD. */
        DATE
    }

    /**
     * Validates the components.
     *
     * @param name         the key
     * @param type         its type
     * @param defaultValue the value when the profile says nothing
     * @param description  one line for the rule catalogue
     * @param allowed      the allowed values of an enum option, else empty
     * @param minimum      the least value of a whole-number option, or {@code null}
     */
    public RuleOption {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(description, "description");
        allowed = List.copyOf(Objects.requireNonNull(allowed, "allowed"));
        if (defaultValue instanceof List<?> list) {
            defaultValue = List.copyOf(list);
        }
        if ((type == Type.ENUM || type == Type.ENUM_LIST) == allowed.isEmpty()) {
            throw new IllegalArgumentException("option " + name + ": allowed values go with ENUM and ENUM_LIST only");
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
        return new RuleOption(name, Type.BOOLEAN, defaultValue, description, List.of(), null);
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
        return new RuleOption(name, Type.INTEGER, defaultValue, description, List.of(), null);
    }

    /**
     * A whole-number option with a least value.
     *
     * @param name the option's name, as written in a profile
     * @param defaultValue the value when the profile gives none
     * @param minimum the least value a profile may set
     * @param description what the option does, for the rule catalogue
     * @return the option
     */
    public static RuleOption integer(String name, int defaultValue, int minimum, String description) {
        return new RuleOption(name, Type.INTEGER, defaultValue, description, List.of(), minimum);
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
        return new RuleOption(name, Type.STRING, defaultValue, description, List.of(), null);
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
        return new RuleOption(name, Type.STRING_LIST, defaultValue, description, List.of(), null);
    }

    /**
     * An option naming one constant of an enum.
     *
     * @param name the option's name, as written in a profile
     * @param type the enum
     * @param defaultValue the value when the profile gives none
     * @param description what the option does, for the rule catalogue
     * @param <E> the enum
     * @return the option
     */
    public static <E extends Enum<E>> RuleOption enumValue(String name, Class<E> type, E defaultValue,
            String description) {
        return new RuleOption(name, Type.ENUM, defaultValue.name(), description, names(type), null);
    }

    /**
     * An option giving the severity of some of a rule's findings, so a profile can tune it like the rule's own.
     *
     * @param name the option's name, as written in a profile
     * @param defaultValue the severity when the profile gives none
     * @param description which findings it is the severity of, for the rule catalogue
     * @return the option
     */
    public static RuleOption severity(String name, Severity defaultValue, String description) {
        return enumValue(name, Severity.class, defaultValue, description);
    }

    /**
     * An option listing constants of an enum.
     *
     * @param name the option's name, as written in a profile
     * @param type the enum
     * @param defaultValue the value when the profile gives none
     * @param description what the option does, for the rule catalogue
     * @param <E> the enum
     * @return the option
     */
    public static <E extends Enum<E>> RuleOption enumList(String name, Class<E> type, List<E> defaultValue,
            String description) {
        return new RuleOption(name, Type.ENUM_LIST, defaultValue.stream().map(Enum::name).toList(), description,
                names(type), null);
    }

    /**
     * A date option.
     *
     * @param name the option's name, as written in a profile
     * @param defaultValue the value when the profile gives none, or {@code null}
     * @param description what the option does, for the rule catalogue
     * @return the option
     */
    public static RuleOption date(String name, LocalDate defaultValue, String description) {
        return new RuleOption(name, Type.DATE, defaultValue == null ? null : defaultValue.toString(), description,
                List.of(), null);
    }

    private static <E extends Enum<E>> List<String> names(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
    }
}
