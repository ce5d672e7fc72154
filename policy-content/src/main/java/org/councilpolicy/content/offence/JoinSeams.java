package org.councilpolicy.content.offence;

import java.util.List;
import org.councilpolicy.core.text.NormalisationOptions;
import org.councilpolicy.core.text.NormalisedText;

/**
 * Which term skeletons could match across a join of the joined {@link EvasionView}, from the letters either side.
 * A match that covers no join is also a match of the plain view, with the same chars, runs and span (the plain
 * view has a space where the joined one has a piece start), so the profanity matcher scans the joined view only
 * when some join could lie inside a match: the chars either side of it are not both a-z, a run was merged across
 * it, or a term (as the lexicon reads it: normalised, spaces collapsed) has those two letters side by side with
 * the char before or after it in the view, or is those two letters.
 */
final class JoinSeams {

    /** a-z are 0-25, a space is 26. */
    private static final int SYMBOLS = 27;

    private final boolean[] triples = new boolean[SYMBOLS * SYMBOLS * SYMBOLS];
    private final boolean[] pairTerms = new boolean[SYMBOLS * SYMBOLS];

    JoinSeams(List<String> skeletons) {
        for (String skeleton : skeletons) {
            String s = symbols(NormalisedText.of(skeleton, NormalisationOptions.MINIMAL).text());
            if (s.length() == 2 && code(s.charAt(0)) >= 0 && code(s.charAt(1)) >= 0) {
                pairTerms[SYMBOLS * code(s.charAt(0)) + code(s.charAt(1))] = true;
            }
            for (int i = 2; i < s.length(); i++) {
                int a = code(s.charAt(i - 2));
                int b = code(s.charAt(i - 1));
                int c = code(s.charAt(i));
                if (a >= 0 && b >= 0 && c >= 0) {
                    triples[(a * SYMBOLS + b) * SYMBOLS + c] = true;
                }
            }
        }
    }

    /** {@return whether a term of the lexicon could match across a join of {@code view}} */
    boolean mayMatchAcross(EvasionView view) {
        if (view.mergedAcrossPiece()) {
            return true;
        }
        String s = view.skeleton;
        if (view.pieceStart[0]) {
            return true;
        }
        for (int j = 1; j < s.length(); j++) {
            if (view.pieceStart[j] && mayCross(s, j)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a match could cover chars {@code j - 1} and {@code j} of skeleton {@code s}. */
    private boolean mayCross(String s, int j) {
        int a = code(s.charAt(j - 1));
        int b = code(s.charAt(j));
        if (a < 0 || b < 0 || a == 26 || b == 26) {
            return true;
        }
        if (pairTerms[SYMBOLS * a + b]) {
            return true;
        }
        if (j >= 2) {
            int before = code(s.charAt(j - 2));
            if (before < 0 || triples[(before * SYMBOLS + a) * SYMBOLS + b]) {
                return true;
            }
        }
        if (j + 1 < s.length()) {
            int after = code(s.charAt(j + 1));
            return after < 0 || triples[(a * SYMBOLS + b) * SYMBOLS + after];
        }
        return false;
    }

    /** a-z → 0-25, space → 26, anything else → -1. */
    private static int code(char c) {
        if (c >= 'a' && c <= 'z') {
            return c - 'a';
        }
        return c == ' ' ? 26 : -1;
    }

    /** The text as a lexicon scans it: each whitespace run one space. */
    private static String symbols(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean inSpace = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean space = Character.isWhitespace(c) || Character.isSpaceChar(c);
            if (!space || !inSpace) {
                sb.append(space ? ' ' : c);
            }
            inSpace = space;
        }
        return sb.toString();
    }
}
