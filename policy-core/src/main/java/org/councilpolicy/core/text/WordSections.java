package org.councilpolicy.core.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Named word classes read from a data file: a {@code [SECTION]} line starts a class, then words follow, separated
 * by spaces or new lines; {@code #} starts a comment (also after a section name). Word classes live in data files
 * with their sources, and the code that composes them reads them through this one reader. Immutable.
 */
public final class WordSections {
    private final String file;
    private final Map<String, Set<String>> sections;

    private WordSections(String file, Map<String, Set<String>> sections) {
        this.file = file;
        this.sections = sections;
    }

    /**
     * Reads a data file once.
     *
     * @param anchor   the class beside which the file lies (its package's resources)
     * @param resource the file's name, e.g. {@code "party-words.txt"}
     * @return the file's word classes
     * @throws IllegalStateException when the file is missing or has words before any section
     */
    public static WordSections load(Class<?> anchor, String resource) {
        return read(anchor, resource, false);
    }

    /**
     * Reads a data file of phrases once: as {@link #load}, but each line is one entry, spaces kept ("bed bugs",
     * "high street").
     *
     * @param anchor   the class beside which the file lies (its package's resources)
     * @param resource the file's name
     * @return the file's phrase classes
     * @throws IllegalStateException when the file is missing or has phrases before any section
     */
    public static WordSections loadLines(Class<?> anchor, String resource) {
        return read(anchor, resource, true);
    }

    /**
     * Reads a data file of phrases in file order: as {@link #loadLines}, but each section keeps its lines in the
     * order written (for readers whose order matters, such as a regular expression's alternation or a lexicon's
     * entries).
     *
     * @param anchor   the class beside which the file lies (its package's resources)
     * @param resource the file's name
     * @return each section's lines in file order, sections in file order; immutable
     * @throws IllegalStateException when the file is missing or has phrases before any section
     */
    public static Map<String, List<String>> orderedLines(Class<?> anchor, String resource) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        sections(anchor, resource, true).forEach((k, v) -> out.put(k, List.copyOf(v)));
        return Collections.unmodifiableMap(out);
    }

    private static WordSections read(Class<?> anchor, String resource, boolean wholeLines) {
        Map<String, Set<String>> frozen = new HashMap<>();
        sections(anchor, resource, wholeLines).forEach((k, v) -> frozen.put(k, Set.copyOf(v)));
        return new WordSections(resource, Map.copyOf(frozen));
    }

    /** The file's sections in file order, each entry in file order (repeats kept). */
    private static Map<String, List<String>> sections(Class<?> anchor, String resource, boolean wholeLines) {
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(resource, "resource");
        Map<String, List<String>> read = new LinkedHashMap<>();
        try (InputStream in = anchor.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " missing from the class path");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> current = null;
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                int hash = line.indexOf('#');
                String body = (hash >= 0 ? line.substring(0, hash) : line).strip();
                if (body.isEmpty()) {
                    continue;
                }
                if (body.startsWith("[") && body.endsWith("]")) {
                    current = read.computeIfAbsent(body.substring(1, body.length() - 1), k -> new ArrayList<>());
                    continue;
                }
                if (current == null) {
                    throw new IllegalStateException(resource + " line " + n + ": words before any [SECTION]");
                }
                if (wholeLines) {
                    current.add(body);
                } else {
                    Collections.addAll(current, body.split("\\s+"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return read;
    }

    /**
     * One word class.
     *
     * @param section the section's name
     * @return its words
     * @throws IllegalStateException when the file has no such section (a packaging error, found at start-up)
     */
    public Set<String> get(String section) {
        Set<String> words = sections.get(section);
        if (words == null) {
            throw new IllegalStateException(file + " has no [" + section + "] section");
        }
        return words;
    }
}
