package org.councilpolicy.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccountCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private record Run(int code, List<JsonNode> lines, String err) {
    }

    private Run run(String input, String... args) throws IOException {
        Path file = dir.resolve("accounts.jsonl");
        Files.writeString(file, input);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = new String[args.length + 2];
        all[0] = "account";
        System.arraycopy(args, 0, all, 1, args.length);
        all[all.length - 1] = file.toString();
        int code = PolicyKit.execute(all, new PrintWriter(out), new PrintWriter(err));
        List<JsonNode> lines = new ArrayList<>();
        for (String l : out.toString().split("\n")) {
            if (!l.isBlank()) {
                lines.add(JSON.readTree(l));
            }
        }
        return new Run(code, lines, err.toString());
    }

    @Test
    void goodSetUpPassesAndExitsZero() throws IOException {
        Run r = run("{\"id\":\"a1\",\"platform\":\"X\",\"account\":\"CORPORATE\",\"displayName\":\"Suffolk County Council\","
                + "\"handle\":\"@suffolkcc\",\"bio\":\"News from Suffolk County Council. Monitored Mon–Fri 9am–5pm.\","
                + "\"links\":[\"https://www.suffolk.gov.uk\"],\"twoFactor\":true}\n", "--profile", "suffolk");
        assertThat(r.code()).isZero();
        assertThat(r.lines()).singleElement().satisfies(l -> {
            assertThat(l.get("id").asText()).isEqualTo("a1");
            assertThat(l.get("verdict").asText()).isEqualTo("PASS");
            assertThat(l.get("findings")).isEmpty();
        });
    }

    @Test
    void blockingFindingExitsOneWithSpansIntoTheBio() throws IOException {
        String bio = "Planning officer at South Hams District Council. Walker, baker.";
        Run r = run("{\"id\":\"a2\",\"platform\":\"X\",\"account\":\"OFFICER_PERSONAL\",\"bio\":\"" + bio + "\",\"twoFactor\":true}\n"
                + "{\"id\":\"a3\",\"account\":\"CORPORATE\",\"bio\":\"Monitored 24/7\",\"twoFactor\":false}\n",
                "--profile", "south-hams-west-devon");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.lines()).hasSize(2);
        JsonNode a2 = r.lines().get(0);
        assertThat(a2.get("verdict").asText()).isEqualTo("REVIEW");
        JsonNode f = a2.get("findings").get(0);
        assertThat(f.get("rule").asText()).isEqualTo("account.views-disclaimer");
        assertThat(f.get("category").asText()).isEqualTo("ACCOUNT");
        assertThat(f.get("clauses").get(0).asText()).isEqualTo("RC-10");
        assertThat(bio.substring(f.get("start").asInt(), f.get("end").asInt())).isEqualTo("South Hams District Council");
        JsonNode a3 = r.lines().get(1);
        assertThat(a3.get("verdict").asText()).isEqualTo("BLOCK");
        assertThat(a3.get("findings").findValuesAsText("rule")).contains("account.two-factor");
    }

    @Test
    void reviewOnlyExitsZero() throws IOException {
        Run r = run("{\"id\":\"a4\",\"account\":\"CORPORATE\",\"bio\":\"News from us\",\"twoFactor\":true}\n");
        assertThat(r.code()).isZero();
        assertThat(r.lines().get(0).get("verdict").asText()).isEqualTo("REVIEW");
    }

    @Test
    void badLinesGetAnErrorAndExitTwoWhileOthersAreProcessed() throws IOException {
        Run r = run("{\"id\":\"b1\",\"account\":\"MAYOR\"}\n"
                + "not json\n"
                + "{\"id\":\"b3\",\"twoFactor\":\"yes\"}\n"
                + "{\"id\":\"b4\",\"account\":\"CORPORATE\",\"bio\":\"Monitored Mon–Fri 9am–5pm\",\"twoFactor\":true}\n");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.lines()).hasSize(4);
        assertThat(r.lines().get(0).get("error").asText()).contains("account");
        assertThat(r.lines().get(1).has("error")).isTrue();
        assertThat(r.lines().get(2).get("error").asText()).contains("twoFactor");
        assertThat(r.lines().get(3).get("verdict").asText()).isEqualTo("PASS");
        assertThat(r.err()).contains("line 1").contains("line 2").contains("line 3");
    }

    @Test
    void unknownProfileIsAUsageError() throws IOException {
        Run r = run("{\"id\":\"a1\"}\n", "--profile", "no-such-council");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("policykit:");
    }
}
