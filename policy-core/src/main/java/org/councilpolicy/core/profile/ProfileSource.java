package org.councilpolicy.core.profile;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns a profile's text into a tree, treating the text as hostile: it may be any file a user named. Problems
 * name the place and the kind of problem and never quote the text (a syntax error does not show the line, a key
 * that could not be a profile key is not echoed). YAML aliases and duplicate keys are each a problem: an alias
 * would be read as the anchor's name, and a duplicate key would silently let the last one win.
 */
final class ProfileSource {

    /** Core's top-level keys; every other top-level mapping is a module's section ({@link SettingsSection}). */
    static final List<String> CORE_KEYS = List.of("name", "version", "council", "source", "extends", "jurisdiction",
            "ownContacts", "requiredHashtags", "encouragedHashtags", "namedPeople", "preElectionPeriods",
            "postingPauses", "extraBankHolidays", "rules");

    /** What a key a user may have meant looks like: anything else is not echoed in a problem. */
    private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z0-9_.#@-]{1,64}");
    private static final Pattern QUOTED = Pattern.compile("'[^']*'|\"[^\"]*\"|`[^`]*`");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private ProfileSource() {
    }

    /**
     * Parses and checks the shape of a profile's text.
     *
     * @param content the text
     * @param label how to name it in problems (a built-in's name or the path the user gave)
     * @return the tree, a mapping at the top level
     * @throws InvalidProfileException listing every alias and duplicate key, or the syntax error, or that the
     *     text is not a profile at all
     */
    static ObjectNode parse(String content, String label) {
        List<ProfileProblem> problems = new ArrayList<>();
        scan(content, problems);
        if (!problems.isEmpty()) {
            throw new InvalidProfileException(label, problems);
        }
        JsonNode node;
        try {
            node = YAML.readTree(content);
        } catch (JsonProcessingException e) {
            throw new InvalidProfileException(label, List.of(syntax(e)));
        }
        if (!(node instanceof ObjectNode obj)) {
            throw new InvalidProfileException(label,
                    List.of(new ProfileProblem("", "not a council profile: expected a mapping of profile keys at the top level")));
        }
        boolean anyProfileKey = false;
        for (var it = obj.fieldNames(); it.hasNext(); ) {
            anyProfileKey |= CORE_KEYS.contains(it.next());
        }
        if (!anyProfileKey && obj.size() > 0) {
            throw new InvalidProfileException(label, List.of(new ProfileProblem("",
                    "not a council profile: it has none of a profile's keys (" + String.join(", ", CORE_KEYS) + ")")));
        }
        return obj;
    }

    /** A key as it may appear in a problem's path: itself if it looks like a key, else a placeholder. */
    static String safeKey(String key) {
        return PLAIN_KEY.matcher(key).matches() ? key : "(a key that is not a profile key)";
    }

    /** Walks the tokens once: every alias and every duplicate key, with its path. */
    private static void scan(String content, List<ProfileProblem> problems) {
        Deque<Level> stack = new ArrayDeque<>();
        try (JsonParser p = YAML.getFactory().createParser(content)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                Level top = stack.peek();
                if (t == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    top.key = key;
                    if (!top.keys.add(key)) {
                        problems.add(new ProfileProblem(top.child(), "duplicate key: each key may appear once in a mapping"));
                    }
                    continue;
                }
                if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    stack.pop();
                    continue;
                }
                String path = top == null ? "" : top.child();
                if (top != null && top.array) {
                    top.index++;
                }
                if (p instanceof YAMLParser y && y.isCurrentAlias()) {
                    problems.add(new ProfileProblem(path,
                            "a YAML alias (*name) is not allowed in a profile: write the value out in full"));
                }
                if (t == JsonToken.START_OBJECT) {
                    stack.push(new Level(path, false));
                } else if (t == JsonToken.START_ARRAY) {
                    stack.push(new Level(path, true));
                }
            }
        } catch (JsonProcessingException e) {
            problems.add(syntax(e));
        } catch (IOException e) {
            problems.add(new ProfileProblem("", "could not be read (" + e.getClass().getSimpleName() + ")"));
        }
    }

    /** Where the syntax error is and what kind it is, with anything quoted from the text removed. */
    private static ProfileProblem syntax(JsonProcessingException e) {
        String where = e.getLocation() == null ? ""
                : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
        String what = String.valueOf(e.getOriginalMessage());
        what = QUOTED.matcher(what.lines().findFirst().orElse("")).replaceAll("…").strip();
        if (what.length() > 80) {
            what = what.substring(0, 80) + "…";
        }
        return new ProfileProblem("", "not valid YAML or JSON" + where + (what.isEmpty() ? "" : " (" + what + ")"));
    }

    /** One mapping or list being walked. */
    private static final class Level {
        final String path;
        final boolean array;
        final Set<String> keys = new HashSet<>();
        String key;
        int index = -1;

        Level(String path, boolean array) {
            this.path = path;
            this.array = array;
        }

        String child() {
            if (array) {
                return path + "[" + Math.max(index, 0) + "]";
            }
            String k = key == null ? "?" : safeKey(key);
            return path.isEmpty() ? k : path + "." + k;
        }
    }
}
