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

    /** The text as normalised for matching (with leetspeak). */
    public NormalisedText normalised() {
        return normalised;
    }

    /** Every offence, in order of position; mild profanity included. */
    public List<Offence> offences() {
        return offences;
    }

    /** The offences of one kind. */
    public List<Offence> offences(OffenceKind kind) {
        Objects.requireNonNull(kind, "kind");
        return offences.stream().filter(o -> o.kind() == kind).toList();
    }

    /**
     * Profanity and slurs: what "the profanity detector fires" means. Mild words count only when
     * {@code includeMild}.
     */
    public List<Offence> profanity(boolean includeMild) {
        return offences.stream()
                .filter(o -> o.kind() == OffenceKind.PROFANITY || o.kind() == OffenceKind.SLUR)
                .filter(o -> includeMild || o.strength() != Strength.MILD)
                .toList();
    }

    /** Names of people placed in an incident (candidates: a caller removes its own public figures). */
    public List<IncidentMention> incidentMentions() {
        return incidentMentions;
    }

    /** Whether the text reads as criticism of the council or its decisions (never a ground for deletion). */
    public boolean criticism() {
        return criticism;
    }

    /** Whether the text shows signs of misinformation (answer it, never delete it for that). */
    public boolean misinformation() {
        return misinformation;
    }

    @Override
    public String toString() {
        return "OffenceAnalysis[offences=" + offences.size() + ", incidentMentions=" + incidentMentions.size()
                + ", criticism=" + criticism + ", misinformation=" + misinformation + "]";
    }
}
