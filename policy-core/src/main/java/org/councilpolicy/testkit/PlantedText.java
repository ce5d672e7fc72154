package org.councilpolicy.testkit;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.councilpolicy.core.rule.PersonalDataKind;
import org.councilpolicy.core.text.Masking;

/**
 * A generated council draft and the personal data planted in it (none for a clean draft).
 *
 * <p>The values are fictional but shaped like real ones (checksums hold, numbers come from Ofcom's
 * drama ranges, addresses use reserved domains), so {@link #toString()} masks them like a finding's
 * excerpt: a failing property prints the draft's shape without its values. {@link #text()} gives
 * the text in full.
 *
 * @param text    the draft's text
 * @param planted what was planted, ordered by position; empty for a clean draft
 */
public record PlantedText(String text, List<Planted> planted) {

    /**
     * Validates that every planted span lies inside the text and that spans do not overlap.
     *
     * @param text    the draft's text
     * @param planted what was planted
     */
    public PlantedText {
        Objects.requireNonNull(text, "text");
        planted = Objects.requireNonNull(planted, "planted").stream()
                .sorted(Comparator.comparingInt(Planted::start)).toList();
        int previousEnd = 0;
        for (Planted p : planted) {
            if (p.end() > text.length()) {
                throw new IllegalArgumentException("planted " + p.kind() + " ends at " + p.end()
                        + ", past the text's length " + text.length());
            }
            if (p.start() < previousEnd) {
                throw new IllegalArgumentException("planted spans overlap at " + p.start());
            }
            previousEnd = p.end();
        }
    }

    /**
     * Whether nothing was planted.
     *
     * @return true for a clean draft
     */
    public boolean isClean() {
        return planted.isEmpty();
    }

    /**
     * The planted values of one kind.
     *
     * @param kind the kind
     * @return those planted, ordered by position
     */
    public List<Planted> planted(PersonalDataKind kind) {
        return planted.stream().filter(p -> p.kind() == kind).toList();
    }

    /**
     * The planted value itself.
     *
     * @param p one of this text's planted values
     * @return the characters of the text it covers
     */
    public String valueOf(Planted p) {
        return p.span().of(text);
    }

    /**
     * The text with every planted value masked (as {@link Masking#mask} does), and the planted kinds
     * with their spans.
     *
     * @return a description safe to print
     */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder();
        int at = 0;
        for (Planted p : planted) {
            s.append(text, at, p.start()).append(Masking.mask(valueOf(p)));
            at = p.end();
        }
        s.append(text.substring(at));
        return "PlantedText[\"" + s + "\", planted=" + planted + "]";
    }
}
