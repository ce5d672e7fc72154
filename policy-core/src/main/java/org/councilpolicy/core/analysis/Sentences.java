package org.councilpolicy.core.analysis;

import java.util.Arrays;
import org.councilpolicy.core.rule.Span;

/**
 * Where a text's sentences and clauses start: the one definition every rule family uses. A <em>sentence</em>
 * ends at a line break, or at {@code .}, {@code !} or {@code ?} not followed by a letter or digit (so
 * {@code d.m}, {@code 3.5} and {@code gov.uk} do not end one). A <em>clause</em> also ends at {@code ;}, {@code |} or a
 * bullet (not at a colon, which introduces what belongs to it). Offsets are of the text given; immutable;
 * built in linear time.
 */
public final class Sentences {

    private final int length;
    private final int[] sentenceStarts;
    private final int[] clauseStarts;

    private Sentences(int length, int[] sentenceStarts, int[] clauseStarts) {
        this.length = length;
        this.sentenceStarts = sentenceStarts;
        this.clauseStarts = clauseStarts;
    }

    /**
     * The sentences of {@code text}.
     *
     * @param text the text
     * @return its sentences
     */
    public static Sentences of(CharSequence text) {
        int n = text.length();
        int[] sentences = new int[8];
        int[] clauses = new int[8];
        int s = 1;
        int c = 1;
        for (int i = 0; i < n; i++) {
            char ch = text.charAt(i);
            if (ch >= 'A' && ch <= 'z' || ch == ' ') {
                continue; // most chars: letters and spaces end nothing (every char that does lies outside A..z)
            }
            boolean sentenceEnd = isLineBreak(ch)
                    || (isStop(ch) && (i + 1 >= n || !Character.isLetterOrDigit(text.charAt(i + 1))));
            boolean clauseEnd = sentenceEnd || ch == ';' || ch == '|' || ch == '\u2022';
            if (sentenceEnd && i + 1 < n) {
                if (s == sentences.length) {
                    sentences = Arrays.copyOf(sentences, s * 2);
                }
                sentences[s++] = i + 1;
            }
            if (clauseEnd && i + 1 < n) {
                if (c == clauses.length) {
                    clauses = Arrays.copyOf(clauses, c * 2);
                }
                clauses[c++] = i + 1;
            }
        }
        return new Sentences(n, Arrays.copyOf(sentences, s), Arrays.copyOf(clauses, c));
    }

    /**
     * Whether {@code c} ends a sentence when no letter or digit follows it.
     *
     * @param c a character
     * @return whether it is {@code .}, {@code !} or {@code ?}
     */
    public static boolean isStop(char c) {
        return c == '.' || c == '!' || c == '?';
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029';
    }

    /** {@return how many sentences (at least one, even for an empty text)} */
    public int count() {
        return sentenceStarts.length;
    }

    /**
     * The 0-based sentence an offset is in.
     *
     * @param offset an offset of the text, {@code 0 <= offset <= length}
     * @return its sentence
     */
    public int sentenceAt(int offset) {
        return indexAt(sentenceStarts, offset);
    }

    /**
     * The 0-based clause an offset is in (clauses are numbered through the whole text).
     *
     * @param offset an offset of the text
     * @return its clause
     */
    public int clauseAt(int offset) {
        return indexAt(clauseStarts, offset);
    }

    /**
     * The span of sentence {@code index}, from its first character to the start of the next.
     *
     * @param index 0-based
     * @return its span
     */
    public Span sentence(int index) {
        int end = index + 1 < sentenceStarts.length ? sentenceStarts[index + 1] : length;
        return new Span(sentenceStarts[index], end);
    }

    /**
     * Whether two offsets are in the same sentence.
     *
     * @param a an offset
     * @param b another
     * @return whether no sentence ends between them
     */
    public boolean sameSentence(int a, int b) {
        return sentenceAt(a) == sentenceAt(b);
    }

    private int indexAt(int[] starts, int offset) {
        if (offset < 0 || offset > length) {
            throw new IndexOutOfBoundsException("offset " + offset + " outside 0.." + length);
        }
        int i = Arrays.binarySearch(starts, offset);
        return i >= 0 ? i : -i - 2;
    }

    @Override
    public String toString() {
        return "Sentences[" + sentenceStarts.length + "]";
    }
}
