package org.councilpolicy.content.offence;

import java.util.Set;
import java.util.TreeSet;
import org.councilpolicy.core.text.NormalisationOptions;
import org.councilpolicy.core.text.NormalisedText;
import org.councilpolicy.core.text.Tokenizer;

/**
 * Test-scope diagnostic: the word classes of the offence lexicons a text holds (group, predicate class, threat part),
 * so a development report can say of an untuned row's failure whether a word class was missing or the grammar failed
 * to join two present ones, without printing the text.
 */
public final class HateWordClasses {

    private HateWordClasses() {
    }

    /** {@return the classes found, e.g. {@code GROUP}, {@code PREDICATE:NEG}, {@code THREAT_PART:HARM}} */
    public static Set<String> of(String text) {
        OffenceLexicons lex = OffenceLexicons.get();
        NormalisedText nt = NormalisedText.of(text, NormalisationOptions.LEETSPEAK);
        WordView wv = new WordView(nt, lex, Tokenizer.words(nt.text()));
        RepairedWords rw = new RepairedWords(wv, lex);
        Set<String> out = new TreeSet<>();
        for (WordView.WordMatch<OffenceLexicons.Tagged> m : rw.tagged(lex)) {
            OffenceLexicons.WordKey k = m.payload().key();
            if (k == OffenceLexicons.WordKey.GROUP) {
                out.add("GROUP");
            } else if (k == OffenceLexicons.WordKey.PREDICATE || k == OffenceLexicons.WordKey.THREAT_PART) {
                out.add(k + ":" + m.payload().payload());
            }
        }
        return out;
    }
}
