package org.councilpolicy.core.profile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.councilpolicy.core.rule.RuleInfo;

/**
 * Reads council profiles from YAML or JSON and validates them: unknown keys, wrong types, bad dates and
 * unknown rule ids are all errors, reported together with their paths in an {@link InvalidProfileException}.
 *
 * <p>Core reads its own keys; each module reads its own top-level section through a {@link SettingsSection} (those
 * on the class path are found with {@link java.util.ServiceLoader}; more may be given with
 * {@link #withSections(Collection)}), and the problems of every section are listed with core's. A top-level mapping
 * that no module on the class path reads is kept, so that a profile written for a deployment with more modules loads
 * in one with fewer; a {@link #strict()} loader reports it instead, as does any loader when its key is a likely typo
 * of a known key ({@code photo:} for {@code photos:}).
 *
 * <p>A profile may name another in {@code extends:} (a built-in name, or a file path relative to the
 * extending file); the extending profile's keys override the parent's, maps merge and lists replace.
 *
 * <p>Immutable and thread-safe.
 */
public final class ProfileLoader {

    /** The names of the profiles built into the library. */
    public static final List<String> BUILT_IN = List.of(
            "uk-council", "south-hams-west-devon", "suffolk", "suffolk-fire-rescue", "rushcliffe", "scottish-borders");

    private static final String BUILT_IN_DIR = "/org/councilpolicy/core/profile/builtin/";
    /** How many profiles an {@code extends} chain may hold: real chains are two or three long. */
    static final int MAX_EXTENDS_DEPTH = 16;

    private final Map<String, RuleInfo> rules;
    private final Map<String, SettingsSection<?>> sections;
    private final boolean strict;

    private ProfileLoader(Map<String, RuleInfo> rules, Collection<? extends SettingsSection<?>> sections,
                          boolean strict) {
        this.rules = rules;
        Map<String, SettingsSection<?>> byKey = new java.util.TreeMap<>();
        ProfileSections.checkedKeys(sections).forEach(s -> byKey.put(s.key(), s));
        this.sections = java.util.Collections.unmodifiableMap(byKey);
        this.strict = strict;
    }

    /**
     * A loader that knows these rules (and procedures), and the settings sections of every module on the class path
     * of this class's loader: any other rule id in a profile is an error.
     *
     * @param knownRules the rules a profile may configure
     * @return the loader
     */
    public static ProfileLoader forRules(Collection<RuleInfo> knownRules) {
        return forRules(knownRules, SettingsSection.discover(ProfileLoader.class.getClassLoader()));
    }

    /**
     * A loader that knows exactly these rules (and procedures) and settings sections.
     *
     * @param knownRules the rules a profile may configure
     * @param sections   the modules' settings sections it validates, one per key
     * @return the loader
     * @throws IllegalStateException when two sections share a key, or one uses a key of core's
     */
    public static ProfileLoader forRules(Collection<RuleInfo> knownRules,
                                         Collection<? extends SettingsSection<?>> sections) {
        Objects.requireNonNull(knownRules, "knownRules");
        Map<String, RuleInfo> byId = new LinkedHashMap<>();
        knownRules.forEach(r -> byId.put(r.id(), r));
        return new ProfileLoader(Map.copyOf(byId), Objects.requireNonNull(sections, "sections"), false);
    }

    /**
     * This loader, also validating these sections (registered by hand rather than found on the class path).
     *
     * @param more further sections
     * @return the new loader
     * @throws IllegalStateException when two sections share a key, or one uses a key of core's
     */
    public ProfileLoader withSections(Collection<? extends SettingsSection<?>> more) {
        List<SettingsSection<?>> all = new ArrayList<>(sections.values());
        all.addAll(Objects.requireNonNull(more, "more"));
        return new ProfileLoader(rules, all, strict);
    }

    /**
     * This loader, also reporting every top-level section that no known module reads ("unknown key"), as an
     * application that ships every module it uses should: there such a section is a mistake, not another
     * deployment's settings.
     *
     * @return the strict loader
     */
    public ProfileLoader strict() {
        return new ProfileLoader(rules, sections.values(), true);
    }

    /** {@return the settings sections this loader validates, by key} */
    public Map<String, SettingsSection<?>> sections() {
        return sections;
    }

    /**
     * Whether {@code name} is a built-in profile.
     *
     * @param name a profile name
     * @return whether {@code name} is a built-in profile
     */
    public static boolean isBuiltIn(String name) {
        return BUILT_IN.contains(name);
    }

    /**
     * Reads a built-in profile by name, or a profile file by path.
     *
     * @param nameOrPath a built-in profile name or a path to a YAML or JSON profile file
     * @return the validated profile
     */
    public Profile resolve(String nameOrPath) {
        Objects.requireNonNull(nameOrPath, "nameOrPath");
        if (isBuiltIn(nameOrPath)) {
            return builtIn(nameOrPath);
        }
        Path file;
        try {
            file = Path.of(nameOrPath);
        } catch (java.nio.file.InvalidPathException e) {
            file = null;
        }
        if (file == null || !Files.exists(file)) {
            throw new InvalidProfileException(nameOrPath, List.of(new ProfileProblem("", "\"" + nameOrPath
                    + "\" is neither a built-in profile (built in: " + String.join(", ", BUILT_IN) + ")"
                    + nearestBuiltIn(nameOrPath) + " nor a readable file")));
        }
        return load(file);
    }

    /** "; did you mean suffolk?" when a built-in name is a likely typo of {@code name}, else empty. */
    private static String nearestBuiltIn(String name) {
        String best = Suggestions.nearest(name, BUILT_IN);
        return best == null ? "" : "; did you mean " + best + "?";
    }

    /**
     * Reads a built-in profile.
     *
     * @param name a built-in profile name, such as {@code suffolk}
     * @return the validated profile
     */
    public Profile builtIn(String name) {
        Objects.requireNonNull(name, "name");
        if (!isBuiltIn(name)) {
            throw new IllegalArgumentException("no built-in profile " + name + "; built in: " + String.join(", ", BUILT_IN));
        }
        Set<String> seen = new LinkedHashSet<>();
        return validate(name, resolveTree(name, null, seen), seen);
    }

    /**
     * Reads a profile file (YAML or JSON).
     *
     * @param file a YAML or JSON profile file
     * @return the validated profile
     */
    public Profile load(Path file) {
        Objects.requireNonNull(file, "file");
        Set<String> seen = new LinkedHashSet<>();
        return validate(file.toString(), resolveTree(null, file, seen), seen);
    }

    /**
     * Reads a profile from text (YAML or JSON); {@code extends} may only name a built-in.
     *
     * @param content the profile's text
     * @param label   how to name it in error messages
     * @return the validated profile
     */
    public Profile parse(String content, String label) {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(label, "label");
        ObjectNode tree = parseTree(content, label);
        Set<String> seen = new LinkedHashSet<>();
        return validate(label, mergeParent(tree, null, label, seen), seen);
    }

    private ObjectNode resolveTree(String builtInName, Path file, Set<String> seen) {
        String key = builtInName != null ? "builtin:" + builtInName : file.toAbsolutePath().normalize().toString();
        String label = builtInName != null ? builtInName : file.toString();
        if (!seen.add(key)) {
            throw new InvalidProfileException(label, List.of(new ProfileProblem("extends",
                    "profiles extend each other in a cycle: " + String.join(" -> ", seen) + " -> " + key)));
        }
        if (seen.size() > MAX_EXTENDS_DEPTH) {
            throw new InvalidProfileException(label, List.of(new ProfileProblem("extends",
                    "the extends chain is more than " + MAX_EXTENDS_DEPTH + " profiles long; "
                            + "a profile extends a built-in or one council file")));
        }
        ObjectNode tree = parseTree(readSource(builtInName, file), label);
        return mergeParent(tree, file, label, seen);
    }

    private ObjectNode mergeParent(ObjectNode tree, Path file, String label, Set<String> seen) {
        JsonNode parent = tree.get("extends");
        if (parent == null || parent.isNull()) {
            return tree;
        }
        if (!parent.isTextual()) {
            throw new InvalidProfileException(label, List.of(new ProfileProblem("extends",
                    "expected the name of a built-in profile or a file path, got " + parent)));
        }
        String p = parent.asText();
        ObjectNode base;
        if (isBuiltIn(p)) {
            base = resolveTree(p, null, seen);
        } else if (file != null) {
            Path parentFile = file.toAbsolutePath().getParent().resolve(p);
            if (!Files.isRegularFile(parentFile)) {
                throw new InvalidProfileException(label, List.of(new ProfileProblem("extends",
                        "no built-in profile or file named \"" + p + "\"; built in: " + String.join(", ", BUILT_IN))));
            }
            base = resolveTree(null, parentFile, seen);
        } else {
            throw new InvalidProfileException(label, List.of(new ProfileProblem("extends",
                    "no built-in profile named \"" + p + "\"; built in: " + String.join(", ", BUILT_IN))));
        }
        ObjectNode merged = merge(base.deepCopy(), tree);
        merged.put("extends", p);
        return merged;
    }

    /** Child keys override; nested objects merge; lists and scalars replace. */
    private static ObjectNode merge(ObjectNode base, ObjectNode child) {
        Iterator<Map.Entry<String, JsonNode>> it = child.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode existing = base.get(e.getKey());
            if (existing instanceof ObjectNode eo && e.getValue() instanceof ObjectNode co) {
                merge(eo, co);
            } else {
                base.set(e.getKey(), e.getValue().deepCopy());
            }
        }
        return base;
    }

    private static String readSource(String builtInName, Path file) {
        if (builtInName != null) {
            try (InputStream in = ProfileLoader.class.getResourceAsStream(BUILT_IN_DIR + builtInName + ".yaml")) {
                if (in == null) {
                    throw new IllegalStateException("built-in profile resource missing: " + builtInName);
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (!Files.isRegularFile(file)) {
            // A directory, a FIFO or a device: reading it would fail, hang or never end.
            throw new InvalidProfileException(file.toString(),
                    List.of(new ProfileProblem("", "not a regular file, so not a profile file")));
        }
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (java.nio.charset.MalformedInputException e) {
            throw new InvalidProfileException(file.toString(),
                    List.of(new ProfileProblem("", "not a profile file: it is not UTF-8 text")));
        } catch (IOException e) {
            throw new InvalidProfileException(file.toString(), List.of(new ProfileProblem("",
                    "cannot read profile file (" + e.getClass().getSimpleName() + ")")));
        }
    }

    private static ObjectNode parseTree(String content, String label) {
        return ProfileSource.parse(content, label);
    }

    private Profile validate(String label, ObjectNode tree, Set<String> chain) {
        ProfileReader reader = new ProfileReader(rules, builtInRuleIds(chain), sections, strict);
        Profile profile = reader.read(tree);
        if (!reader.problems().isEmpty()) {
            throw new InvalidProfileException(label, reader.problems());
        }
        return profile;
    }

    /**
     * The rule ids the built-ins of an extends chain tune. A built-in loads with whatever modules are on the class
     * path: its settings for rules of a module that is absent are dropped, where a council's own file naming an
     * unknown rule is a problem.
     */
    private static Set<String> builtInRuleIds(Set<String> chain) {
        Set<String> ids = new java.util.HashSet<>();
        for (String key : chain) {
            if (key.startsWith("builtin:")) {
                String name = key.substring("builtin:".length());
                JsonNode r = ProfileSource.parse(readSource(name, null), name).get("rules");
                if (r != null) {
                    r.fieldNames().forEachRemaining(ids::add);
                }
            }
        }
        return ids;
    }

    /** {@return the rules this loader knows, by id} */
    public Map<String, RuleInfo> knownRules() {
        return rules;
    }

    static List<ProfileProblem> copy(List<ProfileProblem> in) {
        return new ArrayList<>(in);
    }
}
