package org.councilpolicy.examples.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.councilpolicy.examples.bench.JsonLinesFuzz;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A seeded slice of the JSON Lines fuzz run (the full million is run by {@link JsonLinesFuzz}'s {@code main}
 * and recorded in {@code docs/reliability.md}): no crash, hang or lost line in any of the five subcommands.
 */
class JsonLinesFuzzTest {

    @Test
    @Timeout(120)
    void twoThousandGeneratedLinesLoseNothing(@TempDir Path dir) throws Exception {
        List<JsonLinesFuzz.Result> results = JsonLinesFuzz.run(2_000, 16, dir);
        assertThat(results).hasSize(5);
        for (JsonLinesFuzz.Result r : results) {
            assertThat(r.firstProblem()).as(r.command()).isNull();
            assertThat(r.outputs()).as(r.command()).isEqualTo(r.inputs());
            assertThat(r.errors()).as(r.command() + ": the damaged lines are errors").isPositive();
            assertThat(r.answers()).as(r.command() + ": the well-formed lines are answered").isPositive();
            assertThat(r.ok()).as(r.command()).isTrue();
        }
    }
}
