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

    /**
     * For each predicate found in a text that names a group: its class and the first step of the composition that
     * dropped it ({@code noTarget} when no group reference is what it is said of, {@code notHateful} for negation or
     * a one-word harm with no wish, {@code counter} for quotation or reporting), or {@code joined}. Classes only.
     */
    public static Set<String> stages(String text) {
        OffenceLexicons lex = OffenceLexicons.get();
        NormalisedText nt = NormalisedText.of(text, NormalisationOptions.LEETSPEAK);
        WordView wv = new WordView(nt, lex, Tokenizer.words(nt.text()));
        RepairedWords rw = new RepairedWords(wv, lex);
        java.util.List<WordView.WordMatch<OffenceLexicons.Tagged>> all = rw.tagged(lex);
        java.util.List<GroupReferences.Ref> refs = new GroupReferences(lex).groups(rw, all);
        refs.sort(java.util.Comparator.comparingInt(GroupReferences.Ref::from));
        refs = GroupReferences.withPronouns(rw, refs);
        refs.sort(java.util.Comparator.comparingInt(GroupReferences.Ref::from));
        boolean[] negator = HatePredicates.negators(rw, all);
        Set<String> out = new TreeSet<>();
        out.add("refs=" + refs.size() + " sentences=" + (rw.size() == 0 ? 0 : rw.sentence(rw.size() - 1) + 1));
        for (WordView.WordMatch<OffenceLexicons.Tagged> m : all) {
            if (m.payload().key() != OffenceLexicons.WordKey.PREDICATE) {
                continue;
            }
            OffenceLexicons.Predicate kind = (OffenceLexicons.Predicate) m.payload().payload();
            WordView.WordMatch<OffenceLexicons.Predicate> p = new WordView.WordMatch<>(m.from(), m.to(), kind);
            GroupReferences.Ref r = HatePredicates.said(rw, refs, p);
            String stage = r == null ? "noTarget" : !HatePredicates.hateful(rw, negator, p) ? "notHateful" : "joined";
            String where = "";
            if (r == null && !refs.isEmpty()) {
                GroupReferences.Ref near = refs.get(0);
                for (GroupReferences.Ref x : refs) {
                    if (Math.abs(x.from() - p.from()) < Math.abs(near.from() - p.from())) {
                        near = x;
                    }
                }
                where = " nearestRef=" + (near.from() < p.from() ? "before" : "after") + ":"
                        + Math.abs(near.from() - p.from()) + (rw.sentence(near.from()) == rw.sentence(p.from())
                        ? rw.clause(near.from()) == rw.clause(p.from()) ? "/sameClause" : "/sameSentence"
                        : "/otherSentence");
            }
            out.add(kind + ":" + (m.to() - m.from()) + "w:" + stage + where);
        }
        return out;
    }
}
