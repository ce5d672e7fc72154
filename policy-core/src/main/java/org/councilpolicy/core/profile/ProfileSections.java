package org.councilpolicy.core.profile;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The modules' sections of a profile: each top-level mapping that is not one of core's keys, kept as written (so a
 * section of a module that is not on the class path survives loading), with the typed settings of those a
 * {@link SettingsSection} has read. Read a module's settings with {@link Profile#settings(SettingsSection)}.
 * Immutable and thread-safe.
 */
public final class ProfileSections {

    /** No sections: every module's defaults. */
    public static final ProfileSections NONE = new ProfileSections(Map.of(), Map.of());

    /** The sections as written, by key; never handed out, so never changed. */
    private final Map<String, JsonNode> written;
    /** Typed settings by key: those read at load time or given to a builder. */
    private final Map<String, Object> typed;
    /** Sections read after loading (by a module its loader did not know), each read once. */
    private final Map<String, Object> readLater = new ConcurrentHashMap<>();

    ProfileSections(Map<String, JsonNode> written, Map<String, Object> typed) {
        Map<String, JsonNode> w = new LinkedHashMap<>();
        written.forEach((k, v) -> w.put(k, v.deepCopy()));
        this.written = Collections.unmodifiableMap(w);
        this.typed = Collections.unmodifiableMap(new LinkedHashMap<>(typed));
    }

    /** {@return the keys of every section the profile has, written or set, in the order they were given} */
    public Set<String> keys() {
        Set<String> all = new java.util.LinkedHashSet<>(written.keySet());
        all.addAll(typed.keySet());
        return Collections.unmodifiableSet(all);
    }

    /**
     * Whether the profile has settings for {@code key}, written or set.
     *
     * @param key a section's key, such as {@code photos}
     * @return whether the profile has that section
     */
    public boolean has(String key) {
        return written.containsKey(key) || typed.containsKey(key);
    }

    @SuppressWarnings("unchecked")
    <T> T get(SettingsSection<T> section, String profile) {
        String key = section.key();
        Object value = typed.get(key);
        if (value == null) {
            JsonNode node = written.get(key);
            if (node == null) {
                return Objects.requireNonNull(section.defaults(), () -> key + " defaults");
            }
            value = readLater.computeIfAbsent(key, k -> readChecked(section, node, profile));
        }
        return (T) value;
    }

    /** Reads a section its loader did not know, failing as the loader would have on a problem. */
    private static <T> T readChecked(SettingsSection<T> section, JsonNode node, String profile) {
        TreeReader problems = new TreeReader();
        T value = read(section, node, problems);
        if (!problems.problems().isEmpty()) {
            throw new InvalidProfileException(profile, problems.problems());
        }
        return value;
    }

    /** Reads one section, its problems recorded in {@code problems}; the value is meaningful only when there are none. */
    static <T> T read(SettingsSection<T> section, JsonNode node, TreeReader problems) {
        if (!problems.object(node, section.key())) {
            return section.defaults();
        }
        return Objects.requireNonNull(section.read(new SectionReader(problems, node, section.key())),
                () -> section.getClass().getName() + " read null");
    }

    Map<String, JsonNode> written() {
        return written;
    }

    Map<String, Object> typed() {
        return typed;
    }

    /**
     * Checks a set of sections: one per key, none using a core key. The same class given twice counts once.
     *
     * @param sections the sections
     * @return them, the repeats left out
     */
    static List<SettingsSection<?>> checkedKeys(Collection<? extends SettingsSection<?>> sections) {
        Map<String, SettingsSection<?>> byKey = new LinkedHashMap<>();
        for (SettingsSection<?> s : sections) {
            String key = Objects.requireNonNull(s.key(), "key");
            if (ProfileSource.CORE_KEYS.contains(key)) {
                throw new IllegalStateException(s.getClass().getName() + " declares the section " + key
                        + ", which is one of core's own keys");
            }
            SettingsSection<?> before = byKey.putIfAbsent(key, s);
            if (before != null && before.getClass() != s.getClass()) {
                throw new IllegalStateException("two sections share the key " + key + ": "
                        + before.getClass().getName() + " and " + s.getClass().getName());
            }
        }
        return List.copyOf(byKey.values());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProfileSections s && s.written.equals(written) && s.typed.equals(typed);
    }

    @Override
    public int hashCode() {
        return Objects.hash(written, typed);
    }

    @Override
    public String toString() {
        return "ProfileSections" + keys();
    }
}
