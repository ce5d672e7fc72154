package org.councilpolicy.content.neutrality;

import java.util.List;
import org.councilpolicy.core.text.Lexicon;
import org.councilpolicy.core.text.WordSections;

/** The one lexicon of every {@link Signal} phrase, read once from {@code signals.txt}. */
final class Vocabulary {

    /** Payload of a lexicon entry. */
    record Term(Signal signal, String label) {
    }

    /** Immutable and thread-safe; built on first use. */
    static final Lexicon<Term> LEXICON = load();

    private Vocabulary() {
    }

    private static Lexicon<Term> load() {
        return read("signals.txt", (section, label) -> new Term(Signal.valueOf(section), label));
    }

    /**
     * Reads a phrase file of {@code [SECTION]} headers and {@code phrase} or {@code phrase | label} lines ({@code #}
     * comments), each phrase also in its typographic-apostrophe spelling.
     *
     * @param resource the file, beside this class
     * @param payload  the payload of a phrase from its section's name and its label (the phrase when it has none)
     * @param <T>      the payload type
     * @return the lexicon
     */
    static <T> Lexicon<T> read(String resource, java.util.function.BiFunction<String, String, T> payload) {
        Lexicon.Builder<T> b = Lexicon.builder();
        WordSections.orderedLines(Vocabulary.class, resource).forEach((section, lines) -> {
            for (String s : lines) {
                int bar = s.indexOf(" | ");
                String phrase = bar < 0 ? s : s.substring(0, bar).strip();
                T value = payload.apply(section, bar < 0 ? phrase : s.substring(bar + 3).strip());
                for (String variant : variants(phrase)) {
                    b.add(variant, value);
                }
            }
        });
        return b.build();
    }

    /** The phrase, plus its typographic-apostrophe spelling when it has an apostrophe. */
    static List<String> variants(String phrase) {
        return phrase.indexOf('\'') < 0 ? List.of(phrase) : List.of(phrase, phrase.replace('\'', '\u2019'));
    }
}
