package org.councilpolicy.content.offence;

import java.util.Arrays;
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
 * and officers' own accounts, and comments, keep the moderation grammar as it is. Round 12: so is a harassment
 * reading there ("the woman rescued from the bungalow fire ... was on her own at the time" is a casualty's
 * circumstances, which FR-1 judges, not someone tracking her movements).
 *
 * <p>Linear: the text is read once, on the first offence that could be a report, into each sentence's two flags; each
 * offence then looks its sentence up by binary search.
 */
final class ReportedIncidents {

    private static final WordSections WORDS = WordSections.loadLines(ReportedIncidents.class, "reported-incidents.txt");
    private static final Set<String> INCIDENT = WORDS.get("INCIDENT");
    private static final Set<String> REPORT = WORDS.get("REPORT");
    /** The reason the hate composer gives a harm aimed at a group, as opposed to a slur or a stereotype. */
    private static final String HARM_REASON = "a call for or threat of harm";

    /** The start of each sentence, ascending. */
    private final int[] starts;
    /** Whether each sentence names an incident and reports it. */
    private final boolean[] reports;

    private ReportedIncidents(int[] starts, boolean[] reports) {
        this.starts = starts;
        this.reports = reports;
    }

    /**
     * Whether an offence is one this decision may drop: a threat, a call for harm or harassment in an official draft.
     *
     * @param draft the draft
     * @param o     an offence found in its text
     * @return whether to ask {@link #reportedAt}
     */
    static boolean candidate(Draft draft, Offence o) {
        return (draft.account() == AccountType.CORPORATE || draft.account() == AccountType.SERVICE)
                && (o.kind() == OffenceKind.THREAT || o.kind() == OffenceKind.HARASSMENT
                        || o.kind() == OffenceKind.HATE && o.reason().startsWith(HARM_REASON));
    }

    /**
     * Reads a text's sentences once.
     *
     * @param text the draft's text
     * @return each sentence's flags
     */
    static ReportedIncidents of(String text) {
        int[] starts = new int[16];
        boolean[] flags = new boolean[16];
        int n = 0;
        boolean incident = false;
        boolean report = false;
        String w1 = "";
        String w2 = "";
        starts[n] = 0;
        int i = 0;
        while (i < text.length()) {
            char ch = text.charAt(i);
            if (".!?\n".indexOf(ch) >= 0) {
                flags[n] = incident && report;
                if (++n == starts.length) {
                    starts = Arrays.copyOf(starts, n * 2);
                    flags = Arrays.copyOf(flags, n * 2);
                }
                starts[n] = i + 1;
                incident = false;
                report = false;
                w1 = "";
                w2 = "";
                i++;
                continue;
            }
            if (!Character.isLetter(ch)) {
                i++;
                continue;
            }
            int from = i;
            while (i < text.length() && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '\'')) {
                i++;
            }
            String w = text.substring(from, i).toLowerCase(Locale.ROOT);
            String two = w2 + " " + w;
            String three = w1 + " " + two;
            incident |= INCIDENT.contains(w) || INCIDENT.contains(two) || INCIDENT.contains(three);
            report |= REPORT.contains(w) || REPORT.contains(two) || REPORT.contains(three);
            w1 = w2;
            w2 = w;
        }
        flags[n] = incident && report;
        return new ReportedIncidents(Arrays.copyOf(starts, n + 1), Arrays.copyOf(flags, n + 1));
    }

    /**
     * Whether the sentence holding a position names an incident and reports it.
     *
     * @param pos a position in the text
     * @return whether its sentence is the report of an incident
     */
    boolean reportedAt(int pos) {
        int at = Arrays.binarySearch(starts, pos);
        return reports[at >= 0 ? at : -at - 2];
    }
}
