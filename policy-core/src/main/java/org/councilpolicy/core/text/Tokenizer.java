package org.councilpolicy.core.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Splits text into words. Stateless; all methods are thread-safe. */
public final class Tokenizer {

    /** Letters and digits of ASCII. */
    private static final boolean[] ASCII_WORD = new boolean[0x80];

    static {
        for (int c = 0; c < 0x80; c++) {
            ASCII_WORD[c] = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        }
    }

    private Tokenizer() {
    }

    /**
     * The words of {@code s}: maximal runs of word characters ({@link #isWordChar(int)}), where an apostrophe
     * ({@code '} or {@code ’}) or hyphen ({@code -}, U+2010, U+2011) with a word character on both sides is part
     * of the word, so {@code don't} and {@code Stoke-on-Trent} are single tokens.
     *
     * @param s the text
     * @return the words of {@code s}: maximal runs of word characters ({@link #isWordChar(int)}), where an apostrophe ({@code '} or {@code ’}) or hyphen ({@code -}, U+2010, U+2011) with a word character on both sides is part of the word, so {@code don't} and {@code Stoke-on-Trent} are single tokens
     */
    public static List<Token> words(CharSequence s) {
        Objects.requireNonNull(s, "s");
        String str = s.toString(); // read as a String: its charAt is cheaper than the interface's, and substring
        List<Token> out = new ArrayList<>();
        int n = str.length();
        int i = 0;
        while (i < n) {
            int cp = codePointAt(str, i);
            if (!isWordChar(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            i += Character.charCount(cp);
            while (i < n) {
                int c = codePointAt(str, i);
                if (isWordChar(c)) {
                    i += Character.charCount(c);
                } else if (isJoiner(c) && i + 1 < n && isWordChar(codePointAt(str, i + 1))) {
                    i += 1;
                } else {
                    break;
                }
            }
            out.add(new Token(start, i, str.substring(start, i)));
        }
        return out;
    }

    /** {@link Character#codePointAt(CharSequence, int)}, without the surrogate test for a char below them. */
    private static int codePointAt(String s, int i) {
        char c = s.charAt(i);
        return c < Character.MIN_SURROGATE ? c : s.codePointAt(i);
    }

    /**
     * Whether {@code codePoint} is a letter, a digit or a combining mark (part of the preceding letter).
     *
     * @param codePoint a Unicode code point
     * @return whether {@code codePoint} is a letter, a digit or a combining mark (part of the preceding letter)
     */
    public static boolean isWordChar(int codePoint) {
        if (codePoint < 0x80 && codePoint >= 0) {
            // the same answer for ASCII, without a Unicode table look-up (this runs for every char of a draft)
            return ASCII_WORD[codePoint];
        }
        return Character.isLetterOrDigit(codePoint) || CharTables.isCombiningMark(codePoint);
    }

    /**
     * Whether {@code index} is a word boundary in {@code s}: true at {@code 0} and at {@code s.length()},
     * and between a word character and a non-word character. An index inside a surrogate pair is never a
     * boundary.
     *
     * @param index an offset into {@code s}
     * @param s the text
     * @return whether {@code index} is a word boundary in {@code s}: true at {@code 0} and at {@code s.length()}, and between a word character and a non-word character
     * @throws IndexOutOfBoundsException unless {@code 0 <= index <= s.length()}
     */
    public static boolean isWordBoundary(CharSequence s, int index) {
        Objects.requireNonNull(s, "s");
        Objects.checkIndex(index, s.length() + 1);
        if (index == 0 || index == s.length()) {
            return true;
        }
        if (Character.isHighSurrogate(s.charAt(index - 1)) && Character.isLowSurrogate(s.charAt(index))) {
            return false;
        }
        return isWordChar(Character.codePointBefore(s, index)) != isWordChar(Character.codePointAt(s, index));
    }

    /** Whether the code points either side of {@code index} are both word characters (so a match may not end there). */
    static boolean insideWord(CharSequence s, int index) {
        if (index == 0 || index >= s.length()) {
            return false;
        }
        return isWordChar(Character.codePointBefore(s, index)) && isWordChar(Character.codePointAt(s, index));
    }

    private static boolean isJoiner(int cp) {
        return cp == '\'' || cp == '\u2019' || cp == '-' || cp == '\u2010' || cp == '\u2011';
    }
}
