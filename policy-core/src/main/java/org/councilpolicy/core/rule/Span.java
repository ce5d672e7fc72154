package org.councilpolicy.core.rule;

/**
 * A half-open range {@code [start, end)} of UTF-16 offsets into the original text a finding is about.
 *
 * @param start first offset, inclusive
 * @param end   last offset, exclusive
 */
public record Span(int start, int end) implements Comparable<Span> {

    /**
     * Validates the components.
     *
     * @param start first offset, inclusive
     * @param end last offset, exclusive
     */
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("span must satisfy 0 <= start <= end, got [" + start + ", " + end + ")");
        }
    }

    /**
     * Returns the span's length in UTF-16 code units.
     *
     * @return the length
     */
    public int length() {
        return end - start;
    }

    /**
     * Whether this span shares at least one offset with {@code other}.
     *
     * @param other the other severity
     * @return whether this span shares at least one offset with {@code other}
     */
    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    /**
     * Whether {@code other} lies wholly inside this span.
     *
     * @param other the other severity
     * @return whether {@code other} lies wholly inside this span
     */
    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    /**
     * The characters of {@code text} this span covers.
     *
     * @param text the text
     * @return the characters of {@code text} this span covers
     */
    public String of(CharSequence text) {
        return text.subSequence(start, end).toString();
    }

    @Override
    public int compareTo(Span o) {
        return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
    }
}
