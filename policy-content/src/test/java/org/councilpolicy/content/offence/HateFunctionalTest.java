package org.councilpolicy.content.offence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.councilpolicy.core.testsupport.Scaling;
import org.junit.jupiter.api.Test;

/**
 * The project's own functional hate cases (src/test/resources/corpus/hate-functional.tsv): HateCheck's
 * functionalities with templates and target groups written by the project, so a group the detector has never been
 * shown in a sentence is still covered by composition (group word × predicate class × frame). A regression test,
 * not accuracy evidence. Gates just under what is measured.
 */
class HateFunctionalTest {

    static final double MIN_HATEFUL = 0.96;
    static final double MIN_NON_HATEFUL = 1.0;

    @Test
    void composesGroupsPredicatesAndFrames() throws IOException {
        int hateful = 0;
        int caught = 0;
        int benign = 0;
        int spared = 0;
        Map<String, int[]> by = new TreeMap<>();
        List<String> wronglyHate = new ArrayList<>();
        try (InputStream in = getClass().getResourceAsStream("/corpus/hate-functional.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", 3);
                boolean expected = Boolean.parseBoolean(f[1]);
                boolean hate = !OffenceDetector.standard().analyse(f[2]).offences(OffenceKind.HATE).isEmpty();
                int[] c = by.computeIfAbsent(f[0], k -> new int[2]);
                c[0]++;
                c[1] += hate == expected ? 1 : 0;
                if (expected) {
                    hateful++;
                    caught += hate ? 1 : 0;
                } else {
                    benign++;
                    spared += hate ? 0 : 1;
                    if (hate) {
                        wronglyHate.add(f[0]);
                    }
                }
            }
        }
        assertThat(by).hasSize(29);
        assertThat((double) caught / hateful).as("hateful given HATE of %d", hateful).isGreaterThanOrEqualTo(MIN_HATEFUL);
        assertThat((double) spared / benign).as("non-hateful kept clear of %d", benign)
                .isGreaterThanOrEqualTo(MIN_NON_HATEFUL);
        assertThat(wronglyHate).isEmpty();
    }

    @Test
    void spellingRepairsAreLinearAndBounded() {
        Scaling.assertLinear("repairing joined and misspelt words", 1_000, n -> {
            String text = "ihatemormons".repeat(n) + " " + "hte ".repeat(n);
            return () -> OffenceDetector.standard().analyse(text);
        });
        assertThat(OffenceDetector.standard().analyse("Ihate Kurds.").offences(OffenceKind.HATE)).hasSize(1);
        assertThat(OffenceDetector.standard().analyse("I hte Kurds.").offences(OffenceKind.HATE)).hasSize(1);
        assertThat(OffenceDetector.standard().analyse("Therapists are wonderful.").offences(OffenceKind.HATE))
                .isEmpty();
    }
}
