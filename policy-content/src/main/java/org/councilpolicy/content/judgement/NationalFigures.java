package org.councilpolicy.content.judgement;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * National politicians and office holders, read once from {@code national-politicians.tsv} (its header gives the
 * source and the list's date): the publishing judgement matches them as the subject of praise or blame, and the
 * person-name finder treats them as public figures, never private individuals.
 */
public final class NationalFigures {

    /**
     * One office holder.
     *
     * @param name   the full name
     * @param forms  other forms matched on their own ("^" first: only when capitalised)
     * @param office the office or role, for a finding's message
     */
    record Figure(String name, List<String> forms, String office) {
    }

    static final List<Figure> ALL = read();

    private NationalFigures() {
    }

    /** {@return every listed person's full name} */
    public static List<String> fullNames() {
        return ALL.stream().map(Figure::name).toList();
    }

    private static List<Figure> read() {
        String resource = "national-politicians.tsv";
        try (InputStream in = NationalFigures.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " missing from the class path");
            }
            List<Figure> out = new ArrayList<>();
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int n = 1; n <= lines.length; n++) {
                String line = lines[n - 1];
                if (line.isBlank() || line.strip().startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t", -1);
                if (cols.length != 3 || cols[0].isBlank() || cols[2].isBlank()) {
                    throw new IllegalStateException(resource + " line " + n
                            + ": want name, forms, office (tab-separated)");
                }
                List<String> forms = new ArrayList<>();
                for (String f : cols[1].split(";")) {
                    if (!f.isBlank()) {
                        forms.add(f.strip());
                    }
                }
                out.add(new Figure(cols[0].strip(), List.copyOf(forms), cols[2].strip()));
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
