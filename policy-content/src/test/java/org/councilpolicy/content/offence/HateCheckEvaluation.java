package org.councilpolicy.content.offence;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.councilpolicy.core.testsupport.SharedCorpus;
import org.junit.jupiter.api.Test;

/**
 * Hate detection over ../shared/corpus/hatecheck-dev.jsonl (HateCheck, Röttger et al. 2021, CC-BY-4.0).
 * "Given HATE" means {@code offences(HATE)} is not empty. Thresholds (issue 6): ≥ 0.8 of hateful cases given
 * HATE, ≥ 0.8 of non-hateful cases not given HATE. No row's label is rejected.
 */
class HateCheckEvaluation {

    @Test
    void meetsThresholds() throws IOException {
        Path file = SharedCorpus.file("hatecheck-dev.jsonl");
        ObjectMapper om = new ObjectMapper();
        int hateful = 0;
        int caught = 0;
        int benign = 0;
        int spared = 0;
        for (String line : Files.readAllLines(file)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode r = om.readTree(line);
            boolean hate = !OffenceDetector.standard().analyse(r.get("text").asText())
                    .offences(OffenceKind.HATE).isEmpty();
            if (r.get("hateful").asBoolean()) {
                hateful++;
                caught += hate ? 1 : 0;
            } else {
                benign++;
                spared += hate ? 0 : 1;
            }
        }
        assertThat((double) caught / hateful).as("hateful cases given HATE of %d", hateful).isGreaterThanOrEqualTo(0.8);
        assertThat((double) spared / benign).as("non-hateful cases not given HATE of %d", benign)
                .isGreaterThanOrEqualTo(0.8);
    }
}
