package org.councilpolicy.content.neutrality;

import java.util.List;
import java.util.Locale;

/**
 * The short form of a council's name ("South Hams" of "South Hams District Council"), found by scanning words
 * rather than by a regular expression: the name comes from the profile, and a backtracking pattern over it was
 * super-linear (a name of 80,000 spaces took minutes).
 */
final class CouncilNameParts {

    private static final List<String> KINDS = List.of("city", "county", "district", "borough", "metropolitan");

    private CouncilNameParts() {
    }

    /**
     * The name up to the word "council" (and a kind word such as "district" before it) or the words "fire and
     * rescue service", whichever comes first, without surrounding space.
     *
     * @param name a council's full name
     * @return the short form, possibly the whole name
     */
    static String shortName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        int cut = Math.min(wordAt(lower, "council"), wordAt(lower, "fire and rescue service"));
        if (cut == Integer.MAX_VALUE) {
            return name.strip();
        }
        int end = trimSpaceBefore(lower, cut);
        if (lower.startsWith("council", cut)) {
            for (String kind : KINDS) {
                int k = end - kind.length();
                if (k >= 0 && lower.startsWith(kind, k) && (k == 0 || !Character.isLetterOrDigit(lower.charAt(k - 1)))) {
                    end = trimSpaceBefore(lower, k);
                    break;
                }
            }
        }
        return name.substring(0, end).strip();
    }

    /** The first index where {@code word} stands as a whole word, or {@code Integer.MAX_VALUE}. */
    private static int wordAt(String text, String word) {
        for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
            boolean startOk = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
            int after = i + word.length();
            boolean endOk = after == text.length() || !Character.isLetterOrDigit(text.charAt(after));
            if (startOk && endOk) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }

    private static int trimSpaceBefore(String text, int end) {
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }
}
