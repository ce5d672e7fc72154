package org.councilpolicy.content.requiredcontent;

import java.util.List;
import java.util.Objects;

/**
 * Counts a text the way the platforms count it, for {@link PlatformLimitRule} and for callers that show a
 * character counter.
 *
 * <p>X's count follows twitter-text v3: every link counts 23 (it becomes a {@code t.co} link), code points in
 * U+0000–U+10FF, U+2000–U+200D, U+2010–U+201F and U+2032–U+2037 (Latin and most European scripts, general
 * punctuation) count 1, everything else (CJK, most symbols) counts 2, and an emoji sequence (with skin tones,
 * variation selectors, keycaps, flags, ZWJ joins) counts 2 as a whole. Linear time.
 */
public final class PlatformCounting {

    /** The length X gives every link. */
    public static final int X_URL_LENGTH = 23;

    private PlatformCounting() {
    }

    /**
     * The weighted length of {@code text} on X, in characters (the 280 limit applies to this).
     *
     * @param text the text
     * @return the weighted length
     */
    public static int xWeightedLength(String text) {
        Objects.requireNonNull(text, "text");
        return xOverflow(text, Links.find(text), Integer.MAX_VALUE).length();
    }

    /**
     * The number of Unicode code points in {@code text}.
     *
     * @param text the text
     * @return the number of code points
     */
    public static int codePoints(String text) {
        Objects.requireNonNull(text, "text");
        return text.codePointCount(0, text.length());
    }

    /**
     * A count and where it first went over a limit.
     *
     * @param length   the count
     * @param overflow UTF-16 offset of the first character beyond the limit, or -1 if within it
     */
    record Count(int length, int overflow) {
    }

    /** X's weighted count of {@code text} (links given), and the offset where it first exceeds {@code limit}. */
    static Count xOverflow(String text, List<Links.Link> links, int limit) {
        long weight = 0; // in hundredths of a character, like twitter-text's scale
        long max = limit == Integer.MAX_VALUE ? Long.MAX_VALUE : limit * 100L;
        int overflow = -1;
        int linkIndex = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            int start = i;
            if (linkIndex < links.size() && links.get(linkIndex).start() == i) {
                weight += X_URL_LENGTH * 100L;
                i = links.get(linkIndex).end();
                linkIndex++;
            } else {
                int cp = text.codePointAt(i);
                int emojiEnd = emojiEnd(text, i);
                if (emojiEnd > i) {
                    weight += 200;
                    i = emojiEnd;
                } else {
                    weight += isLight(cp) ? 100 : 200;
                    i += Character.charCount(cp);
                }
            }
            if (overflow < 0 && weight > max) {
                overflow = start;
            }
        }
        return new Count((int) (weight / 100), overflow);
    }

    /** Code-point count and where it first exceeds {@code limit}. */
    static Count codePointOverflow(String text, int limit) {
        int count = 0;
        int overflow = -1;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            count++;
            if (overflow < 0 && count > limit) {
                overflow = i;
            }
            i += Character.charCount(cp);
        }
        return new Count(count, overflow);
    }

    private static boolean isLight(int cp) {
        return cp <= 4351 || (cp >= 8192 && cp <= 8205) || (cp >= 8208 && cp <= 8223) || (cp >= 8242 && cp <= 8247);
    }

    /** If an emoji sequence starts at {@code i}, the offset just past it; otherwise {@code i}. */
    static int emojiEnd(String text, int i) {
        int n = text.length();
        int cp = text.codePointAt(i);
        int j = i + Character.charCount(cp);
        if ((cp >= '0' && cp <= '9') || cp == '#' || cp == '*') {
            // keycap: digit, optional VS16, U+20E3
            int k = j;
            if (k < n && text.charAt(k) == '\uFE0F') {
                k++;
            }
            return k < n && text.charAt(k) == '\u20E3' ? k + 1 : i;
        }
        if (!isEmojiBase(cp)) {
            return i;
        }
        if (isRegionalIndicator(cp)) {
            if (j < n && isRegionalIndicator(text.codePointAt(j))) {
                return j + 2;
            }
            return j;
        }
        while (j < n) {
            int c = text.codePointAt(j);
            if (c == 0xFE0F || c == 0xFE0E || c == 0x20E3 || (c >= 0x1F3FB && c <= 0x1F3FF) || (c >= 0xE0020 && c <= 0xE007F)) {
                j += Character.charCount(c);
            } else if (c == 0x200D && j + 1 < n && isEmojiBase(text.codePointAt(j + 1))) {
                j += 1 + Character.charCount(text.codePointAt(j + 1));
            } else {
                break;
            }
        }
        return j;
    }

    private static boolean isRegionalIndicator(int cp) {
        return cp >= 0x1F1E6 && cp <= 0x1F1FF;
    }

    private static boolean isEmojiBase(int cp) {
        return (cp >= 0x1F000 && cp <= 0x1FAFF) || (cp >= 0x2600 && cp <= 0x27BF) || (cp >= 0x2300 && cp <= 0x23FF)
                || (cp >= 0x2B00 && cp <= 0x2BFF);
    }
}
