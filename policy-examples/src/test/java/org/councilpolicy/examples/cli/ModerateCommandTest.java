package org.councilpolicy.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModerateCommandTest {

    @TempDir
    Path dir;

    private record Run(int exit, List<JsonNode> lines, String err) {
    }

    private Run run(String... inputLines) throws IOException {
        Path file = dir.resolve("in.jsonl");
        Files.write(file, List.of(inputLines));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = PolicyKit.execute(new String[] {"moderate", file.toString()}, new PrintWriter(out), new PrintWriter(err));
        ObjectMapper om = new ObjectMapper();
        List<JsonNode> lines = out.toString().lines().filter(l -> !l.isBlank()).map(l -> {
            try {
                return om.readTree(l);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
        return new Run(exit, lines, err.toString());
    }

    @Test
    void decidesPerContract() throws IOException {
        Run r = run(
                "{\"id\":\"c1\",\"text\":\"Fix the f**king potholes on Mill Lane, they have been there for months\","
                        + "\"platform\":\"FACEBOOK\",\"onPost\":\"Roadworks update\",\"proposed\":\"DELETE\"}",
                "{\"id\":\"c2\",\"text\":\"Worst council in England, fix the roads\",\"proposed\":\"DELETE\"}",
                "{\"id\":\"c3\",\"text\":\"Immigrants are vermin\"}");
        assertThat(r.exit()).isZero();
        assertThat(r.lines()).hasSize(3);
        JsonNode c1 = r.lines().get(0);
        assertThat(c1.get("id").asText()).isEqualTo("c1");
        assertThat(c1.get("decision").asText()).isEqualTo("DELETE");
        assertThat(c1.get("grounds").toString()).isEqualTo("[\"PROFANITY\"]");
        assertThat(c1.get("reportTo").toString()).isEqualTo("[]");
        assertThat(c1.get("repostAllowed").asBoolean()).isTrue();
        assertThat(c1.get("retainEvidence").asBoolean()).isTrue();
        assertThat(c1.get("explanation").asText()).contains("swearing");
        JsonNode f = c1.get("findings").get(0);
        assertThat(f.get("rule").asText()).isEqualTo("moderation.profanity");
        assertThat(f.get("start").asInt()).isEqualTo(8);
        assertThat(f.get("excerpt").asText()).doesNotContain("fuck");
        JsonNode c2 = r.lines().get(1);
        assertThat(c2.get("decision").asText()).isEqualTo("KEEP");
        assertThat(c2.get("proposalRefused").asBoolean()).isTrue();
        assertThat(c2.get("explanation").asText()).startsWith("Deletion refused: criticism is not a ground (MD-1)");
        assertThat(r.lines().get(2).get("reportTo").toString()).isEqualTo("[\"HATE_CRIME_SERVICE\"]");
    }

    @Test
    void badLinesGetAnErrorAndExitTwo() throws IOException {
        Run r = run("{\"id\":\"a\",\"text\":\"Thanks!\"}", "{\"id\":\"b\",\"platform\":\"FACEBOOK\"}",
                "{\"id\":\"c\",\"text\":\"hi\",\"proposed\":\"BURN\"}");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.lines()).hasSize(3);
        assertThat(r.lines().get(0).get("decision").asText()).isEqualTo("KEEP");
        assertThat(r.lines().get(1).get("error")).isNotNull();
        assertThat(r.lines().get(2).get("error").asText()).contains("DELETE");
        assertThat(r.err()).contains("line 2").contains("text").contains("line 3").contains("proposed");
    }
}
