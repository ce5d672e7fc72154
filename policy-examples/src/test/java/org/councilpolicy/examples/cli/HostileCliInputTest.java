package org.councilpolicy.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16, the JSON Lines input layer under hostile or careless input: nothing echoed, nothing silently
 * accepted or replaced, line numbers as {@code wc -l} counts them, one bad line never loses the batch, exit status 2.
 * The memory items (a 10 MB line under the default 384 MB heap) are in
 * {@code org.councilpolicy.examples.integration.HostileInputTest}, which runs a separate JVM.
 */
@Timeout(60)
class HostileCliInputTest {

    private static final String OK1 = "{\"id\":\"ok1\",\"text\":\"Bins on Monday\"}";
    private static final String OK2 = "{\"id\":\"ok2\",\"text\":\"Library open late\"}";

    private static List<JsonNode> lines(CliRun r) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        for (String l : r.out().split("\n")) {
            if (!l.isBlank()) {
                out.add(JsonLines.MAPPER.readTree(l));
            }
        }
        return out;
    }

    private static byte[] bytes(String... parts) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (String p : parts) {
            b.writeBytes(p.getBytes(StandardCharsets.UTF_8));
        }
        return b.toByteArray();
    }

    // ---- item 2: nothing echoed ---------------------------------------------------------------------------

    @Test
    void aLineThatIsNotJsonIsNeverEchoedOnEitherStream() throws Exception {
        for (String bad : List.of("AB123456C", "{\"text\": Jane Smith 07700 900123}", "{\"id\":1,\"text\":\"x\"} AB123456C",
                "[\"AB123456C\"", "{\"id\":\"AB123456C\" \"text\":\"x\"}")) {
            for (String cmd : List.of("check", "classify", "moderate", "account", "photo")) {
                CliRun r = CliRun.run(OK1 + "\n" + bad + "\n", cmd);
                assertThat(r.exit()).as(cmd + " " + bad).isEqualTo(2);
                assertThat(r.out()).as(cmd).doesNotContain("AB123456C").doesNotContain("Jane").doesNotContain("07700");
                assertThat(r.err()).as(cmd).doesNotContain("AB123456C").doesNotContain("Jane").doesNotContain("07700")
                        .contains("line 2: not valid JSON");
                assertThat(lines(r)).hasSize(2);
            }
        }
    }

    @Test
    void aValueInTheWrongFieldIsNotEchoedEither() throws Exception {
        CliRun check = CliRun.run("{\"id\":1,\"text\":\"x\",\"account\":\"AB123456C\"}\n", "check");
        assertThat(check.exit()).isEqualTo(2);
        assertThat(check.out() + check.err()).doesNotContain("AB123456C").contains("got a string of 9 characters");
        CliRun word = CliRun.run("{\"id\":1,\"text\":\"x\",\"account\":\"MAYOR\"}\n", "check");
        assertThat(word.err()).as("an enum-like word is shown, to help").contains("got \"MAYOR\"");
        CliRun classify = CliRun.run("{\"id\":1,\"text\":\"x\",\"receivedAt\":\"Jane 07700 900123\"}\n", "classify");
        assertThat(classify.exit()).isEqualTo(2);
        assertThat(classify.out() + classify.err()).doesNotContain("Jane").doesNotContain("07700");
    }

    // ---- item 3: bounded per item -------------------------------------------------------------------------

    @Test
    void aTextOverTheLimitIsAnErrorForItsLineOnlyAndExit2() throws Exception {
        String longText = "{\"id\":\"long\",\"text\":\"" + "Bins on Monday. ".repeat(200) + "\"}";
        CliRun r = CliRun.run(OK1 + "\n" + longText + "\n" + OK2 + "\n", "check", "--max-text-length", "1000");
        assertThat(r.exit()).isEqualTo(2);
        List<JsonNode> out = lines(r);
        assertThat(out).hasSize(3);
        assertThat(out.get(1).get("id").asText()).isEqualTo("long");
        assertThat(out.get(1).get("error").asText()).isEqualTo(
                "line 2: field text is 3,200 characters long; the limit is 1,000 (--max-text-length)");
        assertThat(out.get(2).get("verdict")).isNotNull();
        assertThat(r.err()).doesNotContain("Bins on Monday");
    }

    @Test
    void aLineLongerThanTheByteCapIsSkippedUnreadWithAnError() throws Exception {
        // --max-text-length 10 caps a line at 6*10 + 65536 bytes.
        String huge = "{\"id\":\"huge\",\"text\":\"" + "x".repeat(70_000) + "\"}";
        CliRun r = CliRun.run(OK1 + "\n" + huge + "\n" + OK2 + "\n", "moderate", "--max-text-length", "10");
        assertThat(r.exit()).isEqualTo(2);
        List<JsonNode> out = lines(r);
        assertThat(out).hasSize(3);
        assertThat(out.get(1).get("id").isNull()).as("the id is in the part never read").isTrue();
        assertThat(out.get(1).get("error").asText()).startsWith("line 2: line is longer than the limit of 65596 bytes");
        assertThat(out.get(2).get("id").asText()).isEqualTo("ok2");
    }

    @Test
    void findingsPerTextAreCappedWithACountOfTheRest() throws Exception {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            text.append("Call 07700 900").append(String.format("%03d", i)).append(". ");
        }
        CliRun r = CliRun.run("{\"id\":1,\"text\":\"" + text + "\"}\n", "check");
        JsonNode out = lines(r).get(0);
        assertThat(out.get("findings").size()).isEqualTo(ReportJson.MAX_FINDINGS);
        assertThat(out.get("moreFindings").asInt()).isGreaterThanOrEqualTo(200);
        assertThat(out.get("verdict").asText()).isEqualTo("BLOCK");

        CliRun text1 = CliRun.run("{\"id\":1,\"text\":\"" + text + "\"}\n", "check", "--format", "text");
        assertThat(text1.out()).containsPattern("… and \\d+ more findings");
        assertThat(text1.out().length()).as("a window around each finding, not the whole line each time")
                .isLessThan(60_000);
    }

    // ---- item 4: invalid UTF-8, byte-order mark -----------------------------------------------------------

    @Test
    void invalidUtf8IsAnErrorForItsLineFromStandardInputAndFromAFile(@TempDir Path dir) throws Exception {
        byte[] input = bytes(OK1, "\n{\"id\":\"bad\",\"text\":\"caf", "\u0000", "\"}\n", OK2, "\n");
        int at = new String(input, StandardCharsets.ISO_8859_1).indexOf('\u0000');
        input[at] = (byte) 0xE9; // Latin-1 é: not UTF-8
        Path file = dir.resolve("in.jsonl");
        Files.write(file, input);
        for (CliRun r : List.of(CliRun.runBytes(input, "check"), CliRun.run(null, "check", file.toString()))) {
            assertThat(r.exit()).isEqualTo(2);
            List<JsonNode> out = lines(r);
            assertThat(out).hasSize(3);
            assertThat(out.get(1).get("error").asText()).isEqualTo("line 2: not valid UTF-8 (byte 24 of the line)");
            assertThat(out.get(2).get("id").asText()).isEqualTo("ok2");
            assertThat(r.out()).doesNotContain("\uFFFD");
        }
    }

    @Test
    void overlongAndSurrogateEncodingsAreInvalid() {
        assertThat(Utf8.firstInvalid(new byte[] {'a', (byte) 0xC0, (byte) 0xAF}, 0, 3)).isEqualTo(1);
        assertThat(Utf8.firstInvalid(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, 0, 3)).isZero();
        assertThat(Utf8.firstInvalid(new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, 0, 4)).isZero();
        assertThat(Utf8.firstInvalid(new byte[] {'a', (byte) 0xE2, (byte) 0x82}, 0, 3)).isEqualTo(1);
        assertThat(Utf8.firstInvalid("é€😀".getBytes(StandardCharsets.UTF_8), 0, 9)).isEqualTo(-1);
    }

    @Test
    void aByteOrderMarkAtTheStartIsSkipped() throws Exception {
        CliRun r = CliRun.runBytes(bytes("\uFEFF", OK1, "\n", OK2, "\n"), "check");
        assertThat(r.exit()).isZero();
        assertThat(lines(r)).extracting(n -> n.get("id").asText()).containsExactly("ok1", "ok2");
    }

    // ---- item 9: silent acceptance ------------------------------------------------------------------------

    @Test
    void trailingContentTwoObjectsAndDuplicateKeysAreErrors() throws Exception {
        String input = OK1 + "\n"
                + "{\"id\":\"two\",\"text\":\"Bins\"} {\"id\":\"three\",\"text\":\"Call Jane on 07700 900123\"}\n"
                + "{\"id\":\"dup\",\"text\":\"Call Jane on 07700 900123\",\"text\":\"Bins\"}\n"
                + "{\"id\":\"tail\",\"text\":\"Bins\"} trailing\n"
                + OK2 + "\n";
        for (String cmd : List.of("check", "classify", "moderate")) {
            CliRun r = CliRun.run(input, cmd);
            assertThat(r.exit()).isEqualTo(2);
            List<JsonNode> out = lines(r);
            assertThat(out).hasSize(5);
            assertThat(out.get(1).get("error").asText()).startsWith("line 2: not valid JSON: more than one JSON value");
            assertThat(out.get(2).get("error").asText()).startsWith("line 3: not valid JSON: a key appears twice");
            assertThat(out.get(3).get("error").asText()).startsWith("line 4: not valid JSON: unexpected text");
            assertThat(r.err()).doesNotContain("07700").doesNotContain("Jane");
        }
    }

    @Test
    void aBareCarriageReturnDoesNotShiftLineNumbersAndCrLfIsALineEnd() throws Exception {
        String input = OK1 + "\r\n" + "{\"id\":\"cr\",\r\"text\":\"Bins\"}\r\n" + "{\"id\":\"crs\",\"text\":\"a\rb\"}\n"
                + "not json\r\n" + OK2 + "\r\n";
        CliRun r = CliRun.run(input, "check");
        List<JsonNode> out = lines(r);
        assertThat(out).hasSize(5);
        assertThat(out.get(1).get("verdict")).as("a bare CR between tokens is white space").isNotNull();
        assertThat(out.get(2).get("error").asText()).startsWith("line 3: not valid JSON: a control character");
        assertThat(out.get(3).get("error").asText()).startsWith("line 4: not valid JSON");
        assertThat(out.get(4).get("id").asText()).isEqualTo("ok2");
    }

    // ---- item 5: FIFOs and devices --------------------------------------------------------------------------

    @Test
    void aDeviceOrFifoAsProfileIsRefusedNotRead(@TempDir Path dir) throws Exception {
        CliRun r = CliRun.run(OK1 + "\n", "check", "--profile", "/dev/zero");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("the profile is not a regular file").contains("/dev/zero");
        Path fifo = dir.resolve("profile.yaml");
        if (new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0) {
            CliRun f = CliRun.run(OK1 + "\n", "check", "--profile", fifo.toString());
            assertThat(f.exit()).isEqualTo(2);
            assertThat(f.err()).contains("the profile is not a regular file");
        }
    }

    @Test
    void aDirectoryAsInputIsAUsageErrorNamingIt(@TempDir Path dir) {
        CliRun r = CliRun.run(null, "check", dir.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("the input file is a directory: " + dir);
    }
}
