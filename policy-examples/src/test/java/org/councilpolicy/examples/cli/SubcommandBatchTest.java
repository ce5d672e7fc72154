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

/**
 * {@code classify}, {@code moderate}, {@code account} and {@code photo} with {@code --threads 4} print exactly
 * what they print on one thread, in input order, bad lines included: their handlers share one immutable
 * classifier, moderator, engine or clearance between threads.
 */
class SubcommandBatchTest {

    private static final int LINES = 200;
    private static final int BAD = 57;

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

    /** Writes {@value #LINES} lines cycling through the samples, with line {@value #BAD} + 1 lacking a required field. */
    private Path fixture(String name, List<String> samples, String bad) throws IOException {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < LINES; i++) {
            String body = i == BAD ? bad : samples.get(i % samples.size());
            lines.add("{\"id\":\"" + name.charAt(0) + i + "\"," + body + "}");
        }
        Path file = dir.resolve(name + ".jsonl");
        Files.write(file, lines);
        return file;
    }

    private static void sameOutputOnFourThreads(String command, Path file, int expectedStatus) {
        Run one = run(command, "--profile", "suffolk", "--threads", "1", file.toString());
        Run four = run(command, "--profile", "suffolk", "--threads", "4", "--no-progress", file.toString());
        assertThat(four.status()).isEqualTo(one.status()).isEqualTo(expectedStatus);
        assertThat(four.err()).isEqualTo(one.err()).contains("line " + (BAD + 1) + " (id ");
        List<String> a = one.out().lines().toList();
        List<String> b = four.out().lines().toList();
        assertThat(a).hasSize(LINES);
        assertThat(b).hasSize(LINES);
        for (int i = 0; i < LINES; i++) {
            assertThat(strip(b.get(i))).as(command + " line " + (i + 1)).isEqualTo(strip(a.get(i)));
        }
        assertThat(a.get(BAD)).contains("\"error\":");
        assertThat(a.stream().filter(l -> l.contains("\"error\":")).count()).isEqualTo(1);
    }

    /**
     * The time in a moderation decision's evidence record is the moderator's clock at each decision: the one
     * field two runs may rightly differ in. No other subcommand's output has the field.
     */
    private static String strip(String line) {
        return line.replaceAll("\"recordedAt\":\"[^\"]*\"", "\"recordedAt\":\"T\"");
    }

    @Test
    void classify() throws IOException {
        Path file = fixture("messages", List.of(
                "\"text\":\"How much did the council spend on agency staff in 2024/25?\",\"receivedAt\":\"2026-03-02\"",
                "\"text\":\"When is my bin day?\",\"receivedAt\":\"2026-03-03\"",
                "\"text\":\"How much did you waste on that ridiculous sculpture?!\",\"receivedAt\":\"2026-03-04\"",
                "\"text\":\"Please send me the air quality monitoring data for Bridge Street\",\"receivedAt\":\"2026-03-05\","
                        + "\"sender\":{\"name\":\"Jo Testperson\",\"email\":\"jo@example.com\"}",
                "\"text\":\"I want all the information you hold about me\",\"receivedAt\":\"2026-03-06\",\"channel\":\"PRIVATE\"",
                "\"text\":\"I want to complain: the missed collections on Elm Road are a disgrace\",\"receivedAt\":\"2026-03-09\""),
                "\"receivedAt\":\"2026-03-02\"");
        sameOutputOnFourThreads("classify", file, 2);
    }

    @Test
    void moderate() throws IOException {
        Path file = fixture("comments", List.of(
                "\"text\":\"The bins on Oak Road were missed again, f**king useless\",\"platform\":\"FACEBOOK\"",
                "\"text\":\"The council is useless and this decision is idiotic\",\"proposed\":\"DELETE\"",
                "\"text\":\"Immigrants are vermin and should be deported\"",
                "\"text\":\"Cllr Smith took bribes from the developer\"",
                "\"text\":\"His mobile is 07700 900123, ring him and complain\"",
                "\"text\":\"When is the tip open?\",\"proposed\":\"HIDE\"",
                "\"text\":\"Apparently the council is secretly selling the park\""),
                "\"platform\":\"X\"");
        sameOutputOnFourThreads("moderate", file, 2);
    }

    @Test
    void account() throws IOException {
        Path file = fixture("accounts", List.of(
                "\"platform\":\"X\",\"account\":\"CORPORATE\",\"displayName\":\"Suffolk County Council\","
                        + "\"handle\":\"@SuffolkCC\",\"bio\":\"News and updates from Suffolk County Council. Monitored 9am to 5pm.\","
                        + "\"twoFactor\":true",
                "\"account\":\"CORPORATE\",\"bio\":\"Monitored 24/7\",\"twoFactor\":false",
                "\"platform\":\"X\",\"account\":\"OFFICER_PERSONAL\",\"bio\":\"Planning officer. Call me on 07700 900123\","
                        + "\"twoFactor\":true",
                "\"account\":\"SERVICE\",\"bio\":\"Libraries in Suffolk\",\"twoFactor\":true"),
                "\"account\":\"MAYOR\"");
        sameOutputOnFourThreads("account", file, 2);
    }

    @Test
    void photo() throws IOException {
        Path file = fixture("photos", List.of(
                "\"context\":\"SCHOOL\",\"subjects\":[{\"ageBand\":\"CHILD\",\"age\":7,\"recognisable\":true}],"
                        + "\"source\":{\"kind\":\"OWN\"}",
                "\"context\":\"GENERAL\",\"source\":{\"kind\":\"OWN\"}",
                "\"context\":\"INCIDENT\",\"incident\":{\"officerInChargePermission\":true,\"stillAtScene\":false,"
                        + "\"publicBenefit\":false,\"postedBy\":\"SOCIAL_MEDIA_ADMIN\"},"
                        + "\"visible\":[\"NUMBER_PLATE\",\"HOUSE_NUMBER\"],\"source\":{\"kind\":\"OWN\"}",
                "\"context\":\"INCIDENT\",\"incident\":{\"officerInChargePermission\":true,\"stillAtScene\":false,"
                        + "\"publicBenefit\":false,\"postedBy\":\"SOCIAL_MEDIA_ADMIN\"},\"visible\":[\"NUMBER_PLATE\"],"
                        + "\"source\":{\"kind\":\"OWN\"},\"unsure\":true",
                "\"context\":\"EVENT\",\"source\":{\"kind\":\"UNKNOWN\"}"),
                "\"context\":\"BEACH\"");
        sameOutputOnFourThreads("photo", file, 2);
    }
}
