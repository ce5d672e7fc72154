package org.councilpolicy.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

    private static String due(String... args) {
        CliRun r = CliRun.run(null, args);
        assertThat(r.exit()).as(r.err()).isZero();
        String out = r.out();
        int i = out.indexOf("\"due\":\"") + 7;
        return out.substring(i, i + 10);
    }

    @Test
    void sarRollsOffTheAuthoritysOwnNationsHolidays() {
        // 15 June 2026: a one-off Scottish bank holiday. 13 July 2026: Northern Ireland's 12 July substitute day.
        assertThat(due("deadline", "--regime", "SAR", "--received", "2026-05-15")).isEqualTo("2026-06-15");
        assertThat(due("deadline", "--regime", "SAR", "--received", "2026-05-15", "--jurisdiction", "ENGLAND"))
                .isEqualTo("2026-06-15");
        assertThat(due("deadline", "--regime", "SAR", "--received", "2026-05-15", "--jurisdiction", "scotland"))
                .isEqualTo("2026-06-16");
        assertThat(due("deadline", "--regime", "SAR", "--received", "2026-06-13", "--jurisdiction", "Northern_Ireland"))
                .isEqualTo("2026-07-14");
        assertThat(due("deadline", "--regime", "SAR", "--received", "2026-06-13", "--jurisdiction", "wales"))
                .isEqualTo("2026-07-13");
        // St Andrew's Day 2026 falls on Monday 30 November: Scotland only.
        assertThat(due("deadline", "--regime", "SAR", "--received", "2026-10-30", "--profile", "scottish-borders"))
                .isEqualTo("2026-12-01");
        assertThat(due("deadline", "--regime", "SAR", "--received", "2026-10-30", "--profile", "scottish-borders",
                "--jurisdiction", "ENGLAND")).isEqualTo("2026-11-30");
        // FOIA counts on the whole UK's calendar wherever the authority is.
        assertThat(due("deadline", "--regime", "FOIA", "--received", "2026-06-01", "--jurisdiction", "ENGLAND"))
                .isEqualTo("2026-06-30");
    }

    @Test
    void jurisdictionIsReportedAndBadValuesExitTwo() {
        CliRun r = CliRun.run(null, "deadline", "--regime", "SAR", "--received", "2026-05-15", "--jurisdiction",
                "scotland");
        assertThat(r.out()).contains("\"jurisdiction\":\"SCOTLAND\"");
        CliRun bad = CliRun.run(null, "deadline", "--regime", "SAR", "--received", "2026-05-15", "--jurisdiction",
                "mercia");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("--jurisdiction").contains("NORTHERN_IRELAND").contains("mercia");
        assertThat(CliRun.run(null, "deadline", "--regime", "SAR", "--received", "2026-05-15", "--profile",
                "no-such-profile").exit()).isEqualTo(2);
    }

    /**
     * {@code --profile} given as a file brings the council's own extra bank holidays: a local day off on Monday 30
     * November 2026) moves a subject access date received on 30 October to 1 December for that council, wherever
     * {@code --jurisdiction} places it (the council's own days off travel with its profile, as in
     * {@code RequestDeadlines.forProfile(profile, jurisdiction)}); without the profile the date is 30 November.
     */
    @Test
    void aProfileFilesExtraBankHolidayMovesTheDate(@TempDir Path dir) throws Exception {
        Path profile = dir.resolve("local-day-off.yaml");
        Files.writeString(profile, """
                name: local-day-off
                extends: uk-council
                jurisdiction: WALES
                extraBankHolidays:
                  ENGLAND_AND_WALES: [2026-11-30]
                """);
        String file = profile.toString();
        assertThat(due("deadline", "--regime", "SAR", "--received", "2026-10-30")).isEqualTo("2026-11-30");
        assertThat(due("deadline", "--regime", "SAR", "--received", "2026-10-30", "--profile", file))
                .isEqualTo("2026-12-01");
        assertThat(due("deadline", "--regime", "SAR", "--received", "2026-10-30", "--profile", file,
                "--jurisdiction", "ENGLAND")).isEqualTo("2026-12-01");
        assertThat(due("deadline", "--regime", "SAR", "--received", "2026-10-30", "--profile", file,
                "--jurisdiction", "NORTHERN_IRELAND")).isEqualTo("2026-12-01");
        assertThat(due("deadline", "--regime", "SAR", "--received", "2026-10-30", "--jurisdiction", "WALES"))
                .isEqualTo("2026-11-30");
        CliRun r = CliRun.run(null, "deadline", "--regime", "SAR", "--received", "2026-10-30", "--profile", file);
        assertThat(r.out()).contains("\"jurisdiction\":\"WALES\"");
    }
}
