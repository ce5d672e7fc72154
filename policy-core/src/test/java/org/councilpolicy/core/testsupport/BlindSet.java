package org.councilpolicy.core.testsupport;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads a blind evaluation set from the repository's {@code blind/} folder. Blind sets are written by someone who
 * has not seen the detectors or the project's corpora; whoever tunes a detector never reads their texts. So the
 * scorers built on this class print and write only counts and the classes and kinds of what failed, never a text
 * or an id that leads to one.
 */
public final class BlindSet {

    private static final ObjectMapper JSON = new ObjectMapper();

    private BlindSet() {
    }

    /** The rows of {@code blind/<relative>}; skips the calling test when the file is absent. */
    public static List<JsonNode> rows(String relative) {
        return rowsAt("blind/" + relative);
    }

    /**
     * The rows of a set at a path relative to the repository's root: a blind set ({@code blind/...}) or a
     * development set by an independent writer ({@code devsets/...}, which engineers may read), scored the same
     * way. Skips the calling test when the file is absent.
     */
    public static List<JsonNode> rowsAt(String rootRelative) {
        // Engineers tuning a detector run with -Dpolicykit.heldout=skip so that not even the held-out sets'
        // counts and classes reach them; CI and the lead score every set.
        assumeTrue(!rootRelative.startsWith("blind/") || !"skip".equals(System.getProperty("policykit.heldout")),
                "held-out set skipped (policykit.heldout=skip): " + rootRelative);
        Path file = root().resolve(rootRelative);
        assumeTrue(Files.isRegularFile(file), "set absent: " + rootRelative);
        List<JsonNode> rows = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    rows.add(JSON.readTree(line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    private static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("blind")) && !Files.isRegularFile(dir.resolve(".ci/run"))) {
            dir = dir.getParent();
        }
        return dir == null ? Path.of("").toAbsolutePath() : dir;
    }

    /** Writes a scorer's report to {@code target/<name>.md} and standard output (counts and classes only). */
    public static void report(String name, String text) {
        System.out.print(text);
        write(name, text);
    }

    /**
     * Writes a report to {@code target/<name>.md} only, when {@code target/} exists: for development reports that
     * hold texts and so stay out of the build log.
     *
     * @param name the report's name
     * @param text the report
     */
    public static void write(String name, String text) {
        Path out = Path.of("target", name + ".md");
        try {
            if (Files.isDirectory(out.getParent())) {
                Files.writeString(out, text, StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String ratio(int n, int d) {
        return d == 0 ? "n/a" : String.format(Locale.ROOT, "%.3f (%d/%d)", (double) n / d, n, d);
    }

    public static double share(int n, int d) {
        return d == 0 ? 1.0 : (double) n / d;
    }

    /** Counts keyed by a label, sorted, for the failure-class lists. */
    public static final class Counts {
        private final Map<String, Integer> counts = new TreeMap<>();

        public void add(String key) {
            counts.merge(key, 1, Integer::sum);
        }

        public int get(String key) {
            return counts.getOrDefault(key, 0);
        }

        public String lines() {
            if (counts.isEmpty()) {
                return "none\n";
            }
            StringBuilder b = new StringBuilder("\n");
            counts.forEach((k, v) -> b.append("- ").append(k).append(": ").append(v).append('\n'));
            return b.toString();
        }
    }
}
