package org.councilpolicy.semantic;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One training exemplar of a head: a text the project wrote, labelled positive (1) or negative (0) for the head.
 *
 * @param id    unique id, such as {@code hate-p-0001}
 * @param label whether it is a positive for its file's head
 * @param kind  the writer's sub-class slug
 * @param text  the text
 */
record Exemplar(String id, boolean label, String kind, String text) {

    Exemplar {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }

    /**
     * Reads an exemplar file: {@code #} lines are provenance, then the header {@code id label class text}, then one
     * exemplar a line. A bad line fails with its file and line number (training data must be exactly as written).
     */
    static List<Exemplar> read(InputStream in, String file) {
        List<Exemplar> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            boolean header = false;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                if (!header) {
                    if (!line.equals("id\tlabel\tclass\ttext")) {
                        throw new IllegalArgumentException(file + " line " + n + ": expected the header id, label, class, text");
                    }
                    header = true;
                    continue;
                }
                String[] parts = line.split("\t", 4);
                if (parts.length != 4 || !(parts[1].equals("0") || parts[1].equals("1")) || parts[3].isBlank()) {
                    throw new IllegalArgumentException(file + " line " + n + ": expected id, label 0 or 1, class and text");
                }
                out.add(new Exemplar(parts[0], parts[1].equals("1"), parts[2], parts[3]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(file, e);
        }
        return out;
    }
}
