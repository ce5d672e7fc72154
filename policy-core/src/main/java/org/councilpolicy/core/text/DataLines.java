package org.councilpolicy.core.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The lines of a bundled data file (UTF-8), one entry a line: blank lines and {@code #} comment lines dropped. */
public final class DataLines {

    private DataLines() {
    }

    /**
     * Reads a data file once.
     *
     * @param anchor   the class beside which the file lies (its package's resources)
     * @param resource the file's name
     * @return its entries, each stripped of surrounding white space, in file order
     * @throws IllegalStateException when the file is missing (a packaging error, found at start-up)
     */
    public static List<String> read(Class<?> anchor, String resource) {
        List<String> lines = readIfPresent(anchor, resource);
        if (lines == null) {
            throw new IllegalStateException("missing resource " + resource);
        }
        return lines;
    }

    /** As {@link #read}, or null when there is no such resource; a byte-order mark is dropped too. */
    static List<String> readIfPresent(Class<?> anchor, String resource) {
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(resource, "resource");
        List<String> out = new ArrayList<>();
        try (InputStream in = anchor.getResourceAsStream(resource)) {
            if (in == null) {
                return null;
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                String s = line.replace("\uFEFF", "").strip();
                if (!s.isEmpty() && !s.startsWith("#")) {
                    out.add(s);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return List.copyOf(out);
    }
}
