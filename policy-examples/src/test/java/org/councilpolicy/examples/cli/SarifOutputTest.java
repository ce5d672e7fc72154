package org.councilpolicy.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17 item 8: {@code check --format sarif} validates against the official SARIF 2.1.0 schema (read from the
 * standards folder beside the project; skipped without it), its regions point at the finding's characters in the
 * JSON Lines file, and input errors are in the log.
 */
class SarifOutputTest {

    private static final Path OFFICIAL = Path.of("..", "..", "shared", "schemas", "sarif-schema-2.1.0.json");

    @TempDir
    Path dir;

    private Path input() throws Exception {
        return Files.write(dir.resolve("drafts.jsonl"), List.of(
                "{\"id\":\"d1\",\"text\":\"Bins resume on Monday #SHDC\"}",
                "not json at all",
                "{\"id\":\"d2\",\"account\":\"CORPORATE\",\"text\":\"Caf\\u00e9 \\\"news\\\": call Jane on 07700 900123 #SHDC\"}"),
                StandardCharsets.UTF_8);
    }

    private JsonNode sarif(Path in) throws Exception {
        CliRun r = CliRun.run(null, "check", "--profile", "south-hams-west-devon", "--format", "sarif", in.toString());
        assertThat(r.exit()).as(r.err()).isEqualTo(2);
        return JsonLines.MAPPER.readTree(r.out());
    }

    @Test
    void validatesAgainstTheOfficialSchema() throws Exception {
        assumeTrue(Files.isRegularFile(OFFICIAL), "official SARIF schema absent");
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4)
                .getSchema(Files.readString(OFFICIAL, StandardCharsets.UTF_8));
        JsonNode log = sarif(input());
        assertThat(schema.validate(log)).isEmpty();
        JsonNode sample = JsonLines.MAPPER.readTree(CliRun.run(null, "check", "--profile", "south-hams-west-devon",
                "--format", "sarif", Path.of("..", "samples", "drafts.jsonl").toString()).out());
        assertThat(schema.validate(sample)).isEmpty();
    }

    @Test
    void regionsPointAtTheFindingInTheFileAndErrorsAreNotifications() throws Exception {
        Path in = input();
        JsonNode run = sarif(in).get("runs").get(0);
        assertThat(run.has("profile")).isFalse();
        assertThat(run.get("properties").get("profile").asText()).isEqualTo("south-hams-west-devon");
        JsonNode phone = null;
        for (JsonNode r : run.get("results")) {
            if (r.get("ruleId").asText().equals("personal-data.phone")) {
                phone = r;
            }
        }
        assertThat(phone).isNotNull();
        JsonNode region = phone.get("locations").get(0).get("physicalLocation").get("region");
        assertThat(region.get("startLine").asInt()).isEqualTo(3);
        String line3 = Files.readAllLines(in, StandardCharsets.UTF_8).get(2);
        String marked = line3.substring(region.get("startColumn").asInt() - 1, region.get("endColumn").asInt() - 1);
        assertThat(marked).isEqualTo("07700 900123");
        assertThat(phone.get("properties").get("textStart").asInt()).isEqualTo("Café \"news\": call Jane on ".length());
        JsonNode invocation = run.get("invocations").get(0);
        assertThat(invocation.get("executionSuccessful").asBoolean()).isFalse();
        JsonNode note = invocation.get("toolExecutionNotifications").get(0);
        assertThat(note.get("message").get("text").asText()).startsWith("line 2: ").doesNotContain("not json at all");
        assertThat(note.get("locations").get(0).get("physicalLocation").get("region").get("startLine").asInt())
                .isEqualTo(2);
    }
}
