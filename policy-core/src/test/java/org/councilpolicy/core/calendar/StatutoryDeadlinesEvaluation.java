package org.councilpolicy.core.calendar;

import org.councilpolicy.core.testsupport.SharedCorpus;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every row of the shared corpus's {@code deadlines-dev.jsonl}: {@code due} with {@link Counting#ICO} and
 * {@code alt_due} (receipt deemed the first working day) with {@link Counting#NEXT_WORKING_DAY}.
 */
class StatutoryDeadlinesEvaluation {

    @Test
    void everyDueAndAltDueAgrees() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (String line : Files.readAllLines(SharedCorpus.file("deadlines-dev.jsonl"))) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode row = json.readTree(line);
            String id = row.path("id").asText();
            Regime regime = regime(row.get("regime").asText());
            UkRegion region = region(row.path("jurisdiction").asText("UK-any"));
            LocalDate received = LocalDate.parse(row.get("received").asText());
            int workingDays = row.path("working_days").asInt(0);
            boolean extended = row.path("extended").asBoolean(false) || workingDays == 40;
            StatutoryDeadlines deadlines = StatutoryDeadlines.forJurisdiction(region);

            Deadline ico = deadlines.due(regime, received, Counting.ICO, extended);
            checked++;
            if (!ico.due().toString().equals(row.get("due").asText())) {
                failures.add(id + ": due expected " + row.get("due").asText() + " got " + ico.due());
            }
            if (workingDays > 0 && ico.workingDays() != workingDays) {
                failures.add(id + ": working days expected " + workingDays + " got " + ico.workingDays());
            }
            if (row.hasNonNull("alt_due")) {
                Deadline alt = deadlines.due(regime, received, Counting.NEXT_WORKING_DAY, extended);
                checked++;
                if (!alt.due().toString().equals(row.get("alt_due").asText())) {
                    failures.add(id + ": alt_due expected " + row.get("alt_due").asText() + " got " + alt.due());
                }
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(13);
        assertThat(failures).isEmpty();
    }

    private static Regime regime(String s) {
        return switch (s) {
            case "SAR", "UK_GDPR", "GDPR" -> Regime.UK_GDPR;
            default -> Regime.valueOf(s);
        };
    }

    private static UkRegion region(String s) {
        return switch (s) {
            case "UK-any", "" -> UkRegion.ANY_PART_OF_UK;
            case "scotland" -> UkRegion.SCOTLAND;
            case "england-and-wales", "england", "wales" -> UkRegion.ENGLAND_AND_WALES;
            case "northern-ireland" -> UkRegion.NORTHERN_IRELAND;
            default -> throw new IllegalArgumentException("unknown jurisdiction " + s);
        };
    }
}
