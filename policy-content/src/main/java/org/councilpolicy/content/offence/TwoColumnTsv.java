package org.councilpolicy.content.offence;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Reads this package's two-column word-class files ({@code phrase<TAB>CLASS}; blank lines and {@code #} comments
 * skipped), failing with the file and line number on a malformed row, so every loader reports bad data the same
 * way.
 */
final class TwoColumnTsv {

    /** What a loader does with one row; throw {@link IllegalArgumentException} for an unknown class. */
    interface Row {
        void accept(String phrase, String kind);
    }

    private TwoColumnTsv() {
    }

    static void read(String resource, Row row) {
        try (InputStream in = TwoColumnTsv.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int n = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length != 2) {
                    throw new IllegalStateException(resource + " line " + n + ": expected 2 columns");
                }
                try {
                    row.accept(f[0].strip(), f[1].strip());
                } catch (IllegalArgumentException e) {
                    throw new IllegalStateException(resource + " line " + n + ": unknown class " + f[1].strip(), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
