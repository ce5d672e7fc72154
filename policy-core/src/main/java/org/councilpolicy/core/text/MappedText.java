package org.councilpolicy.core.text;

import java.util.Arrays;
import java.util.Objects;
import org.councilpolicy.core.rule.Span;

/**
 * A text derived from an original by {@link Transform}s, remembering for every character the range of the
 * original that produced it, so that anything found in the derived text is reported against the original.
 * Immutable. A text no transform changed shares the original's offsets (no arrays are kept).
 *
 * <p>Composition: a transform reads this text and writes characters, each with the range of <em>this</em>
 * text it came from; {@link Builder} translates those ranges into ranges of the original at once, so a chain
 * of transforms is one map, never a chain of maps.
 */
public final class MappedText {

    private final String original;
    private final String text;
    /** Original offset of the start of what produced each char; {@code null} when the map is the identity. */
    private final int[] starts;
    /** Original offset just past what produced each char; {@code null} when the map is the identity. */
    private final int[] ends;
    /** Whether the starts never decrease (false only where a right-to-left override was read backwards). */
    private final boolean monotone;

    private MappedText(String original, String text, int[] starts, int[] ends) {
        this.original = original;
        this.text = text;
        this.starts = starts;
        this.ends = ends;
        boolean m = true;
        if (starts != null) {
            for (int i = 1; i < starts.length && m; i++) {
                m = starts[i] >= starts[i - 1];
            }
        }
        this.monotone = m;
    }

    private MappedText(MappedText shared, String text) {
        this.original = shared.original;
        this.text = text;
        this.starts = shared.starts;
        this.ends = shared.ends;
        this.monotone = shared.monotone;
    }

    /**
     * The text itself, before any transform.
     *
     * @param original the text
     * @return a mapped text equal to {@code original} with the identity map
     */
    public static MappedText of(String original) {
        return new MappedText(Objects.requireNonNull(original, "original"), original, null, null);
    }

    /**
     * Applies {@code transform} to this text.
     *
     * @param transform the transform
     * @return the transformed text, mapped to the same original
     */
    public MappedText then(Transform transform) {
        return Objects.requireNonNull(transform, "transform").apply(this);
    }

    /**
     * This text with its characters replaced one for one (same length): the offsets are shared.
     *
     * @param replaced the new characters, as long as {@link #text()}
     * @return the new text, or this one when nothing changed
     */
    public MappedText replaceOneForOne(String replaced) {
        if (replaced.length() != text.length()) {
            throw new IllegalArgumentException("a one-for-one replacement must keep the length");
        }
        return replaced.equals(text) ? this : new MappedText(this, replaced);
    }

    /** {@return the original text} */
    public String original() {
        return original;
    }

    /** {@return the derived text} */
    public String text() {
        return text;
    }

    /** {@return the length of the derived text in UTF-16 code units} */
    public int length() {
        return text.length();
    }

    /** {@return whether every character maps to the same offset of the original} */
    public boolean isIdentity() {
        return starts == null;
    }

    /**
     * Where the character at {@code index} starts in the original; {@code length()} maps to the original's end.
     *
     * @param index an offset of the derived text, {@code 0 <= index <= length()}
     * @return the original offset
     */
    public int originalIndex(int index) {
        Objects.checkIndex(index, text.length() + 1);
        if (index == text.length()) {
            return original.length();
        }
        return starts == null ? index : starts[index];
    }

    /**
     * Where the character at {@code index} ends in the original.
     *
     * @param index an offset of the derived text, {@code 0 <= index < length()}
     * @return the original offset just past what produced it
     */
    public int originalEnd(int index) {
        Objects.checkIndex(index, text.length());
        return ends == null ? index + 1 : ends[index];
    }

    /**
     * The smallest original span covering what produced the derived range {@code [start, end)}; an empty range
     * maps to the empty span at {@link #originalIndex(int) originalIndex(start)}.
     *
     * @param start first offset, inclusive
     * @param end   last offset, exclusive
     * @return the original span
     */
    public Span toOriginal(int start, int end) {
        Objects.checkFromToIndex(start, end, text.length());
        if (start == end) {
            int at = originalIndex(start);
            return new Span(at, at);
        }
        if (starts == null) {
            return new Span(start, end);
        }
        if (monotone) {
            return new Span(starts[start], ends[end - 1]);
        }
        // A stretch read backwards (written with a right-to-left override): cover every source character.
        int s = Integer.MAX_VALUE;
        int e = 0;
        for (int i = start; i < end; i++) {
            s = Math.min(s, starts[i]);
            e = Math.max(e, ends[i]);
        }
        return new Span(s, e);
    }

    @Override
    public String toString() {
        // Content-free: texts may hold personal data.
        return "MappedText[originalLength=" + original.length() + ", length=" + text.length() + "]";
    }

    /**
     * Writes a new text from a source text, each character with the source range it came from.
     */
    public static final class Builder {
        private final MappedText source;
        private final StringBuilder chars;
        private int[] starts;
        private int[] ends;
        private int size;

        /**
         * A builder reading {@code source}.
         *
         * @param source the text being transformed
         */
        public Builder(MappedText source) {
            this.source = Objects.requireNonNull(source, "source");
            int cap = Math.max(16, source.length() + 8);
            chars = new StringBuilder(cap);
            starts = new int[cap];
            ends = new int[cap];
        }

        /**
         * Appends a code point produced by the source range {@code [from, to)}.
         *
         * @param cp   the code point
         * @param from first source offset, inclusive
         * @param to   last source offset, exclusive ({@code > from})
         * @return this builder
         */
        public Builder append(int cp, int from, int to) {
            if (Character.isBmpCodePoint(cp)) {
                add((char) cp, from, to);
            } else {
                add(Character.highSurrogate(cp), from, to);
                add(Character.lowSurrogate(cp), from, to);
            }
            return this;
        }

        /**
         * Appends every char of {@code s}, each produced by the source range {@code [from, to)}.
         *
         * @param s    the chars
         * @param from first source offset, inclusive
         * @param to   last source offset, exclusive
         * @return this builder
         */
        public Builder append(CharSequence s, int from, int to) {
            for (int k = 0; k < s.length(); k++) {
                add(s.charAt(k), from, to);
            }
            return this;
        }

        /**
         * Copies the source's chars {@code [from, to)} unchanged, each mapped to itself.
         *
         * @param from first source offset
         * @param to   last source offset
         * @return this builder
         */
        public Builder copy(int from, int to) {
            for (int k = from; k < to; k++) {
                add(source.text.charAt(k), k, k + 1);
            }
            return this;
        }

        private void add(char c, int from, int to) {
            if (size == starts.length) {
                starts = Arrays.copyOf(starts, size * 2);
                ends = Arrays.copyOf(ends, size * 2);
            }
            chars.append(c);
            starts[size] = source.starts == null ? from : source.starts[from];
            ends[size] = source.ends == null ? to : source.ends[to - 1];
            size++;
        }

        /** {@return the new text, mapped to the source's original} */
        public MappedText build() {
            return new MappedText(source.original, chars.toString(), Arrays.copyOf(starts, size),
                    Arrays.copyOf(ends, size));
        }
    }
}
