package org.councilpolicy.content.judgement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.councilpolicy.content.offence.NegativeAttributes;
import org.councilpolicy.core.rule.Span;
import org.councilpolicy.core.text.WordSections;

/**
 * Round 11, contempt of court: the speaker's own opinion on a live case in words no element names. Five kinds, each
 * a class of {@code live-case-opinion.txt}: mockery or satisfaction ("karma", a laughing emoji), a view on guilt,
 * innocence or the evidence ("I'd stake my house he's innocent", "hard to believe"), a predicted or wished verdict
 * (a modal before an outcome: "will walk free", "deserves to rot"), a stance in the speaker's voice that is about the
 * case and not the process ("we expect a conviction", but not "we expect the hearing in May"), and a strongly negative
 * attribute of whoever the case is about ("has a terrible reputation", "he always seemed shifty"). A sentence that is
 * the standard statement about proceedings ("presumed innocent", "we can't comment", "if found guilty") says none.
 * Only asked once the draft says proceedings are live; each sentence's words are read once against phrase indexes,
 * so the cost is linear in the draft.
 */
final class LiveCaseOpinion {

    private static final WordSections DATA = WordSections.loadLines(LiveCaseOpinion.class, "live-case-opinion.txt");
    private static final Phrases STANCE = new Phrases(DATA.get("STANCE"));
    private static final Phrases OUTCOME = new Phrases(DATA.get("OUTCOME"));
    private static final Phrases VERACITY = new Phrases(DATA.get("VERACITY"));
    private static final Phrases GLOAT = new Phrases(DATA.get("GLOAT"));
    private static final Phrases DEFENDANT = new Phrases(DATA.get("DEFENDANT"));
    private static final Phrases NOT_OPINION = new Phrases(DATA.get("NOT_OPINION"));
    private static final Phrases PROCEDURAL = new Phrases(DATA.get("PROCEDURAL"));
    private static final Set<String> GLOAT_SYMBOLS = DATA.get("GLOAT_SYMBOL");
    private static final Set<String> MODAL = DATA.get("MODAL");
    private static final Set<String> COPULA_OR_HAS = DATA.get("COPULA_OR_HAS");
    private static final Set<String> NOT_A_VERDICT = DATA.get("NOT_A_VERDICT");
    private static final Set<String> NOT_CRIMINAL = DATA.get("NOT_CRIMINAL");
    private static final Set<String> CHARACTER_WORD = DATA.get("CHARACTER_WORD");
    private static final Set<String> CONTRITION = DATA.get("CONTRITION");
    /** Words before an opinion that make it a report of someone else's ("alleged", "claims"). */
    private static final Set<String> HEDGES = Set.of("alleged", "allegedly", "claims", "claimed", "suspected",
            "reportedly", "denies", "denied");
    /** How many words before an outcome a modal may stand. */
    private static final int MODAL_WINDOW = 4;
    /** How many words after the verb an attribute of the defendant may stand ("has a truly terrible record"). */
    private static final int ATTRIBUTE_GAP = 4;

    private LiveCaseOpinion() {
    }

    /**
     * The first opinion on the live case, as a {@link Element#GUILT} part labelled with its words, or {@code null}.
     *
     * @param c the composition of a draft whose case is live
     * @return the part, or {@code null}
     */
    static Part find(Composition c) {
        String text = c.normalised().text();
        if (text.isEmpty() || !criminal(c)) {
            return null;
        }
        int last = c.sentenceAt(text.length() - 1);
        // each sentence's proceedings' words, grouped once so that a sentence never scans the whole draft's parts
        Map<Integer, List<Part>> live = new HashMap<>();
        for (Part p : c.parts(Element.LIVE_CASE)) {
            live.computeIfAbsent(p.sentence(), k -> new ArrayList<>()).add(p);
        }
        for (int s = 0; s <= last; s++) {
            Span range = c.sentenceSpan(s);
            List<Word> words = words(text, range.start(), range.end());
            if (words.isEmpty() || NOT_OPINION.first(words, 0) != null) {
                continue;
            }
            Part p = inSentence(c, s, range, words, live.getOrDefault(s, List.of()));
            if (p != null) {
                return p;
            }
        }
        return null;
    }

    /**
     * Whether a proceedings' part names civil, planning, licensing or coroners' proceedings by its words as written.
     *
     * @param c    the composition
     * @param live a {@link Element#LIVE_CASE} part
     * @return whether its words hold a word of those proceedings
     */
    static boolean civil(Composition c, Part live) {
        String label = c.words(live).toLowerCase(Locale.ROOT);
        for (String w : NOT_CRIMINAL) {
            if (label.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** Whether any live label names criminal proceedings rather than civil, planning or coroners' ones. */
    private static boolean criminal(Composition c) {
        for (Part live : c.parts(Element.LIVE_CASE)) {
            // the words as written, not the label: several phrases share a general label ("proceedings")
            String label = c.words(live).toLowerCase(Locale.ROOT);
            boolean civil = false;
            for (String w : NOT_CRIMINAL) {
                civil |= label.contains(w);
            }
            if (!civil) {
                return true;
            }
        }
        return ProceedingsUnderWay.trial(c); // round 12: "Trial of the caretaker starts today" names no element
    }

    private static Part inSentence(Composition c, int s, Span range, List<Word> words, List<Part> live) {
        int[] m = GLOAT.first(words, 0);
        if (m != null) {
            return part(c, s, words, m);
        }
        String original = c.span(new Part(Element.GUILT, range.start(), range.end(), "", s), null)
                .of(c.normalised().original());
        for (String symbol : GLOAT_SYMBOLS) {
            if (original.contains(symbol)) {
                return new Part(Element.GUILT, range.start(), range.end(), symbol, s);
            }
        }
        m = VERACITY.first(words, 0);
        if (m != null && !hedged(words, m[0])) {
            return part(c, s, words, m);
        }
        for (m = OUTCOME.first(words, 0); m != null; m = OUTCOME.first(words, m[0] + 1)) {
            if (modalBefore(words, m[0]) && !hedged(words, m[0])) {
                return part(c, s, words, m);
            }
        }
        m = STANCE.first(words, 0);
        if (m != null && m[1] + 1 < words.size() && PROCEDURAL.first(words, m[1]) == null) {
            return part(c, s, words, m);
        }
        return attribute(c, s, words, live);
    }

    /** A strongly negative attribute after whoever the case is about, past the proceedings' own words. */
    private static Part attribute(Composition c, int s, List<Word> words, List<Part> liveHere) {
        int from = 0;
        if (!liveHere.isEmpty()) {
            // the sentence states the proceedings: only what a verb after the last of them says counts
            int after = 0;
            for (Part p : liveHere) {
                after = Math.max(after, p.end());
            }
            from = -1;
            for (int i = 0; i < words.size(); i++) {
                if (words.get(i).start() >= after && COPULA_OR_HAS.contains(words.get(i).text())) {
                    from = i + 1;
                    break;
                }
            }
            if (from < 0) {
                return null;
            }
        }
        int[] who = DEFENDANT.first(words, 0);
        boolean person = who != null || !c.parts(Element.PERSON_REF).isEmpty() || !c.parts(Element.OCCUPANT).isEmpty();
        if (!person && liveHere.isEmpty()) {
            return null;
        }
        // round 12: with no person in view, only contrition denied after the proceedings' verb speaks of the defendant
        // ("the breeder we're prosecuting ... has no care for the animals": only a person cares)
        int start = Math.max(from, who == null ? 0 : who[1]);
        // the verb right after the proceedings' words counts when the defendant came before it
        int copula = from > 0 && start == from ? from - 1 : -1;
        for (int i = start; i < words.size(); i++) {
            String w = words.get(i).text();
            if (COPULA_OR_HAS.contains(w) || w.endsWith("'s") && DEFENDANT.first(words.subList(i, i + 1), 0) != null) {
                copula = i;
                continue;
            }
            // said of the defendant through a verb ("seemed shifty", "has a terrible reputation"), not any negative
            // word of the sentence ("the block", "they'll lose")
            if (CONTRITION.contains(w) && negated(words, i) && !hedged(words, i)
                    && (copula >= 0 && i - copula <= ATTRIBUTE_GAP || who != null && i - start <= ATTRIBUTE_GAP)) {
                return part(c, s, words, new int[] {i, i + 1});
            }
            if (person && copula >= 0 && i - copula <= ATTRIBUTE_GAP
                    && (NegativeAttributes.attribute(w) || CHARACTER_WORD.contains(w)) && !NOT_A_VERDICT.contains(w) && !negated(words, i) && !hedged(words, i)) {
                return part(c, s, words, new int[] {i, i + 1});
            }
        }
        return null;
    }

    private static boolean modalBefore(List<Word> words, int at) {
        for (int i = Math.max(0, at - MODAL_WINDOW); i < at; i++) {
            String w = words.get(i).text();
            if (w.equals("if") || w.equals("unless") || w.equals("whether")) {
                return false;
            }
        }
        for (int i = Math.max(0, at - MODAL_WINDOW); i <= at && i < words.size(); i++) {
            String w = words.get(i).text();
            if (MODAL.contains(w) || w.endsWith("'ll") || w.endsWith("\u2019ll")) {
                return true;
            }
        }
        return false;
    }

    private static boolean hedged(List<Word> words, int at) {
        for (int i = Math.max(0, at - 3); i < at; i++) {
            if (HEDGES.contains(words.get(i).text())) {
                return true;
            }
        }
        return false;
    }

    private static boolean negated(List<Word> words, int at) {
        for (int i = Math.max(0, at - 2); i < at; i++) {
            String w = words.get(i).text();
            if (w.equals("not") || w.equals("never") || w.equals("no") || w.endsWith("n't") || w.endsWith("n\u2019t")) {
                return true;
            }
        }
        return false;
    }

    private static Part part(Composition c, int s, List<Word> words, int[] m) {
        Word first = words.get(m[0]);
        Word lastWord = words.get(m[1] - 1);
        String label = c.normalised().text().substring(first.start(), lastWord.end());
        return new Part(Element.GUILT, first.start(), lastWord.end(), label, s);
    }

    /** The words of one sentence of the normalised text, lower case, with their offsets. */
    private static List<Word> words(String text, int from, int to) {
        List<Word> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            while (i < to && !wordChar(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < to && wordChar(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                out.add(new Word(text.substring(start, i).toLowerCase(Locale.ROOT).replace('\u2019', '\''), start, i));
            }
        }
        return out;
    }

    private static boolean wordChar(char ch) {
        return Character.isLetterOrDigit(ch) || ch == '\'' || ch == '\u2019' || ch == '-';
    }

    private record Word(String text, int start, int end) {
    }

    /** Phrases of whole words, indexed by their first word. */
    private static final class Phrases {
        private final Map<String, List<String[]>> byFirst = new HashMap<>();

        Phrases(Set<String> phrases) {
            for (String p : phrases) {
                String[] ws = p.toLowerCase(Locale.ROOT).replace('\u2019', '\'').split(" +");
                byFirst.computeIfAbsent(ws[0], k -> new ArrayList<>()).add(ws);
            }
        }

        /** The first match at or after a word, as {start word, end word (exclusive)}, or {@code null}. */
        int[] first(List<Word> words, int from) {
            for (int i = from; i < words.size(); i++) {
                List<String[]> candidates = byFirst.get(words.get(i).text());
                if (candidates == null) {
                    continue;
                }
                for (String[] p : candidates) {
                    if (i + p.length <= words.size() && matches(words, i, p)) {
                        return new int[] {i, i + p.length};
                    }
                }
            }
            return null;
        }

        private static boolean matches(List<Word> words, int at, String[] p) {
            for (int k = 0; k < p.length; k++) {
                if (!words.get(at + k).text().equals(p[k])) {
                    return false;
                }
            }
            return true;
        }
    }
}
