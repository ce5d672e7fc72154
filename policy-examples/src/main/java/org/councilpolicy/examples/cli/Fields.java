package org.councilpolicy.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Typed reads of JSON input fields; each failure names the field. Shared by every subcommand. */
final class Fields {
    private Fields() {
    }

    static String requiredText(JsonNode node, String field) throws InputException {
        JsonNode n = node.get(field);
        if (n == null || n.isNull()) {
            throw new InputException(field, "required");
        }
        if (!n.isTextual()) {
            throw new InputException(field, "expected a string");
        }
        return n.asText();
    }

    static String optionalText(JsonNode node, String field) throws InputException {
        JsonNode n = node.get(field);
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isTextual()) {
            throw new InputException(field, "expected a string");
        }
        return n.asText();
    }

    static Boolean optionalBoolean(JsonNode node, String field) throws InputException {
        JsonNode n = node.get(field);
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isBoolean()) {
            throw new InputException(field, "expected true or false");
        }
        return n.asBoolean();
    }

    static Integer optionalInt(JsonNode node, String field) throws InputException {
        JsonNode n = node.get(field);
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isIntegralNumber()) {
            throw new InputException(field, "expected a whole number");
        }
        return n.asInt();
    }

    static <E extends Enum<E>> E optionalEnum(JsonNode node, String field, Class<E> type, E fallback)
            throws InputException {
        JsonNode n = node.get(field);
        if (n == null || n.isNull()) {
            return fallback;
        }
        if (n.isTextual()) {
            for (E e : type.getEnumConstants()) {
                if (e.name().equalsIgnoreCase(n.asText())) {
                    return e;
                }
            }
        }
        throw new InputException(field, "expected one of " + Arrays.stream(type.getEnumConstants())
                .map(Enum::name).collect(Collectors.joining(", ")) + ", got " + shown(n));
    }

    /** Letters only: an enum-like word, never a number, date, code or address. */
    private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("[A-Za-z_]{1,24}");

    /**
     * A value as an error may show it: an enum-like word in quotes, else only its type and length. Input is
     * hostile and errors end up in logs: a value in the wrong field may be personal data (issue 16).
     */
    static String shown(JsonNode n) {
        if (n == null || n.isNull()) {
            return "null";
        }
        if (n.isTextual()) {
            return WORD.matcher(n.textValue()).matches() ? "\"" + n.textValue() + "\""
                    : "a string of " + n.textValue().length() + " characters";
        }
        return n.isBoolean() ? n.asText() : n.isNumber() ? "a number" : n.isArray() ? "a list" : "an object";
    }

    static Instant optionalInstant(JsonNode node, String field) throws InputException {
        String s = optionalText(node, field);
        if (s == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException e) {
            throw new InputException(field, "expected an ISO-8601 date-time with offset, like 2026-05-01T09:00:00Z");
        }
    }

    static LocalDate optionalDate(JsonNode node, String field) throws InputException {
        String s = optionalText(node, field);
        if (s == null) {
            return null;
        }
        try {
            return LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s);
        } catch (DateTimeParseException e) {
            throw new InputException(field, "expected an ISO-8601 date YYYY-MM-DD");
        }
    }

    static JsonNode optionalObject(JsonNode node, String field) throws InputException {
        JsonNode n = node.get(field);
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isObject()) {
            throw new InputException(field, "expected an object");
        }
        return n;
    }

    static List<JsonNode> optionalArray(JsonNode node, String field) throws InputException {
        JsonNode n = node.get(field);
        List<JsonNode> out = new ArrayList<>();
        if (n == null || n.isNull()) {
            return out;
        }
        if (!n.isArray()) {
            throw new InputException(field, "expected a list");
        }
        n.forEach(out::add);
        return out;
    }

    static List<String> optionalStrings(JsonNode node, String field) throws InputException {
        List<String> out = new ArrayList<>();
        int i = 0;
        for (JsonNode n : optionalArray(node, field)) {
            if (!n.isTextual()) {
                throw new InputException(field + "[" + i + "]", "expected a string");
            }
            out.add(n.asText());
            i++;
        }
        return out;
    }
}
