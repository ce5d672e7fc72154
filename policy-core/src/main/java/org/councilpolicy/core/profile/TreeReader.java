package org.councilpolicy.core.profile;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reads typed values out of a profile tree, recording each problem with its path (and returning {@code null})
 * rather than stopping at the first, so a council sees every problem at once.
 */
class TreeReader {

    private final List<ProfileProblem> problems = new ArrayList<>();

    /** {@return the problems found so far} */
    final List<ProfileProblem> problems() {
        return problems;
    }

    // ---- primitives: each records a problem and returns null on bad input ----

    final void problem(String path, String message) {
        problems.add(new ProfileProblem(path, message));
    }

    final void keys(JsonNode node, String path, List<String> allowed) {
        if (node == null || !node.isObject()) {
            return;
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!allowed.contains(k)) {
                problem(join(path, ProfileSource.safeKey(k)), "unknown key; expected one of " + String.join(", ", allowed)
                        + suggestion(k, allowed));
            }
        }
    }

    final boolean object(JsonNode node, String path) {
        if (node == null || node.isNull()) {
            return false;
        }
        if (!node.isObject()) {
            problem(path, "expected a mapping, got " + describe(node));
            return false;
        }
        return true;
    }

    final boolean array(JsonNode node, String path) {
        if (node == null || node.isNull()) {
            return false;
        }
        if (!node.isArray()) {
            problem(path, "expected a list, got " + describe(node));
            return false;
        }
        return true;
    }

    final String text(JsonNode parent, String key, String path, boolean required) {
        JsonNode n = parent.get(key);
        String p = join(path, key);
        if (n == null || n.isNull()) {
            if (required) {
                problem(p, "required");
            }
            return null;
        }
        if (!n.isTextual()) {
            problem(p, "expected a string, got " + describe(n));
            return null;
        }
        return n.asText();
    }

    final List<String> strings(JsonNode node, String path) {
        List<String> out = new ArrayList<>();
        if (!array(node, path)) {
            return out;
        }
        for (int i = 0; i < node.size(); i++) {
            JsonNode n = node.get(i);
            if (n.isTextual() && !n.asText().isBlank()) {
                out.add(n.asText());
            } else {
                problem(path + "[" + i + "]", "expected a non-empty string, got " + describe(n));
            }
        }
        return out;
    }

    final Boolean bool(JsonNode n, String path) {
        if (n == null || !n.isBoolean()) {
            problem(path, "expected true or false, got " + describe(n));
            return null;
        }
        return n.asBoolean();
    }

    final Integer integer(JsonNode n, String path) {
        if (n == null || !n.isIntegralNumber()) {
            problem(path, "expected a whole number, got " + describe(n));
            return null;
        }
        return n.asInt();
    }

    final LocalDate date(JsonNode n, String path, boolean required) {
        if (n == null || n.isNull()) {
            if (required) {
                problem(path, "required; expected a date YYYY-MM-DD");
            }
            return null;
        }
        if (!n.isTextual()) {
            problem(path, "expected a date YYYY-MM-DD, got " + describe(n));
            return null;
        }
        try {
            return LocalDate.parse(n.asText());
        } catch (DateTimeParseException e) {
            problem(path, "expected a date YYYY-MM-DD, got " + describe(n));
            return null;
        }
    }

    final <E extends Enum<E>> E enumOf(JsonNode n, String path, Class<E> type) {
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isTextual()) {
            problem(path, "expected one of " + names(type) + ", got " + describe(n));
            return null;
        }
        return parseEnum(n.asText(), path, type, null);
    }

    final <E extends Enum<E>> E parseEnum(String value, String path, Class<E> type, String what) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(value)) {
                return e;
            }
        }
        problem(path, (what == null ? "" : "unknown " + what + "; ") + "expected one of " + names(type)
                + ", got \"" + value + "\"" + suggestion(value, Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
        return null;
    }

    static <E extends Enum<E>> String names(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }

    /** "; did you mean X?" for the nearest of {@code known}, or empty. */
    static String suggestion(String given, java.util.Collection<String> known) {
        String best = Suggestions.nearest(given, known);
        return best == null ? "" : "; did you mean " + best + "?";
    }

    static Object plain(JsonNode n) {
        if (n.isBoolean()) {
            return n.asBoolean();
        }
        if (n.isInt()) {
            return n.asInt();
        }
        if (n.isTextual()) {
            return n.asText();
        }
        if (n.isArray()) {
            List<Object> out = new ArrayList<>();
            n.forEach(x -> out.add(plain(x)));
            return out;
        }
        return n;
    }

    /** A profile's string as shown in a problem: quoted, and cut short when long. */
    static String describeText(String text) {
        return "\"" + (text.length() > 60 ? text.substring(0, 60) + "…" : text) + "\"";
    }

    static String describe(JsonNode n) {
        if (n == null || n.isNull()) {
            return "nothing";
        }
        if (n.isTextual()) {
            return describeText(n.asText());
        }
        if (n.isObject()) {
            return "a mapping";
        }
        if (n.isArray()) {
            return "a list";
        }
        return n.toString();
    }

    static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }
}
