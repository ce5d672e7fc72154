package org.councilpolicy.content.offence;

import java.util.Arrays;

/**
 * The growable parallel arrays an {@link EvasionView} is built in: chars, their ranges, runs and piece starts; and,
 * for a plain view, a log of its tokens from which the joined view is replayed without walking the text again.
 */
final class SkeletonBuilder {
    /** The skeleton's characters (a plain array: no bounds or coder checks per character). */
    char[] chars;
    int[] starts;
    int[] ends;
    int[] runs;
    boolean[] piece;
    int size;
    boolean pendingPiece;
    boolean mergedPiece;
    /** Per logged token, {@link #TOKEN} ints: where the token before it ended, its start, its units' range, join. */
    int[] tokens;
    int tokenCount;
    /** Whether a logged token joins the one before it. */
    boolean anyJoin;

    /** Ints per logged token. */
    static final int TOKEN = 5;

    SkeletonBuilder(int cap) {
        chars = new char[cap];
        starts = new int[cap];
        ends = new int[cap];
        runs = new int[cap];
        piece = new boolean[cap + 1];
    }

    void markPiece() {
        pendingPiece = true;
    }

    void space(int from, int to) {
        add(' ', from, to);
    }

    void unit(char c, int from, int to) {
        if (size > 0 && chars[size - 1] == c && Character.isLetter(c)) {
            mergedPiece |= pendingPiece;
            pendingPiece = false;
            runs[size - 1]++;
            ends[size - 1] = to;
            return;
        }
        boolean p = pendingPiece;
        pendingPiece = false;
        add(c, from, to);
        if (p) {
            piece[size - 1] = true;
        }
    }

    /**
     * A unit of a plain view replayed: as {@link #unit} called {@code run} times for the same char, the last ending
     * at {@code to} (a plain view merges repeats only inside a token, so its units replay the raw chars exactly).
     */
    void unitRun(char c, int from, int to, int run) {
        if (size > 0 && chars[size - 1] == c && Character.isLetter(c)) {
            mergedPiece |= pendingPiece;
            pendingPiece = false;
            runs[size - 1] += run;
            ends[size - 1] = to;
            return;
        }
        boolean p = pendingPiece;
        pendingPiece = false;
        add(c, from, to);
        runs[size - 1] = run;
        if (p) {
            piece[size - 1] = true;
        }
    }

    /** Logs a token whose units are {@code [unitFrom, size)}. */
    void logToken(int prevEnd, int start, int unitFrom, boolean join) {
        if (tokens == null) {
            tokens = new int[TOKEN * 16];
        } else if ((tokenCount + 1) * TOKEN > tokens.length) {
            tokens = Arrays.copyOf(tokens, tokens.length * 2);
        }
        int at = tokenCount++ * TOKEN;
        tokens[at] = prevEnd;
        tokens[at + 1] = start;
        tokens[at + 2] = unitFrom;
        tokens[at + 3] = size;
        tokens[at + 4] = join ? 1 : 0;
        anyJoin |= join;
    }

    private void add(char c, int from, int to) {
        if (size + 1 >= starts.length) {
            int cap = starts.length * 2 + 2;
            starts = Arrays.copyOf(starts, cap);
            ends = Arrays.copyOf(ends, cap);
            runs = Arrays.copyOf(runs, cap);
            piece = Arrays.copyOf(piece, cap + 1);
            chars = Arrays.copyOf(chars, cap);
        }
        chars[size] = c;
        starts[size] = from;
        ends[size] = to;
        runs[size] = 1;
        size++;
    }
}
