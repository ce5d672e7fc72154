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
        char[] chars = new char[s.length()];
        int[] pos = new int[s.length()];
        int count = 0;
        boolean inSpace = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Lexicon.isSpace(c)) {
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
}
