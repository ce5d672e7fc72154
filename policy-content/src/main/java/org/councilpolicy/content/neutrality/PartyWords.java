package org.councilpolicy.content.neutrality;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The word sets that tell an ambiguous party name from the ordinary word ("Green party" against "green
 * space"), read once from {@code party-words.txt} (its sections name the sets; its header gives the source).
 */
final class PartyWords {

    private static final Map<String, Set<String>> SETS = load();

    private PartyWords() {
    }

    /** The set of section {@code name}; fails at class initialisation when the data file lacks it. */
    static Set<String> get(String name) {
        Set<String> set = SETS.get(name);
        if (set == null) {
            throw new IllegalStateException("party-words.txt has no [" + name + "] section");
        }
        return set;
    }

    private static Map<String, Set<String>> load() {
        Map<String, Set<String>> sets = new HashMap<>();
        try (InputStream in = PartyWords.class.getResourceAsStream("party-words.txt")) {
            if (in == null) {
                throw new IllegalStateException("party-words.txt missing from the class path");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            Set<String> current = null;
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                String s = line.strip();
                if (s.isEmpty() || s.startsWith("#")) {
                    continue;
                }
                if (s.startsWith("[") && s.endsWith("]")) {
                    current = new HashSet<>();
                    sets.put(s.substring(1, s.length() - 1), current);
                    continue;
                }
                if (current == null) {
                    throw new IllegalStateException("party-words.txt line " + n + ": word before any [SECTION]");
                }
                for (String w : s.split("\\s+")) {
                    current.add(w);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read party-words.txt", e);
        }
        sets.replaceAll((k, v) -> Set.copyOf(v));
        return Map.copyOf(sets);
    }
}
