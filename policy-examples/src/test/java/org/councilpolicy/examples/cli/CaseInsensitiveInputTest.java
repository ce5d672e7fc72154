package org.councilpolicy.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Issue 17 item 5: enum values are accepted in any case, on the command line and in input. */
class CaseInsensitiveInputTest {

    @Test
    void commandLineEnumsInAnyCase() {
        assertThat(CliRun.run(null, "deadline", "--regime", "foia", "--received", "2025-12-10").out())
                .contains("\"due\":\"2026-01-13\"");
        assertThat(CliRun.run(null, "deadline", "--regime", "Foia", "--received", "2025-12-10", "--counting", "ICO")
                .exit()).isZero();
        CliRun upper = CliRun.run("{\"id\":\"d1\",\"text\":\"Bins resume on Monday.\"}\n", "check", "--fail-on",
                "BLOCK", "--format", "JSONL", "-");
        assertThat(upper.exit()).as(upper.err()).isZero();
        assertThat(upper.out()).contains("\"verdict\":\"PASS\"");
        assertThat(CliRun.run(null, "rules", "--format", "Markdown").exit()).isZero();
    }

    @Test
    void inputEnumsInAnyCase() {
        CliRun lower = CliRun.run("{\"id\":\"d1\",\"text\":\"Bins resume on Monday.\",\"account\":\"corporate\","
                + "\"platform\":\"x\",\"kind\":\"Post\"}\n", "check", "-");
        assertThat(lower.err()).isEmpty();
        assertThat(lower.out()).contains("\"verdict\"").doesNotContain("\"error\"");
        CliRun bad = CliRun.run("{\"id\":\"d1\",\"text\":\"Bins resume on Monday.\",\"account\":\"corprate\"}\n",
                "check", "-");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.out()).contains("\"error\"");
    }
}
