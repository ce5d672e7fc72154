package org.councilpolicy.content.offence;

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
import org.councilpolicy.core.testsupport.SharedCorpus;
import org.junit.jupiter.api.Test;

/**
 * Hate detection over ../shared/corpus/hatecheck-dev.jsonl (HateCheck, Röttger et al. 2021, CC-BY-4.0), overall
 * and per functionality. "Given HATE" means {@code offences(HATE)} is not empty; a case is right when that agrees
 * with its {@code hateful} label. No row's label is rejected. Issue 12 asks for every functionality ≥ 0.9; the
 * gates below sit just under what is measured (docs/accuracy.md) so a regression fails, and the functionalities
 * still under 0.9 are named in {@link #BELOW_TARGET}.
 */
class HateCheckEvaluation {

    static final double MIN_HATEFUL = 0.9;
    static final double MIN_NON_HATEFUL = 0.9;
    /** Per functionality; those named in {@link #BELOW_TARGET} have their own measured floor. */
    static final double MIN_PER_FUNCTIONALITY = 0.9;
    /** Empty since round 8 (issue 12): every functionality measured at 1.0 (150/150). */
    static final Map<String, Double> BELOW_TARGET = Map.of();

    @Test
    void meetsThresholdsOverallAndPerFunctionality() throws IOException {
        Path file = SharedCorpus.file("hatecheck-dev.jsonl");
        ObjectMapper om = new ObjectMapper();
        int hateful = 0;
        int caught = 0;
        int benign = 0;
        int spared = 0;
        Map<String, int[]> byFunctionality = new TreeMap<>();
        for (String line : Files.readAllLines(file)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode r = om.readTree(line);
            boolean hate = !OffenceDetector.standard().analyse(r.get("text").asText())
                    .offences(OffenceKind.HATE).isEmpty();
            boolean expected = r.get("hateful").asBoolean();
            int[] f = byFunctionality.computeIfAbsent(r.get("functionality").asText(), k -> new int[2]);
            f[0]++;
            f[1] += hate == expected ? 1 : 0;
            if (expected) {
                hateful++;
                caught += hate ? 1 : 0;
            } else {
                benign++;
                spared += hate ? 0 : 1;
            }
        }
        List<String> below = new ArrayList<>();
        StringBuilder table = new StringBuilder("HateCheck dev per functionality:\n");
        byFunctionality.forEach((name, f) -> {
            double score = (double) f[1] / f[0];
            table.append(String.format("  %-20s %d/%d = %.3f%n", name, f[1], f[0], score));
            if (score < BELOW_TARGET.getOrDefault(name, MIN_PER_FUNCTIONALITY)) {
                below.add(name + " " + f[1] + "/" + f[0]);
            }
        });
        table.append(String.format("  hateful given HATE %d/%d, non-hateful clear %d/%d%n", caught, hateful, spared,
                benign));
        System.out.print(table);
        assertThat(byFunctionality).hasSize(29);
        assertThat((double) caught / hateful).as("hateful cases given HATE of %d", hateful)
                .isGreaterThanOrEqualTo(MIN_HATEFUL);
        assertThat((double) spared / benign).as("non-hateful cases not given HATE of %d", benign)
                .isGreaterThanOrEqualTo(MIN_NON_HATEFUL);
        assertThat(below).as("functionalities under their floor").isEmpty();
    }
}
