package org.councilpolicy.content.offence;

import java.util.List;
import java.util.Objects;
import org.councilpolicy.core.text.NormalisedText;

/**
 * Everything {@link OffenceDetector} found in one text. Immutable. Its {@code toString()} holds counts only,
 * never the text.
 */
public final class OffenceAnalysis {

    private final NormalisedText normalised;
    private final List<Offence> offences;
    private final List<IncidentMention> incidentMentions;
    private final boolean criticism;
    private final boolean misinformation;

    OffenceAnalysis(NormalisedText normalised, List<Offence> offences, List<IncidentMention> incidentMentions,
                    boolean criticism, boolean misinformation) {
        this.normalised = normalised;
        this.offences = List.copyOf(offences);
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
        return offences.stream()
                .filter(o -> o.kind() == OffenceKind.PROFANITY || o.kind() == OffenceKind.SLUR)
                .filter(o -> includeMild || o.strength() != Strength.MILD)
                .toList();
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
