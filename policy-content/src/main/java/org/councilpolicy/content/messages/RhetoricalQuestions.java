package org.councilpolicy.content.messages;

import java.util.List;
import org.councilpolicy.core.text.LexiconMatch;

/**
 * A complaint's questions that ask for nothing recorded (issue 14, round 10): every question in the message opens with
 * a reproach of the council's conduct ("Does anyone even read the reports?", "Do you actually open your emails?", "How
 * many more calls will it take?"). The question asks whether the council bothered, not for a document or a figure it
 * holds, so the message is a complaint and not also a request, whatever record noun the reproach names (IN-6).
 *
 * <p>Who speaks: a resident; about whom: the council's handling of their own contact; doing what: reproaching. Not
 * "is there even a contract for this?", which asks whether a record exists, nor "does anyone know how many ...",
 * which asks a figure of the others reading.
 */
final class RhetoricalQuestions {

    /** How far back from a question mark its sentence's opening is looked for: keeps the look linear. */
    private static final int SENTENCE_LOOK = 200;

    private RhetoricalQuestions() {
    }

    /**
     * Whether the text holds a question and every question opens with a reproach.
     *
     * @param s            the normalised text
     * @param contentStart where the content starts after greetings and handles
     * @param matches      the cue matches, in text order
     */
    static boolean allReproach(String s, int contentStart, List<LexiconMatch<Cue>> matches) {
        int questions = 0;
        int m = 0;
        for (int q = s.indexOf('?'); q >= 0; q = s.indexOf('?', q + 1)) {
            if (q > 0 && s.charAt(q - 1) == '?') {
                continue; // "??" ends one question
            }
            questions++;
            int start = sentenceStart(s, q, contentStart);
            while (m < matches.size() && matches.get(m).start() < start) {
                m++;
            }
            boolean reproach = false;
            for (int k = m; k < matches.size() && matches.get(k).start() == start; k++) {
                reproach |= opensReproach(matches.get(k));
            }
            if (!reproach) {
                return false;
            }
        }
        return questions > 0;
    }

    private static boolean opensReproach(LexiconMatch<Cue> m) {
        CueKind k = m.payload().kind();
        String p = m.phrase();
        return (k == CueKind.JIBE || k == CueKind.DISSATISFACTION) && !p.startsWith("is there")
                && !p.endsWith("know") && p.indexOf(' ') > 0;
    }

    /** Where the sentence ending at {@code q} starts: after the previous stop, or at the content's start. */
    private static int sentenceStart(String s, int q, int contentStart) {
        int i = q;
        int stop = Math.max(0, q - SENTENCE_LOOK);
        while (i > stop && ".?!\n".indexOf(s.charAt(i - 1)) < 0) {
            i--;
        }
        if (i <= contentStart) {
            return contentStart;
        }
        while (i < q && !Character.isLetterOrDigit(s.charAt(i))) {
            i++;
        }
        return i;
    }
}
