package org.councilpolicy.content.messages;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.councilpolicy.core.testsupport.SharedCorpus;
import org.junit.jupiter.api.Test;

/**
 * The shared corpus {@code foi-dev.jsonl} (43 rows from tribunal decisions, council disclosure logs, WhatDoTheyKnow
 * guidance and constructed cases): at least 90% classified as labelled, where NOT_REQUEST and SERVICE_QUESTION
 * mean NONE and AMBIGUOUS rows must come back ambiguous.
 *
 * <p>Rows whose label our policy rejects, and why (they count as misses in the figure):
 * <ul>
 *   <li>The Barnet 2020 pothole request ("How many potholes were reported / repaired") and the Lewes request
 *       ("The total number of potholes and/or road defects reported ..."), labelled FOI: the state of the roads
 *       and their repair are measures affecting land, environmental information under EIR reg 2(1)(c); the
 *       corpus itself labels the same request EIR when Oldham, Moray and Barnet (2022) handled it so, and its
 *       notes call the boundary a legal call. We decide by the information, consistently: EIR.</li>
 * </ul>
 */
class FoiDevEvaluation {

    /** Rows (by the start of their text) whose label our policy rejects, with what we answer instead. */
    private static final Map<String, String> POLICY_REJECTS = Map.of(
            "I am writing to you under the Freedom of Information Act 2000 to request the following information: "
                    + "For each financial year", "EIR",
            "1. The total number of potholes", "EIR");

    @Test
    void atLeastNinetyPercentClassifiedAsLabelled() {
        List<JsonNode> rows = CorpusRows.read(SharedCorpus.file("foi-dev.jsonl"));
        int agree = 0;
        List<String> misses = new ArrayList<>();
        List<String> rejected = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            JsonNode row = rows.get(i);
            String label = row.get("label").asText();
            Classification c = MessageClassifier.forProfile(CorpusRows.profileFor(row))
                    .classify(CorpusRows.message(row));
            if (CorpusRows.agrees(label, c)) {
                agree++;
                continue;
            }
            String text = row.get("text").asText();
            String policy = POLICY_REJECTS.entrySet().stream().filter(e -> text.startsWith(e.getKey()))
                    .map(Map.Entry::getValue).findFirst().orElse(null);
            String line = "row " + (i + 1) + " " + label + " -> " + CorpusRows.describe(c);
            if (policy != null && policy.equals(CorpusRows.describe(c))) {
                rejected.add(line + " (label rejected by our policy)");
            } else {
                misses.add(line);
            }
        }
        double accuracy = agree / (double) rows.size();
        System.out.printf("FoiDevEvaluation: %d/%d = %.3f classified as labelled%n", agree, rows.size(), accuracy);
        rejected.forEach(r -> System.out.println("  " + r));
        misses.forEach(m -> System.out.println("  miss: " + m));
        assertThat(rows).hasSize(43);
        assertThat(accuracy).isGreaterThanOrEqualTo(0.95); // just under the 41/43 = 0.953 measured
        assertThat(rejected).as("every row our policy rejects is rejected as documented")
                .hasSize(POLICY_REJECTS.size());
    }
}
