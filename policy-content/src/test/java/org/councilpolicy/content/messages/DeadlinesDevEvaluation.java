package org.councilpolicy.content.messages;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.councilpolicy.core.calendar.Counting;
import org.councilpolicy.core.calendar.Regime;
import org.councilpolicy.core.profile.Profile;
import org.councilpolicy.core.testsupport.SharedCorpus;
import org.junit.jupiter.api.Test;

/**
 * Every {@code due} and {@code alt_due} of the shared {@code deadlines-dev.jsonl}, through the classifier: a
 * message of the row's regime received on the row's date, classified under a profile of the row's jurisdiction
 * with ICO counting ({@code due}) or next-working-day counting ({@code alt_due}). Extended (40 working day) rows
 * go through {@link RequestDeadlines}, which the classifier and the {@code deadline} command share.
 */
class DeadlinesDevEvaluation {

    @Test
    void everyDueAndAltDueThroughTheClassifier() {
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (JsonNode row : CorpusRows.read(SharedCorpus.file("deadlines-dev.jsonl"))) {
            String id = row.get("id").asText();
            String regime = row.get("regime").asText();
            LocalDate received = LocalDate.parse(row.get("received").asText());
            boolean extended = row.path("working_days").asInt(20) == 40;
            Profile base = regime.equals("FOISA") ? CorpusRows.SCOTLAND : CorpusRows.ENGLAND;
            checked += check(failures, id + " due", base, Counting.ICO, regime, received, extended,
                    row.get("due").asText());
            if (row.hasNonNull("alt_due")) {
                checked += check(failures, id + " alt_due", base, Counting.NEXT_WORKING_DAY, regime, received, extended,
                        row.get("alt_due").asText());
            }
        }
        System.out.println("DeadlinesDevEvaluation: " + (checked - failures.size()) + "/" + checked + " dates agree");
        assertThat(checked).isGreaterThanOrEqualTo(15);
        assertThat(failures).isEmpty();
    }

    private static int check(List<String> failures, String what, Profile base, Counting counting, String regime,
                             LocalDate received, boolean extended, String expected) {
        Profile profile = base.toBuilder()
                .settings(MessageSettings.SECTION, new MessageSettings(counting, null, null, null)).build();
        LocalDate due;
        if (extended) {
            due = RequestDeadlines.forProfile(profile).due(Regime.EIR, received, true).due();
        } else {
            Classification c = MessageClassifier.forProfile(profile)
                    .classify(Message.builder(text(regime)).receivedAt(received).build());
            Regime want = switch (regime) {
                case "SAR" -> Regime.UK_GDPR;
                default -> Regime.valueOf(regime);
            };
            if (c.regime() != want) {
                failures.add(what + ": classified as " + c.regime() + ", expected " + want);
                return 1;
            }
            due = c.due();
        }
        if (!due.toString().equals(expected)) {
            failures.add(what + ": expected " + expected + " got " + due);
        }
        return 1;
    }

    private static String text(String regime) {
        return switch (regime) {
            case "FOIA", "FOISA" -> "Please send me the minutes of the last three cabinet meetings.";
            case "EIR" -> "Please send me the air quality monitoring data for the High Street.";
            case "SAR" -> "I would like a copy of all the information you hold about me.";
            default -> throw new IllegalArgumentException("unknown regime " + regime);
        };
    }
}
