package org.councilpolicy.content.offence;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.councilpolicy.core.rule.Span;
import org.councilpolicy.core.text.Lexicon;
import org.councilpolicy.core.text.LexiconMatch;
import org.councilpolicy.core.text.NormalisationOptions;
import org.councilpolicy.core.text.NormalisedText;

/**
 * Great Britain place names that contain a rude-looking string ("Penistone", "Ashby cum Fenby", "Bell End"), from
 * the OS Open Names gazetteer that policy-core ships ({@code core/analysis/gb-places.csv}, OGL v3, see its README). Only
 * names in which a profanity or slur term occurs are kept, so the automaton stays small. A place in a place frame
 * is not an insult: a capitalised name, or one after a place word ("in", "near", "road to"), is a place unless an
 * insult frame stands before it ("you're a right Bell End"). Immutable and thread-safe; linear in the text.
 */
final class PlaceNames {

    /** The one copy of the gazetteer, shipped with policy-core's analysis (its README there gives the licence). */
    private static final String FILE = "/org/councilpolicy/core/analysis/gb-places.csv";
    private static final Set<String> PLACE_WORDS = Set.of("in", "at", "to", "from", "near", "through", "via",
            "around", "into", "outside", "towards", "toward", "past", "between", "and", "of", "road", "street",
            "lane", "for", "on", "by", "off", "beyond", "leaving", "visiting", "live", "lives", "moved", "bound");
    private static final Set<String> INSULT_FRAME = Set.of("a", "an", "you", "you're", "youre", "ur", "u", "right",
            "total", "complete", "absolute", "utter", "such", "what", "proper", "bloody", "fucking", "big", "little",
            "stupid", "silly", "massive", "you’re");

    private final Lexicon<String> names;

    PlaceNames(List<OffenceLexicons.Term> terms, Set<String> typos) {
        Lexicon.Builder<String> rude = Lexicon.<String>builder().wholeWords(false)
                .normalisation(NormalisationOptions.MINIMAL);
        for (OffenceLexicons.Term t : terms) {
            if (t.term().length() >= 3) {
                rude.add(t.term(), t.term());
            }
        }
        Lexicon<String> rudeStrings = rude.build();
        Lexicon.Builder<String> b = Lexicon.<String>builder().normalisation(NormalisationOptions.LEETSPEAK);
        int kept = 0;
        for (String name : read()) {
            if (rudeLooking(name, rudeStrings, typos)) {
                b.add(name, name);
                kept++;
            }
        }
        this.names = kept == 0 ? null : b.build();
    }

    /** A rude string inside, also with doubled letters collapsed ("Hooe"), a word one typo from a term, or an x. */
    private static boolean rudeLooking(String name, Lexicon<String> rude, Set<String> typos) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        StringBuilder collapsed = new StringBuilder();
        for (int i = 0; i < lower.length(); i++) {
            if (i == 0 || lower.charAt(i) != lower.charAt(i - 1)) {
                collapsed.append(lower.charAt(i));
            }
        }
        if (lower.indexOf('x') >= 0 || !rude.findAll(NormalisedText.of(lower, NormalisationOptions.MINIMAL)).isEmpty()
                || !rude.findAll(NormalisedText.of(collapsed.toString(), NormalisationOptions.MINIMAL)).isEmpty()) {
            return true;
        }
        for (String w : lower.split("[^a-z]+")) {
            if (typos.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** {@return the spans of place names in {@code nt} that stand in a place frame} */
    List<Span> places(NormalisedText nt) {
        if (names == null) {
            return List.of();
        }
        List<Span> out = new ArrayList<>();
        String text = nt.original();
        for (LexiconMatch<String> m : names.findAll(nt)) {
            Span s = m.original();
            String before = wordBefore(text, s.start());
            boolean capitalised = Character.isUpperCase(text.codePointAt(s.start()));
            if (PLACE_WORDS.contains(before) || capitalised && !INSULT_FRAME.contains(before)) {
                out.add(s);
            }
        }
        return out;
    }

    private static String wordBefore(String text, int at) {
        int e = at;
        while (e > 0 && !Character.isLetter(text.charAt(e - 1))) {
            e--;
        }
        int b = e;
        while (b > 0 && (Character.isLetter(text.charAt(b - 1)) || text.charAt(b - 1) == '\'')) {
            b--;
        }
        return text.substring(b, e).toLowerCase(java.util.Locale.ROOT);
    }

    private static List<String> read() {
        try (InputStream in = PlaceNames.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + FILE);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> out = new ArrayList<>();
            String line = r.readLine(); // header: name,type,country
            while ((line = r.readLine()) != null) {
                String name = line.startsWith("\"") ? line.substring(1, Math.max(1, line.indexOf('"', 1)))
                        : line.substring(0, Math.max(0, line.indexOf(',')));
                if (!name.isBlank()) {
                    out.add(name);
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + FILE, e);
        }
    }
}
