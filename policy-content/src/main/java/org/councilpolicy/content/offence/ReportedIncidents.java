package org.councilpolicy.content.offence;

import java.util.Locale;
import java.util.Set;
import org.councilpolicy.content.draft.Draft;
import org.councilpolicy.core.profile.AccountType;
import org.councilpolicy.core.text.WordSections;

/**
 * Round 11 (issue 13): on the council's corporate or service account, a threat or a call for harm that the comment
 * detectors find in a sentence reporting an incident is the incident reported ("the woman rescued from the fire is
 * in intensive care", "crews tackled a deliberate fire"), not the council threatening anyone. The decision is who
 * speaks and what the sentence does: an official account, an incident word and a report frame (a rescue, a response,
 * a past or passive verb, a casualty's care) in the harm's own sentence ({@code reported-incidents.txt}). Councillors'
 * and officers' own accounts, and comments, keep the moderation grammar as it is. Reads one sentence.
 */
final class ReportedIncidents {

    private static final WordSections WORDS = WordSections.loadLines(ReportedIncidents.class, "reported-incidents.txt");
    private static final Set<String> INCIDENT = WORDS.get("INCIDENT");
    private static final Set<String> REPORT = WORDS.get("REPORT");
    /** The reason the hate composer gives a harm aimed at a group, as opposed to a slur or a stereotype. */
    private static final String HARM_REASON = "a call for or threat of harm";

    private ReportedIncidents() {
    }

    /**
     * Whether an offence found in an official draft is the report of an incident.
     *
     * @param draft the draft
     * @param o     an offence found in its text
     * @return whether the draft is official, the offence is a threat or a call for harm, and its sentence reports an
     *         incident
     */
    static boolean reported(Draft draft, Offence o) {
        if (draft.account() != AccountType.CORPORATE && draft.account() != AccountType.SERVICE) {
            return false;
        }
        if (o.kind() != OffenceKind.THREAT && !(o.kind() == OffenceKind.HATE && o.reason().startsWith(HARM_REASON))) {
            return false;
        }
        String sentence = LiteralHarms.sentenceAround(draft.text(), o.span()).toLowerCase(Locale.ROOT);
        return any(sentence, INCIDENT) && any(sentence, REPORT);
    }

    private static boolean any(String sentence, Set<String> phrases) {
        for (String p : phrases) {
            if (LiteralHarms.containsWord(sentence, p)) {
                return true;
            }
        }
        return false;
    }
}
