package org.councilpolicy.content.judgement;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Round 10, conduct: belittling by likeness, judged from the comparison's form rather than its wording. A person
 * likened to what belittles them ("like watching toddlers do sums", "as much use as a chocolate teapot", "more
 * organised than a circus"): a comparison ("like", "as ... as", "than") right before a {@link Element#COMPARAND};
 * and the sarcastic proportion "if they spent half as much time X as they do Y". Either counts only with a person
 * in view (a councillor, staff, residents, a pointed pronoun, a name), which {@link DisrespectRule} checks.
 */
final class Likening {

    /** Words before "like" that make it the verb ("we'd like children to..."), not a comparison. */
    private static final Set<String> LIKE_AS_VERB = Set.of("i", "we", "you", "they", "would", "i'd", "we'd",
            "you'd", "they'd", "i’d", "we’d", "you’d", "they’d", "also", "really", "kids", "children", "who", "will",
            "might", "don't", "don’t", "didn't", "didn’t", "to", "people", "residents", "families");
    /** "If you spent half as much time volunteering as you do moaning". */
    private static final Pattern HALF_AS_MUCH = Pattern.compile(
            "\\bhalf as much (?:time|effort|energy|attention)\\b[^.!?]{0,80}?\\bas (?:they|you|he|she|we) (?:do|did|does)\\b");

    private Likening() {
    }

    /**
     * The first belittling likeness in the draft, as a part of the comparand (or of the proportion), or
     * {@code null}.
     *
     * @param c the composition
     * @return the part
     */
    static Part find(Composition c) {
        for (Part comparand : c.parts(Element.COMPARAND)) {
            if (compared(c, comparand)) {
                return comparand;
            }
        }
        String text = c.normalised().text();
        if (text.contains("half as much")) {
            Matcher m = HALF_AS_MUCH.matcher(text);
            if (m.find()) {
                return new Part(Element.COMPARAND, m.start(), m.end(), "half as much time", c.sentenceAt(m.start()));
            }
        }
        return null;
    }

    /** Whether a comparison stands among the three words before the comparand. */
    private static boolean compared(Composition c, Part comparand) {
        List<String> before = Composition.wordsOf(c.wordsBefore(comparand, 5));
        int n = before.size();
        for (int i = Math.max(0, n - 3); i < n; i++) {
            String w = before.get(i);
            if (w.equals("like") && (i == 0 || !LIKE_AS_VERB.contains(before.get(i - 1)))) {
                return true;
            }
            if (w.equals("than")) {
                return true;
            }
        }
        // "as much use as a chocolate teapot": the second "as" right before, the first a few words back
        if (n >= 3 && before.get(n - 1).equals("as") && !before.get(n - 2).equals("well")) {
            for (int i = Math.max(0, n - 5); i < n - 2; i++) {
                if (before.get(i).equals("as") && (i == 0 || !before.get(i - 1).equals("such"))) {
                    return true;
                }
            }
        }
        return false;
    }
}
