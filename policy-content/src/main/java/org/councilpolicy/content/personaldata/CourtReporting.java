package org.councilpolicy.content.personaldata;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.councilpolicy.core.rule.Span;

/**
 * Open justice: a name in a report of criminal proceedings ("X, 29, was sentenced at...", "X, who appears at
 * Crown Court charged with fraud") is a defendant's, which courts publish and councils name in prosecution news.
 * Publishing it is not the private-name problem PD-1 guards against; commenting on the case is a matter for
 * contempt of court (conduct.case-comment), judged elsewhere. A name is read as a defendant's when its sentence or
 * the sentence before has a word of proceedings against a person. Built once per text, linear in its length.
 */
final class CourtReporting {

    /** Words that name proceedings against a person, not a court building ("Crown Court, Lowestoft" is a road). */
    private static final Set<String> PROCEEDINGS = Set.of("sentenced", "convicted", "pleaded", "pleading",
            "remanded", "prosecuted", "acquitted", "defendant", "jury", "bailed");
    /** Words that name proceedings only with the word after them ("charged with", "appears at"). */
    private static final Set<String> BEFORE_PREPOSITION = Set.of("charged", "appear", "appears", "appeared",
            "appearing", "guilty");
    private static final Set<String> PREPOSITIONS = Set.of("with", "over", "at", "before", "in", "to", "of");
    /**
     * Pairs of words that name proceedings (criminal proceedings are active from arrest or charge: Contempt of Court
     * Act 1981, Schedule 1), where either word alone is everyday ("a trial of new bins", "in court shoes").
     */
    private static final Set<String> PAIRS = Set.of("stand trial", "stands trial", "on trial", "awaiting trial",
            "face trial", "faces trial", "facing trial", "in court", "the dock", "facing charges", "faces charges",
            "been arrested", "was arrested", "were arrested", "accused of", "court case", "his trial", "her trial",
            "their trial", "the defence", "trial starts", "trial begins", "suspended sentence", "prison sentence",
            "custodial sentence", "jail sentence", "community order", "guilty plea", "not guilty", "the prosecution",
            "our prosecution", "the magistrates", "before magistrates", "faces magistrates");

    /** The start of each sentence, in order. */
    private final int[] starts;
    /** Whether each sentence speaks of proceedings against a person. */
    private final boolean[] proceedings;

    private CourtReporting(String text) {
        List<Integer> from = new ArrayList<>();
        List<Boolean> has = new ArrayList<>();
        int b = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || boundary(text, i)) {
                from.add(b);
                has.add(speaksOfProceedings(words(text.substring(b, Math.min(text.length(), i + 1)))));
                b = i + 1;
            }
        }
        starts = from.stream().mapToInt(Integer::intValue).toArray();
        proceedings = new boolean[has.size()];
        for (int i = 0; i < proceedings.length; i++) {
            proceedings[i] = has.get(i);
        }
    }

    /**
     * Reads a text's sentences once (linear in its length).
     *
     * @param text the draft's text
     * @return which of its sentences speak of proceedings
     */
    static CourtReporting of(String text) {
        return new CourtReporting(text);
    }

    /**
     * Whether the name at {@code span} stands in a report of criminal proceedings.
     *
     * @param span the name
     * @return whether its sentence, the one before or the one after speaks of proceedings against a person ("X did
     *         it. His trial starts on Monday.")
     */
    boolean defendant(Span span) {
        int k = java.util.Arrays.binarySearch(starts, span.start());
        int sentence = k >= 0 ? k : -k - 2;
        return sentence >= 0 && (proceedings[sentence] || sentence > 0 && proceedings[sentence - 1]
                || sentence + 1 < proceedings.length && proceedings[sentence + 1]);
    }

    private static boolean speaksOfProceedings(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            String next = i + 1 < words.size() ? words.get(i + 1) : "";
            if (PROCEEDINGS.contains(w) || BEFORE_PREPOSITION.contains(w) && PREPOSITIONS.contains(next)
                    || PAIRS.contains(w + " " + next)) {
                return true;
            }
        }
        return false;
    }

    /** A full stop, question or exclamation mark before a space, or a line break. */
    private static boolean boundary(String text, int i) {
        char c = text.charAt(i);
        return c == '\n' || (c == '.' || c == '!' || c == '?')
                && (i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1)));
    }

    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            while (i < s.length() && !Character.isLetter(s.charAt(i))) {
                i++;
            }
            int b = i;
            while (i < s.length() && Character.isLetter(s.charAt(i))) {
                i++;
            }
            if (i > b) {
                out.add(s.substring(b, i).toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }
}
