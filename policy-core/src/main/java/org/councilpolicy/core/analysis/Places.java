package org.councilpolicy.core.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.councilpolicy.core.rule.Span;
import org.councilpolicy.core.text.NormalisedText;
import org.councilpolicy.core.text.Token;
import org.councilpolicy.core.text.Tokenizer;

/**
 * The places of Great Britain (42,986 cities, towns, villages, hamlets and suburbs from OS Open Names; Open
 * Government Licence v3, "Contains OS data © Crown copyright and database right"; see the README beside
 * {@code gb-places.csv}), and where a text names one. Loaded once, on first use, into an immutable set of
 * normalised names; finding places in a text is linear in its number of words.
 */
public final class Places {

    /** The places a text names, longest first at each word, in text order. */
    public static final AnalysisKey<List<Place>> KEY = AnalysisKey.of("analysis.places", Places::find);

    /** Names of more words than this are not looked for (no GB place name in the list is longer). */
    private static final int MAX_WORDS = 6;

    /**
     * A place named in a text.
     *
     * @param original  its span in the original text
     * @param firstWord index of its first word in {@link TextAnalysis#words()}
     * @param words     how many words it has
     */
    public record Place(Span original, int firstWord, int words) {
    }

    private Places() {
    }

    private static final class Holder {
        static final Set<String> NAMES = load();
    }

    /**
     * Whether {@code name} (any case, spacing, accents) is the name of a place in Great Britain.
     *
     * @param name a name
     * @return whether the gazetteer lists it
     */
    public static boolean isPlace(String name) {
        return Holder.NAMES.contains(key(NormalisedText.of(name).text()));
    }

    /** {@return how many distinct normalised names the gazetteer holds} */
    public static int size() {
        return Holder.NAMES.size();
    }

    private static List<Place> find(TextAnalysis analysis) {
        Words words = analysis.words();
        String original = analysis.text();
        List<Place> out = new ArrayList<>();
        int n = words.size();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            // Only a capitalised word can start a place name written as one.
            Span first = words.get(i).original();
            if (!Character.isUpperCase(original.codePointAt(first.start()))) {
                continue;
            }
            int best = 0;
            b.setLength(0);
            for (int k = 0; k < MAX_WORDS && i + k < n; k++) {
                if (k > 0) {
                    b.append(' ');
                }
                b.append(words.get(i + k).text());
                if (Holder.NAMES.contains(b.toString())) {
                    best = k + 1;
                }
            }
            if (best > 0) {
                Span last = words.get(i + best - 1).original();
                out.add(new Place(new Span(first.start(), last.end()), i, best));
                i += best - 1;
            }
        }
        return Collections.unmodifiableList(out);
    }

    /** Words of a normalised name joined by single spaces: punctuation and hyphens are word breaks. */
    private static String key(String normalised) {
        StringBuilder b = new StringBuilder(normalised.length());
        for (Token t : Tokenizer.words(normalised)) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(t.text());
        }
        return b.toString();
    }

    private static Set<String> load() {
        Set<String> names = new HashSet<>(64_000);
        try (InputStream in = Places.class.getResourceAsStream("gb-places.csv")) {
            if (in == null) {
                throw new IllegalStateException("gb-places.csv missing from the class path");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line = r.readLine(); // header
            while ((line = r.readLine()) != null) {
                String name = line.startsWith("\"") ? line.substring(1, line.indexOf('"', 1))
                        : line.substring(0, line.indexOf(','));
                String k = key(NormalisedText.of(name).text());
                if (!k.isEmpty()) {
                    names.add(k.intern());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gb-places.csv", e);
        }
        return Collections.unmodifiableSet(names);
    }
}
