package org.councilpolicy.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DeadlineCommandTest {

    @Test
    void contractExample() {
        CliRun r = CliRun.run(null, "deadline", "--regime", "FOIA", "--received", "2025-12-10");
        assertThat(r.exit()).isZero();
        assertThat(r.out().strip()).isEqualTo(
                "{\"regime\":\"FOIA\",\"received\":\"2025-12-10\",\"due\":\"2026-01-13\",\"workingDays\":20,\"counting\":\"ico\"}");
    }

    @Test
    void extendedNextWorkingDayAndSar() {
        assertThat(CliRun.run(null, "deadline", "--regime", "EIR", "--received", "2026-03-16", "--extended").out())
                .contains("\"due\":\"2026-05-15\"").contains("\"workingDays\":40");
        assertThat(CliRun.run(null, "deadline", "--regime", "FOIA", "--received", "2025-12-01", "--counting",
                "next-working-day").out()).contains("\"due\":\"2026-01-05\"").contains("\"counting\":\"next-working-day\"");
        assertThat(CliRun.run(null, "deadline", "--regime", "SAR", "--received", "2025-01-31").out().strip())
                .isEqualTo("{\"regime\":\"SAR\",\"received\":\"2025-01-31\",\"due\":\"2025-02-28\",\"workingDays\":null,"
                        + "\"counting\":\"ico\"}");
    }

    @Test
    void usageErrorsExitTwo() {
        CliRun foisa = CliRun.run(null, "deadline", "--regime", "FOISA", "--received", "2026-03-02", "--extended");
        assertThat(foisa.exit()).isEqualTo(2);
        assertThat(foisa.err()).contains("FOISA has no extension");
        assertThat(CliRun.run(null, "deadline", "--regime", "FOIA", "--received", "2026-03-02", "--counting", "lunar")
                .exit()).isEqualTo(2);
        assertThat(CliRun.run(null, "deadline", "--regime", "XYZ", "--received", "2026-03-02").exit()).isEqualTo(2);
        assertThat(CliRun.run(null, "deadline", "--regime", "FOIA", "--received", "2 March").exit()).isEqualTo(2);
        assertThat(CliRun.run(null, "deadline", "--regime", "FOIA").exit()).isEqualTo(2);
    }
}
