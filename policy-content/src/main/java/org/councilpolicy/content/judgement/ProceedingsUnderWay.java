package org.councilpolicy.content.judgement;

import java.util.List;
import java.util.Set;
import org.councilpolicy.core.rule.Span;

/**
 * Round 12, contempt of court (CO-3): criminal proceedings said to be going on in words the element list leaves
 * general. "Prosecution" alone is too general to show a live case ("we prosecute fly-tippers", "a successful
 * prosecution"); it is live when
 * <ul>
 *   <li>a word of being under way follows it in its sentence ("our prosecution of a landlord is underway", "the
 *   prosecution continues", "began this week");</li>
 *   <li>or the council is prosecuting someone in particular: the progressive with a determiner or a pronoun as its
 *   object ("we're prosecuting the fly-tipper", "are prosecuting him"), where a bare plural is a policy ("we're
 *   prosecuting fly-tippers").</li>
 * </ul>
 * A trial is live when its sentence says it is under way ("Trial of the school caretaker starts today") and the
 * draft refers to a person (a pronoun or a pointed reference): "the trial of fortnightly collections starts today"
 * has no one on trial. Each look is bounded to the rest of one sentence, so the cost is linear in the draft.
 */
final class ProceedingsUnderWay {

    /** Words that say proceedings are going on (not ended, not merely threatened). */
    private static final Set<String> UNDER_WAY = Set.of("underway", "ongoing", "continues", "continuing", "begins",
            "began", "begun", "starts", "started", "opens", "opened", "resumes", "resumed", "proceeding",
            "progress");
    /** Objects of "prosecuting" that single someone out. */
    private static final Set<String> PARTICULAR = Set.of("the", "this", "that", "these", "those", "a", "an", "him",
            "her", "them", "his", "two", "three", "four", "mr", "mrs", "ms", "miss");
    /** How far past the proceedings' word a word of being under way may stand. */
    private static final int REACH = 120;

    private ProceedingsUnderWay() {
    }

    /**
     * Whether a general "prosecution" part of the draft is live by its sentence.
     *
     * @param c the composition
     * @param p a {@link Element#LIVE_CASE} part labelled "prosecution"
     * @return whether the prosecution is going on
     */
    static boolean prosecution(Composition c, Part p) {
        String text = c.normalised().text();
        String said = text.substring(p.start(), p.end());
        if (said.endsWith("prosecuting")) {
            List<String> next = Composition.wordsOf(text.substring(p.end(), Math.min(text.length(), p.end() + 12)));
            if (!next.isEmpty() && PARTICULAR.contains(next.get(0))) {
                return true;
            }
        }
        return said.contains("prosecut") && underWayAfter(c, p.end(), p.sentence());
    }

    /**
     * Whether the draft says a trial of someone is under way: "trial" with a word of being under way after it in its
     * sentence, and a person referred to anywhere in the draft.
     *
     * @param c the composition
     * @return whether such a trial is found
     */
    static boolean trial(Composition c) {
        if (!c.has(Element.PERSON_REF)) {
            return false;
        }
        String text = c.normalised().text();
        for (int i = text.indexOf("trial"); i >= 0; i = text.indexOf("trial", i + 5)) {
            boolean word = (i == 0 || !Character.isLetter(text.charAt(i - 1)))
                    && (i + 5 == text.length() || !Character.isLetter(text.charAt(i + 5)));
            if (word && !aScheme(text, i) && underWayAfter(c, i + 5, c.sentenceAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** "a trial of", "a six-month trial", "free trial", "pilot trial": a scheme on trial, not a person. */
    private static boolean aScheme(String text, int trial) {
        List<String> before = Composition.wordsOf(text.substring(Math.max(0, trial - 20), trial));
        if (before.isEmpty()) {
            return false;
        }
        String w = before.get(before.size() - 1);
        return w.equals("a") || w.equals("free") || w.equals("pilot") || w.matches(".*(?:\\d|month|week|year|day).*");
    }

    private static boolean underWayAfter(Composition c, int from, int sentence) {
        Span s = c.sentenceSpan(sentence);
        int to = Math.min(s.end(), from + REACH);
        if (to <= from) {
            return false;
        }
        String rest = c.normalised().text().substring(from, to);
        for (String w : Composition.wordsOf(rest)) {
            if (UNDER_WAY.contains(w)) {
                return true;
            }
        }
        return rest.contains("under way");
    }
}
