package org.councilpolicy.core.text;

/**
 * What a {@link Lexicon} scans: a normalised text with whitespace runs collapsed to one ' ', plus each symbol's
 * normalised offset. Depends only on the text, so it is computed once per {@link NormalisedText} and shared by
 * every lexicon that scans it. Immutable (final fields; the arrays are never written after construction).
 */
final class LexiconSymbols {

    final char[] chars;
    final int[] pos;
    final int count;

    private LexiconSymbols(char[] chars, int[] pos, int count) {
        this.chars = chars;
        this.pos = pos;
        this.count = count;
    }

    static LexiconSymbols of(String s) {
        // Compacted in place (a symbol is never written ahead of the char it comes from): one copy of the text,
        // read as a plain array, not char by char through String.charAt.
        char[] chars = s.toCharArray();
        int n = chars.length;
        int[] pos = new int[n];
        int count = 0;
        boolean inSpace = false;
        for (int i = 0; i < n; i++) {
            char c = chars[i];
            if (isSpace(c)) {
                if (!inSpace) {
                    chars[count] = ' ';
                    pos[count++] = i;
                    inSpace = true;
                }
            } else {
                chars[count] = c;
                pos[count++] = i;
                inSpace = false;
            }
        }
        return new LexiconSymbols(chars, pos, count);
    }

    /** The normalised, whitespace-collapsed, trimmed form of a phrase that the automaton matches. */
    static String matchKey(String phrase, NormalisationOptions options) {
        String normalised = NormalisedText.of(phrase, options).text();
        StringBuilder sb = new StringBuilder(normalised.length());
        boolean pendingSpace = false;
        for (int i = 0; i < normalised.length(); i++) {
            char c = normalised.charAt(i);
            if (isSpace(c)) {
                pendingSpace = sb.length() > 0;
            } else {
                if (pendingSpace) {
                    sb.append(' ');
                    pendingSpace = false;
                }
                sb.append(c);
            }
        }
        if (sb.length() == 0) {
            throw new IllegalArgumentException("phrase is empty after normalisation: \"" + phrase + "\"");
        }
        return sb.toString();
    }

    static boolean isSpace(char c) {
        if (c < 0x80) {
            return c == ' ' || c >= '\t' && c <= '\r' || c >= 0x1C && c <= 0x1F; // the same, without a table look-up
        }
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
