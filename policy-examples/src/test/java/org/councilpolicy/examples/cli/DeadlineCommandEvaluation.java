package org.councilpolicy.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.councilpolicy.core.testsupport.SharedCorpus;
import org.junit.jupiter.api.Test;

/**
 * Every {@code due} and {@code alt_due} of the shared {@code deadlines-dev.jsonl} through {@code ./policykit
 * deadline}, with {@code --jurisdiction} from the row.
 */
class DeadlineCommandEvaluation {

    @Test
    void everyRowThroughTheCommandLine() throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (String line : Files.readAllLines(SharedCorpus.file("deadlines-dev.jsonl"))) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode row = json.readTree(line);
            List<String> args = new ArrayList<>(List.of("deadline", "--regime", row.get("regime").asText(),
                    "--received", row.get("received").asText(), "--jurisdiction", jurisdiction(row)));
            if (row.path("working_days").asInt(20) == 40) {
                args.add("--extended");
            }
            checked += check(json, failures, row, args, "due", "ico");
            if (row.hasNonNull("alt_due")) {
                checked += check(json, failures, row, args, "alt_due", "next-working-day");
            }
        }
        System.out.println("DeadlineCommandEvaluation: " + (checked - failures.size()) + "/" + checked + " dates agree");
        assertThat(checked).isGreaterThanOrEqualTo(15);
        assertThat(failures).isEmpty();
    }

    /** The row's jurisdiction as the option takes it: a UK-wide FOIA row is counted for an English council. */
    private static String jurisdiction(JsonNode row) {
        return switch (row.path("jurisdiction").asText("")) {
            case "scotland" -> "SCOTLAND";
            case "northern-ireland" -> "NORTHERN_IRELAND";
            default -> "ENGLAND";
        };
    }

    private static int check(ObjectMapper json, List<String> failures, JsonNode row, List<String> base, String field,
                             String counting) throws Exception {
        List<String> args = new ArrayList<>(base);
        args.add("--counting");
        args.add(counting);
        CliRun r = CliRun.run(null, args.toArray(String[]::new));
        String expected = row.get(field).asText();
        if (r.exit() != 0) {
            failures.add(row.get("id").asText() + " " + field + ": exit " + r.exit() + " " + r.err());
            return 1;
        }
        String got = json.readTree(r.out()).get("due").asText();
        if (!got.equals(expected)) {
            failures.add(row.get("id").asText() + " " + field + ": expected " + expected + " got " + got);
        }
        return 1;
    }
}
