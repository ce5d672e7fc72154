package org.councilpolicy.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check --threads N} through the real command line. */
class CheckBatchTest {

    @TempDir
    Path dir;

    private record Run(int status, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = PolicyKit.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(status, out.toString(), err.toString());
    }

    private Path drafts(int n) throws IOException {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (i == 17) {
                lines.add("{\"id\":\"d17\",\"platform\":\"X\"}"); // no text: an input error in place
            } else if (i % 3 == 0) {
                lines.add("{\"id\":\"d" + i + "\",\"text\":\"Green bin collections resume on Monday.\"}");
            } else {
                lines.add("{\"id\":\"d" + i + "\",\"text\":\"Green bin collections resume on Monday. #SHDC\"}");
            }
        }
        Path file = dir.resolve("drafts.jsonl");
        Files.write(file, lines);
        return file;
    }

    @Test
    void threadsGiveTheSameOutputAsOneThread() throws IOException {
        String file = drafts(500).toString();
        Run one = run("check", "--profile", "south-hams-west-devon", "--threads", "1", file);
        Run four = run("check", "--profile", "south-hams-west-devon", "--threads", "4", "--no-progress", file);
        assertThat(four.out()).isEqualTo(one.out());
        assertThat(four.err()).isEqualTo(one.err());
        assertThat(four.status()).isEqualTo(one.status()).isEqualTo(2);
        List<String> lines = four.out().lines().toList();
        assertThat(lines).hasSize(500);
        assertThat(lines.get(17)).startsWith("{\"id\":\"d17\",\"error\":\"line 18: text: required");
        assertThat(lines.get(3)).contains("\"verdict\":\"BLOCK\"");
        assertThat(lines.get(4)).contains("\"verdict\":\"PASS\"");
        assertThat(four.err()).startsWith("line 18 (id \"d17\"): text: required");
    }

    @Test
    void failOnStillDecidesTheExitStatus() throws IOException {
        Path file = dir.resolve("ok.jsonl");
        Files.writeString(file, "{\"id\":\"a\",\"text\":\"Library opens at 9am. #SHDC\"}\n"
                + "{\"id\":\"b\",\"text\":\"Library opens at 9am.\"}\n");
        assertThat(run("check", "--profile", "south-hams-west-devon", "--threads", "3", file.toString()).status())
                .isEqualTo(1);
        assertThat(run("check", "--profile", "south-hams-west-devon", "--threads", "3", "--fail-on", "never",
                file.toString()).status()).isZero();
    }

    @Test
    void progressGoesToStandardErrorOnlyWhenAsked() throws IOException {
        String file = drafts(20).toString();
        Run quiet = run("check", "--threads", "2", file);
        Run shown = run("check", "--threads", "2", "--progress", file);
        assertThat(shown.out()).isEqualTo(quiet.out());
        assertThat(quiet.err()).doesNotContain("items");
        assertThat(shown.err()).containsPattern("20 items, [0-9,]+/s in [0-9.]+ s");
    }

    @Test
    void textAndSarifAcceptTheBatchOptions() throws IOException {
        String file = drafts(10).toString();
        Run text = run("check", "--format", "text", "--threads", "4", file);
        assertThat(text.out()).contains("10 checked, 0 failing, 0 input errors");
        Run sarif = run("check", "--format", "sarif", "--threads", "4", file);
        assertThat(sarif.out()).contains("\"version\" : \"2.1.0\"");
    }

    @Test
    void badThreadCountsAreUsageErrors() throws IOException {
        String file = drafts(3).toString();
        Run zero = run("check", "--threads", "0", file);
        assertThat(zero.status()).isEqualTo(2);
        assertThat(zero.err()).contains("--threads must be between 1 and 1024, got 0");
        assertThat(zero.out()).isEmpty();
        Run words = run("check", "--threads", "many", file);
        assertThat(words.status()).isEqualTo(2);
        assertThat(run("check", "--help").out()).contains("--threads=N", "--[no-]progress");
        assertThat(run("classify", "--threads", "0", file).status()).isEqualTo(2); // every JSON Lines subcommand validates it
    }
}
