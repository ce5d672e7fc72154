package org.councilpolicy.core.profile;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.councilpolicy.core.rule.RuleOption;

/**
 * Checks a rule option's value in a profile against the option's declared type, recording each problem with its
 * path (a list's bad element by its index) and, for a name from a fixed set, the nearest allowed name. Values of
 * enum options are accepted in any case and kept in the constants' case, so a rule can turn them into constants
 * without failing.
 */
final class OptionChecks {

    private OptionChecks() {
    }

    /**
     * The value to keep for the option, or {@code null} after recording the problems.
     *
     * @param option the declared option
     * @param node   the profile's value
     * @param path   where it is, such as {@code rules.schedule.posting-pause.options.accounts}
     * @param reader where problems go
     * @return the checked value ({@code Boolean}, {@code Integer}, {@code String} or {@code List<String>})
     */
    static Object checked(RuleOption option, JsonNode node, String path, TreeReader reader) {
        return switch (option.type()) {
            case BOOLEAN -> node.isBoolean() ? node.asBoolean() : wrong(reader, path, "expected true or false", node);
            case INTEGER -> integer(option, node, path, reader);
            case STRING -> node.isTextual() ? node.asText() : wrong(reader, path, "expected a string", node);
            case STRING_LIST -> strings(node, path, reader);
            case ENUM -> node.isTextual() ? constant(option, node.asText(), path, reader)
                    : wrong(reader, path, "expected one of " + String.join(", ", option.allowed()), node);
            case ENUM_LIST -> constants(option, node, path, reader);
            case DATE -> date(node, path, reader);
        };
    }

    private static Object integer(RuleOption option, JsonNode node, String path, TreeReader reader) {
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            return wrong(reader, path, "expected a whole number", node);
        }
        int v = node.asInt();
        if (option.minimum() != null && v < option.minimum()) {
            reader.problem(path, "expected at least " + option.minimum() + ", got " + v);
            return null;
        }
        return v;
    }

    private static List<String> strings(JsonNode node, String path, TreeReader reader) {
        if (!node.isArray()) {
            wrong(reader, path, "expected a list of strings", node);
            return null;
        }
        List<String> out = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < node.size(); i++) {
            if (node.get(i).isTextual()) {
                out.add(node.get(i).asText());
            } else {
                wrong(reader, path + "[" + i + "]", "expected a string", node.get(i));
                ok = false;
            }
        }
        return ok ? out : null;
    }

    private static List<String> constants(RuleOption option, JsonNode node, String path, TreeReader reader) {
        if (!node.isArray()) {
            wrong(reader, path, "expected a list of " + String.join(", ", option.allowed()), node);
            return null;
        }
        List<String> out = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < node.size(); i++) {
            String p = path + "[" + i + "]";
            String v = node.get(i).isTextual() ? constant(option, node.get(i).asText(), p, reader)
                    : wrong(reader, p, "expected one of " + String.join(", ", option.allowed()), node.get(i));
            ok &= v != null;
            out.add(v);
        }
        return ok ? out : null;
    }

    private static String constant(RuleOption option, String given, String path, TreeReader reader) {
        String upper = given.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        if (option.allowed().contains(upper)) {
            return upper;
        }
        reader.problem(path, "unknown value; expected one of " + String.join(", ", option.allowed()) + ", got "
                + TreeReader.describeText(given) + TreeReader.suggestion(upper, option.allowed()));
        return null;
    }

    private static String date(JsonNode node, String path, TreeReader reader) {
        if (node.isTextual()) {
            try {
                return LocalDate.parse(node.asText()).toString();
            } catch (DateTimeParseException e) {
                // reported below
            }
        }
        return wrong(reader, path, "expected a date YYYY-MM-DD", node);
    }

    private static <T> T wrong(TreeReader reader, String path, String expected, JsonNode node) {
        reader.problem(path, expected + ", got " + TreeReader.describe(node));
        return null;
    }
}
