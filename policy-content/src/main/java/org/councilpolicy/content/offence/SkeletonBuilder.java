package org.councilpolicy.content.offence;

import java.util.Arrays;

/** The growable parallel arrays an {@link EvasionView} is built in: chars, their ranges, runs and piece starts. */
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
