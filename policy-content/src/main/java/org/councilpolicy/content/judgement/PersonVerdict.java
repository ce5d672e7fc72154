package org.councilpolicy.content.judgement;

import java.util.Set;
import org.councilpolicy.content.offence.NegativeAttributes;
import org.councilpolicy.core.text.NormalisedText;

/**
 * Round 10, conduct: a strongly negative attribute said of a councillor, the council's staff or a person pointed at,
 * in words no belittling list names ("Cllr Reeves is utterly incompetent", "our planners are hopeless", "he's a
 * liar"). The decision is the sentence's form: the person, then only their name ("Cllr Ann Reeves", "the member for
 * Westgate"), a copula ("is", "are", "was", "seems", "'s"), a few linking words ("so", "utterly", "a") and a word of
 * the VADER lexicon with a valence of -1.5 or lower ({@link NegativeAttributes}). Words of disagreement ("wrong",
 * "unfair") and of feeling ("angry", "upset") are no verdict on the person; a negated copula is none either.
 */
final class PersonVerdict {

    private static final Set<String> COPULAS = Set.of("is", "are", "was", "were", "seems", "seem", "seemed", "looks",
            "look", "looked", "sounds", "sounded", "remains", "remain", "becomes", "became", "being", "been");
    private static final Set<String> WITH_COPULA = Set.of("he's", "she's", "they're", "you're", "he’s", "she’s",
            "they’re", "you’re", "you", "youre");
    private static final Set<String> LINKS = Set.of("a", "an", "so", "very", "utterly", "completely", "totally",
            "just", "such", "really", "truly", "absolutely", "frankly", "quite", "too", "simply", "clearly", "the",
            "most", "utter", "complete", "total", "bit", "of", "little", "rather", "pretty", "incredibly",
            "hopelessly", "thoroughly", "spectacularly", "entirely", "also", "always", "still", "now", "getting",
            "becoming", "nothing", "more", "than", "both", "and", "obviously", "plainly", "downright", "genuinely",
            "honestly", "all", "proper", "absolute", "right", "massive");
    /** Names and the words between a title and a name ("the member for Westgate", "Cllr Ann Reeves"). */
    private static final Set<String> NAME_LINKS = Set.of("for", "of", "and");
    /** Disagreement and feeling: said of a person, no belittling. */
    private static final Set<String> NOT_A_VERDICT = Set.of("wrong", "unfair", "unacceptable", "disappointing",
            "misguided", "mistaken", "opposed", "against", "critical", "sceptical", "skeptical", "angry", "furious",
            "upset", "sad", "unhappy", "livid", "cross", "anxious", "nervous", "gutted", "heartbroken", "sorry",
            "outraged", "appalled", "horrified", "shocked", "saddened", "dismayed", "worried", "concerned", "absent",
            "unavailable", "unable", "late", "away", "missing", "wrongly", "bad", "sick", "ill", "unwell", "tired",
            "exhausted", "busy", "stressed", "overwhelmed", "underpaid", "overworked", "understaffed", "lost", "lose",
            "losing", "fight", "fighting", "battle", "battling", "campaign", "campaigning", "protest", "protesting",
            "challenge", "challenging", "difficult", "hard", "tough", "problem", "problems", "issue", "issues",
            "risk", "danger", "dangerous", "emergency", "crisis", "fire", "accident", "war", "fear", "pain", "cancer",
            "grief", "death", "loss", "harm", "damage", "debt", "crime", "offence", "offences", "complaint",
            "complaints", "concern", "concerns", "alone", "isolated", "victim", "victims");
    private static final int MAX_NAME_WORDS = 3;
    private static final int MAX_LINKS = 4;

    private PersonVerdict() {
    }

    /**
     * The first negative verdict on a person, as a {@link Element#BELITTLE} part over the attribute, or {@code null}.
     *
     * @param c the composition
     * @return the part, labelled with the attribute
     */
    static Part find(Composition c) {
        for (Element e : new Element[] {Element.COUNCILLOR, Element.STAFF, Element.PERSON_REF}) {
            for (Part who : c.parts(e)) {
                Part p = after(c, who);
                if (p != null) {
                    return p;
                }
            }
        }
        return null;
    }

    private static Part after(Composition c, Part who) {
        NormalisedText nt = c.normalised();
        String text = nt.text();
        int end = c.sentenceSpan(who.sentence()).end();
        int i = who.end();
        String whoWords = c.words(who).toLowerCase(java.util.Locale.ROOT);
        boolean copula = false;
        for (String w : WITH_COPULA) {
            copula |= whoWords.equals(w) || whoWords.endsWith(" " + w);
        }
        int names = 0;
        int links = 0;
        while (i < end) {
            while (i < end && !wordChar(text.charAt(i))) {
                if (".!?;:,".indexOf(text.charAt(i)) >= 0 && !copula) {
                    return null; // "Cllr Reeves, who ..." or a list: not the simple "X is Y"
                }
                i++;
            }
            int from = i;
            while (i < end && wordChar(text.charAt(i))) {
                i++;
            }
            if (i == from) {
                return null;
            }
            String w = text.substring(from, i);
            if (!copula) {
                if (COPULAS.contains(w)) {
                    copula = true;
                } else if (names < MAX_NAME_WORDS && (NAME_LINKS.contains(w) || capital(nt, from))) {
                    names++;
                } else {
                    return null;
                }
                continue;
            }
            if (w.equals("not") || w.equals("never") || w.endsWith("n't") || w.endsWith("n’t")) {
                return null;
            }
            if (NegativeAttributes.attribute(w) && !NOT_A_VERDICT.contains(w)) {
                return new Part(Element.BELITTLE, from, i, w, who.sentence());
            }
            if (!LINKS.contains(w) || ++links > MAX_LINKS) {
                return null;
            }
        }
        return null;
    }

    private static boolean capital(NormalisedText nt, int pos) {
        int o = nt.originalIndex(pos);
        return o < nt.original().length() && Character.isUpperCase(nt.original().charAt(o));
    }

    private static boolean wordChar(char ch) {
        return Character.isLetterOrDigit(ch) || ch == '\'' || ch == '\u2019' || ch == '-';
    }
}
