package org.councilpolicy.content.messages;

/**
 * The next word of a normalised text, for the classes that read a few words after a cue ({@link AskedForAService},
 * {@link Wanting}): one definition of a word (letters, digits and an apostrophe, straight or typographic, read as
 * straight), so that "I’d like" and "I'd like" read alike wherever they are read.
 */
final class NextWord {

    private NextWord() {
    }

    /** The first index at or after {@code from} that is not a space. */
    static int skip(String s, int from) {
        int i = from;
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /** The word after any spaces at {@code from}, with a typographic apostrophe read as "'", or null if none. */
    static String after(String s, int from) {
        int i = skip(s, from);
        int end = i;
        while (end < s.length() && wordChar(s.charAt(end))) {
            end++;
        }
        return end > i ? s.substring(i, end).replace('\u2019', '\'') : null;
    }

    static boolean wordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '\'' || c == '\u2019';
    }
}
