package org.councilpolicy.content.offence;

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
 * Word classes from a data file beside this class: a {@code [SECTION]} line, then words separated by spaces or new
 * lines; {@code #} starts a comment. Read once; the sets are immutable.
 */
final class SectionedWords {
    private final String file;
    private final Map<String, Set<String>> sections;

    private SectionedWords(String file, Map<String, Set<String>> sections) {
        this.file = file;
        this.sections = sections;
    }

    static SectionedWords load(String file) {
        Map<String, Set<String>> read = new HashMap<>();
        try (InputStream in = SectionedWords.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + file);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            Set<String> current = null;
            String line;
            while ((line = r.readLine()) != null) {
                String body = line.strip();
                if (body.startsWith("[")) {
                    String name = body.substring(1, body.indexOf(']'));
                    current = read.computeIfAbsent(name, k -> new HashSet<>());
                    continue;
                }
                int hash = body.indexOf('#');
                body = hash >= 0 ? body.substring(0, hash) : body;
                if (current != null && !body.isBlank()) {
                    for (String w : body.split("\\s+")) {
                        current.add(w);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        Map<String, Set<String>> frozen = new HashMap<>();
        read.forEach((k, v) -> frozen.put(k, Set.copyOf(v)));
        return new SectionedWords(file, Map.copyOf(frozen));
    }

    /** {@return the words of a section; a section missing from the file is a packaging error} */
    Set<String> get(String section) {
        Set<String> words = sections.get(section);
        if (words == null) {
            throw new IllegalStateException(file + " has no [" + section + "] section");
        }
        return words;
    }
}
