package org.councilpolicy.examples.cli;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What is wrong with an input line, said without quoting it: a line may be a draft full of personal data, and
 * error messages end up in logs. Jackson's own messages quote the offending token ({@code Unrecognized token
 * 'AB123456C'}), so they are replaced by the class of problem and the column.
 */
final class JsonProblem {

    /** Field names shown in errors: plain identifiers only; anything else could be content. */
    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,39}");

    private JsonProblem() {
    }

    /** The class of a parse error and its column, never the text. */
    static String describe(JsonProcessingException e) {
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        String problem;
        if (e instanceof StreamConstraintsException) {
            problem = "nested too deeply or a value too long";
        } else if (original.startsWith("Duplicate field")) {
            problem = "a key appears twice in one object";
        } else if (original.startsWith("Trailing token")) {
            problem = "more than one JSON value on the line (one object per line)";
        } else if (e instanceof JsonEOFException || original.startsWith("Unexpected end-of-input")) {
            problem = "the line ends inside the JSON value";
        } else if (original.startsWith("Illegal unquoted character")) {
            problem = "a control character (such as a tab or a bare carriage return) inside a string; escape it";
        } else if (original.startsWith("Unrecognized token") || original.startsWith("Unexpected character")) {
            problem = "unexpected text";
        } else {
            problem = "malformed";
        }
        JsonLocation at = e.getLocation();
        String column = at == null || at.getColumnNr() < 1 ? "" : " at column " + at.getColumnNr();
        return "not valid JSON: " + problem + column;
    }

    /**
     * Why a line's strings are too long to check, or {@code null} when none is longer than {@code maxText}
     * characters. Every string in the object counts (text, subject, names...), so each subcommand is covered.
     */
    static String tooLong(JsonNode input, int maxText) {
        return tooLong(input, maxText, null);
    }

    private static String tooLong(JsonNode node, int maxText, String field) {
        if (node.isTextual()) {
            int length = node.textValue().length();
            return length <= maxText ? null : String.format(Locale.ROOT,
                    "%s is %,d characters long; the limit is %,d (--max-text-length)",
                    field == null ? "a value" : "field " + field, length, maxText);
        }
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                String name = PLAIN_NAME.matcher(e.getKey()).matches() ? e.getKey() : "(a field)";
                String why = tooLong(e.getValue(), maxText, field == null ? name : field + "." + name);
                if (why != null) {
                    return why;
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                String why = tooLong(node.get(i), maxText, (field == null ? "" : field) + "[" + i + "]");
                if (why != null) {
                    return why;
                }
            }
        }
        return null;
    }

    /** The id to echo with an error: a number or a short string; anything else is dropped (it could be content). */
    static JsonNode safeId(JsonNode id) {
        if (id == null || id.isNumber() || (id.isTextual() && id.textValue().length() <= 200)) {
            return id;
        }
        return null;
    }
}
