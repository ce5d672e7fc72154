package org.councilpolicy.content.offence;

import java.util.List;
import java.util.Objects;
import org.councilpolicy.core.rule.Span;
import org.councilpolicy.core.text.NormalisedText;

/**
 * Everything {@link OffenceDetector} found in one text. Immutable. Its {@code toString()} holds counts only,
 * never the text.
 */
public final class OffenceAnalysis {

    private final NormalisedText normalised;
    private final List<Offence> offences;
    /** Profanity and slurs, mild included, in order of position: asked for once per phrase found. */
    private final List<Offence> allProfanity;
    private final List<IncidentMention> incidentMentions;
    private final boolean criticism;
    private final boolean misinformation;

    OffenceAnalysis(NormalisedText normalised, List<Offence> offences, List<IncidentMention> incidentMentions,
                    boolean criticism, boolean misinformation) {
        this.normalised = normalised;
        this.offences = List.copyOf(offences);
        this.allProfanity = this.offences.stream()
                .filter(o -> o.kind() == OffenceKind.PROFANITY || o.kind() == OffenceKind.SLUR).toList();
        this.incidentMentions = List.copyOf(incidentMentions);
        this.criticism = criticism;
        this.misinformation = misinformation;
    }

    /** {@return the text as normalised for matching (with leetspeak folded), to map offsets back} */
    public NormalisedText normalised() {
        return normalised;
    }

    /** {@return every offence, in order of position; mild profanity included} */
    public List<Offence> offences() {
        return offences;
    }

    /**
     * The offences of one kind.
     *
     * @param kind the kind wanted
     * @return its offences, in order of position
     */
    public List<Offence> offences(OffenceKind kind) {
        Objects.requireNonNull(kind, "kind");
        return offences.stream().filter(o -> o.kind() == kind).toList();
    }

    /**
     * Profanity and slurs: what "the profanity detector fires" means. Mild words count only when
     * {@code includeMild}.
     *
     * @param includeMild whether mild profanity counts (a profile's {@code moderation.mildProfanity} setting)
     * @return the profanity and slurs, in order of position
     */
    public List<Offence> profanity(boolean includeMild) {
        return includeMild ? allProfanity
                : allProfanity.stream().filter(o -> o.strength() != Strength.MILD).toList();
    }

    /**
     * Profanity and slurs, mild included, that lie inside {@code span}: found by binary search, since a caller
     * asks once per phrase and a long comment may hold thousands of each.
     *
     * @param span the span, in the original text
     * @return the offences inside it, in order of position
     */
    public List<Offence> profanityWithin(Span span) {
        Objects.requireNonNull(span, "span");
        int lo = 0;
        int hi = allProfanity.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (allProfanity.get(mid).span().start() < span.start()) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        int end = lo;
        while (end < allProfanity.size() && allProfanity.get(end).span().start() < span.end()) {
            end++;
        }
        return allProfanity.subList(lo, end).stream().filter(o -> span.contains(o.span())).toList();
    }

    /**
     * {@return names of people placed in an incident} They are candidates: a caller removes the people it may
     * name, such as its own public figures.
     */
    public List<IncidentMention> incidentMentions() {
        return incidentMentions;
    }

    /** {@return whether the text reads as criticism of the council or its decisions (never a ground for deletion)} */
    public boolean criticism() {
        return criticism;
    }

    /** {@return whether the text shows signs of misinformation (answer it, never delete it for that)} */
    public boolean misinformation() {
        return misinformation;
    }

    @Override
    public String toString() {
        return "OffenceAnalysis[offences=" + offences.size() + ", incidentMentions=" + incidentMentions.size()
                + ", criticism=" + criticism + ", misinformation=" + misinformation + "]";
    }
}
