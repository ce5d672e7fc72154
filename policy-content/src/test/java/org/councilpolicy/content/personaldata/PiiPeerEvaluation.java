package org.councilpolicy.content.personaldata;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.councilpolicy.core.rule.Finding;
import org.councilpolicy.core.testsupport.SharedCorpus;
import org.junit.jupiter.api.Test;

/**
 * Agreement with the peer corpus of Microsoft Presidio's recognizer tests ({@code pii-peer-dev.jsonl}): for
 * each row, our spans of the row's kind must equal Presidio's expected spans exactly. Issue 3 asks for at
 * least 95% of rows; every disagreement we keep is listed here with the reason our policy differs.
 */
class PiiPeerEvaluation {

    /** 1-based row numbers where our policy deliberately disagrees with Presidio's label, with the reason. */
    static final Map<Integer, String> DISAGREEMENTS = new TreeMap<>(Map.of(
            18, "Same text as row 17 with the opposite label (Presidio run with other regions): 'is415-555-0132' "
                    + "is glued to the word 'is', and a national-format number glued to letters is not read as a "
                    + "phone number (libphonenumber's own rule); we agree with row 17",
            20, "Same text as row 19 with the opposite label: '91-415-555-0132' without '+' is not a valid "
                    + "number in the UK and has no phone word close before it; we agree with row 19",
            21, "Same text as row 22 with the opposite label: '+91 4155 550132' is a valid Indian number in "
                    + "international format, which is a phone number whoever posts it; we agree with row 22"));

    @Test
    void agreesWithPresidioOnAtLeast95PercentOfRows() throws IOException {
        Path file = SharedCorpus.file("pii-peer-dev.jsonl");
        ObjectMapper json = new ObjectMapper();
        List<String> lines = Files.readAllLines(file);
        int agree = 0;
        List<String> unexpected = new ArrayList<>();
        List<Integer> disagreeing = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            int row = i + 1;
            JsonNode n = json.readTree(lines.get(i));
            String kind = n.get("kind").asText();
            List<List<Integer>> expected = new ArrayList<>();
            n.get("expected_spans").forEach(s -> expected.add(List.of(s.get(0).asInt(), s.get(1).asInt())));
            List<List<Integer>> actual = new ArrayList<>();
            for (Finding f : IdentifierEngines.findings("uk-council", n.get("text").asText(), kind)) {
                actual.add(List.of(f.span().start(), f.span().end()));
            }
            if (actual.equals(expected)) {
                agree++;
            } else {
                disagreeing.add(row);
                if (!DISAGREEMENTS.containsKey(row)) {
                    unexpected.add("row " + row + " " + kind + " expected " + expected + " got " + actual);
                }
            }
        }
        int rows = (int) lines.stream().filter(l -> !l.isBlank()).count();
        double rate = (double) agree / rows;
        System.out.printf("PiiPeerEvaluation: %d/%d rows agree (%.1f%%)%n", agree, rows, 100 * rate);
        assertThat(unexpected).as("disagreements not listed in DISAGREEMENTS").isEmpty();
        assertThat(disagreeing).as("listed disagreements that now agree").containsExactlyElementsOf(
                DISAGREEMENTS.keySet());
        assertThat(rate).isGreaterThanOrEqualTo(0.97); // just under the 99/102 = 0.971 measured
    }
}
