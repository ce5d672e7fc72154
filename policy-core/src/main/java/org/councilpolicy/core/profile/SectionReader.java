package org.councilpolicy.core.profile;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One mapping of a profile as a {@link SettingsSection} reads it: typed values by key, each problem recorded with its
 * full path (such as {@code photos.ageThreshold}) and the nearest known name offered for a misspelt one. A reader
 * never throws on bad input: it records the problem and returns {@code null} (or the default given), so that a
 * section reports everything wrong with it at once.
 */
public final class SectionReader {

    private final TreeReader problems;
    private final JsonNode node;
    private final String path;

    SectionReader(TreeReader problems, JsonNode node, String path) {
        this.problems = problems;
        this.node = node;
        this.path = path;
    }

    /** {@return the path of this mapping in the profile, such as {@code messages.acknowledgement}} */
    public String path() {
        return path;
    }

    /**
     * Records a problem with one of this mapping's keys.
     *
     * @param key     the key, or {@code ""} for the mapping itself
     * @param message what is wrong, e.g. {@code expected an age from 1 to 25, got 99}
     */
    public void problem(String key, String message) {
        Objects.requireNonNull(key, "key");
        problems.problem(key.isEmpty() ? path : TreeReader.join(path, key), Objects.requireNonNull(message, "message"));
    }

    /**
     * Records each key of this mapping that is not one of {@code allowed}, naming the nearest allowed key.
     *
     * @param allowed the keys the section reads
     */
    public void keys(String... allowed) {
        problems.keys(node, path, List.of(allowed));
    }

    /**
     * A {@code true} or {@code false} value.
     *
     * @param key          the key
     * @param defaultValue the value when the key is absent or its value is not a boolean
     * @return the value
     */
    public boolean bool(String key, boolean defaultValue) {
        JsonNode n = node.get(key);
        if (n == null) {
            return defaultValue;
        }
        Boolean b = problems.bool(n, TreeReader.join(path, key));
        return b == null ? defaultValue : b;
    }

    /**
     * A whole number.
     *
     * @param key          the key
     * @param defaultValue the value when the key is absent or its value is not a whole number
     * @return the value
     */
    public int integer(String key, int defaultValue) {
        JsonNode n = node.get(key);
        if (n == null) {
            return defaultValue;
        }
        Integer i = problems.integer(n, TreeReader.join(path, key));
        return i == null ? defaultValue : i;
    }

    /**
     * A string.
     *
     * @param key the key
     * @return the value, or {@code null} when the key is absent or its value is not a string
     */
    public String text(String key) {
        return problems.text(node, key, path, false);
    }

    /**
     * One of an enum's constants, written in any case with {@code -} or {@code _} between words, and listed in
     * problems as the profile writes them ({@code next-working-day}).
     *
     * @param key          the key
     * @param type         the enum
     * @param defaultValue the value when the key is absent or its value is not one of the constants
     * @param <E>          the enum
     * @return the constant
     */
    public <E extends Enum<E>> E constant(String key, Class<E> type, E defaultValue) {
        JsonNode n = node.get(key);
        if (n == null || n.isNull()) {
            return defaultValue;
        }
        if (n.isTextual()) {
            String v = n.asText().strip().toUpperCase(Locale.ROOT).replace('-', '_');
            for (E e : type.getEnumConstants()) {
                if (e.name().equals(v)) {
                    return e;
                }
            }
        }
        List<String> written = Arrays.stream(type.getEnumConstants())
                .map(e -> e.name().toLowerCase(Locale.ROOT).replace('_', '-')).toList();
        problem(key, "expected one of " + String.join(", ", written) + ", got " + TreeReader.describe(n)
                + (n.isTextual() ? TreeReader.suggestion(n.asText(), written) : ""));
        return defaultValue;
    }

    /**
     * A nested mapping.
     *
     * @param key the key
     * @return a reader over it, or {@code null} when the key is absent or its value is not a mapping
     */
    public SectionReader mapping(String key) {
        String p = TreeReader.join(path, key);
        JsonNode n = node.get(key);
        return problems.object(n, p) ? new SectionReader(problems, n, p) : null;
    }
}
