package org.councilpolicy.content.judgement;

/**
 * One element found in a draft.
 *
 * @param element  what it is
 * @param start    start in the normalised text, inclusive
 * @param end      end in the normalised text, exclusive
 * @param label    what a finding calls it ("Keir Starmer, Prime Minister (Labour, from July 2024)", "blames")
 * @param sentence the 0-based index of its sentence
 */
public record Part(Element element, int start, int end, String label, int sentence) {

    /**
     * The characters between this part and another (0 when they overlap).
     *
     * @param other another part
     * @return the gap in normalised characters
     */
    public int gap(Part other) {
        return Math.max(0, Math.max(start, other.start) - Math.min(end, other.end));
    }

    /**
     * Whether the two parts share characters.
     *
     * @param other another part
     * @return whether they overlap
     */
    public boolean overlaps(Part other) {
        return start < other.end && other.start < end;
    }
}
