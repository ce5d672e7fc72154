package org.councilpolicy.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON Schemas in {@code docs/schema} describe what {@code ./policykit} really writes. Each
 * subcommand runs on a fixture; while a subcommand is still a stub on this branch, its lines are
 * error lines (validated as such) and the contract's examples stand in for it; as soon as it is
 * implemented, every line it writes is validated against its schema.
 */
class OutputSchemasTest {

    private static final String BASE = "https://github.com/councilpolicy/council-policy-kit/raw/main/docs/schema/";
    private static final Path ROOT = projectRoot();
    private static final Path SCHEMAS = ROOT.resolve("docs").resolve("schema");
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            b -> b.schemaMappers(m -> m.mapPrefix(BASE, SCHEMAS.toUri().toString())));
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true).build();

    // ---- helpers --------------------------------------------------------------------------------------

    private static Path projectRoot() {
        Path root = null;
        for (Path p = Paths.get("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("pom.xml"))) {
                root = p; // the outermost pom is the project's
            }
        }
        if (root == null) {
            throw new IllegalStateException("project root not found from " + Paths.get("").toAbsolutePath());
        }
        return root;
    }

    private static JsonSchema schema(String name) {
        return FACTORY.getSchema(SchemaLocation.of(BASE + name + ".schema.json"), CONFIG);
    }

    private static Set<ValidationMessage> errors(String schema, JsonNode node) {
        return schema(schema).validate(node);
    }

    private static void assertValid(String schema, JsonNode node) {
        assertThat(errors(schema, node)).as("%s against %s", node, schema).isEmpty();
    }

    private static void assertInvalid(String schema, String json, String because) throws IOException {
        assertThat(errors(schema, JsonLines.MAPPER.readTree(json))).as(because).isNotEmpty();
    }

    private static JsonNode json(String s) throws IOException {
        return JsonLines.MAPPER.readTree(s);
    }

    private record Run(int status, List<JsonNode> lines, String err) {
    }

    private static Run run(String... args) throws IOException {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = PolicyKit.execute(args, new PrintWriter(out), new PrintWriter(err));
        List<JsonNode> lines = new ArrayList<>();
        for (String line : out.toString().lines().toList()) {
            if (!line.isBlank()) {
                lines.add(JsonLines.MAPPER.readTree(line));
            }
        }
        return new Run(status, lines, err.toString());
    }

    private static String fixture(String name) {
        try {
            return Path.of(OutputSchemasTest.class.getResource("/schema-fixtures/" + name).toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- the schemas themselves -------------------------------------------------------------------------

    @Test
    void everySchemaIsValidDraft202012AndNamedAsItsId() throws IOException {
        JsonSchema meta = FACTORY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"), CONFIG);
        List<Path> files;
        try (Stream<Path> s = Files.list(SCHEMAS)) {
            files = s.filter(p -> p.toString().endsWith(".schema.json")).sorted().toList();
        }
        assertThat(files.stream().map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(
                "check-report.schema.json", "classification.schema.json", "deadline.schema.json",
                "error-line.schema.json", "finding.schema.json", "moderation.schema.json", "photo-decision.schema.json",
                // the input lines (issue 17)
                "draft.schema.json", "account-setup.schema.json", "message.schema.json", "comment.schema.json",
                "photo-declaration.schema.json");
        for (Path file : files) {
            JsonNode schema = JsonLines.MAPPER.readTree(file.toFile());
            assertThat(meta.validate(schema)).as(file.toString()).isEmpty();
            assertThat(schema.get("$id").asText()).isEqualTo(BASE + file.getFileName());
            assertThat(schema.get("additionalProperties").asBoolean()).as("names may gain fields: " + file).isTrue();
        }
    }

    // ---- real outputs ---------------------------------------------------------------------------------

    @Test
    void checkReportsMatchTheSchema() throws IOException {
        for (String profile : List.of("uk-council", "south-hams-west-devon")) {
            Run r = run("check", "--profile", profile, "--fail-on", "never", fixture("drafts.jsonl"));
            assertThat(r.status()).as(r.err()).isZero();
            assertThat(r.lines()).hasSize(7);
            r.lines().forEach(line -> assertValid("check-report", line));
        }
        // The south-hams profile requires #SHDC or #WDBC: d2 gets a whole-text BLOCK finding.
        Run r = run("check", "--profile", "south-hams-west-devon", fixture("drafts.jsonl"));
        assertThat(r.lines().get(1).get("findings")).isNotEmpty();
        r.lines().forEach(line -> line.get("findings").forEach(f -> assertValid("finding", f)));
    }

    @Test
    void errorLinesMatchTheirSchemaAndAreNotReports() throws IOException {
        Run r = run("check", "--profile", "south-hams-west-devon", fixture("bad-lines.jsonl"));
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.lines()).hasSize(5);
        assertValid("check-report", r.lines().get(0));
        for (JsonNode line : r.lines().subList(1, 5)) {
            assertValid("error-line", line);
            assertThat(errors("check-report", line)).isNotEmpty();
        }
    }

    @Test
    void deadlineOutputMatchesItsSchema() throws IOException {
        for (String[] args : List.of(
                new String[] {"deadline", "--regime", "FOIA", "--received", "2025-12-10"},
                new String[] {"deadline", "--regime", "EIR", "--received", "2025-12-10", "--extended"},
                new String[] {"deadline", "--regime", "SAR", "--received", "2026-01-31"},
                new String[] {"deadline", "--regime", "FOISA", "--received", "2025-12-24", "--counting", "next-working-day"})) {
            Run r = run(args);
            assertThat(r.status()).as(String.join(" ", args) + ": " + r.err()).isZero();
            assertThat(r.lines()).hasSize(1);
            assertValid("deadline", r.lines().get(0));
        }
        assertValid("deadline", json("{\"regime\": \"FOIA\", \"received\": \"2025-12-10\", \"due\": \"2026-01-13\", "
                + "\"workingDays\": 20, \"counting\": \"ico\"}"));
    }

    static Stream<Arguments> lineCommands() {
        return Stream.of(
                Arguments.of("account", "accounts.jsonl", "check-report", 0),
                Arguments.of("classify", "messages.jsonl", "classification", 0),
                Arguments.of("moderate", "comments.jsonl", "moderation", 0),
                Arguments.of("photo", "photos.jsonl", "photo-decision", 1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lineCommands")
    void everyImplementedSubcommandWritesLinesMatchingItsSchema(String command, String fixture, String schema,
                                                                int status) throws IOException {
        Run r = run(command, fixture(fixture));
        assertThat(r.lines()).as(command + " writes one line per input line").hasSize(
                (int) Files.readAllLines(Path.of(fixture(fixture))).stream().filter(l -> !l.isBlank()).count());
        for (JsonNode line : r.lines()) {
            // Every fixture line is valid per the contract: none may be answered with an error line.
            assertThat(line.has("error")).as(command + " rejected a valid fixture line: " + line).isFalse();
            assertValid(schema, line);
        }
        // 2 is an input error, which valid fixtures never are; 1 says some item failed its check (a BLOCK finding,
        // a photo not cleared), which only the photo fixture has; classifying and moderating never fail.
        assertThat(r.status()).as(r.err()).isEqualTo(status);
    }

    // ---- the contract's examples ----------------------------------------------------------------------

    /** The out examples of shared/CONTRACT.md, copied, with "[…]" as an empty list. */
    static Stream<Arguments> contractExamples() {
        return Stream.of(
                Arguments.of("check-report", "{\"id\": \"d1\", \"verdict\": \"BLOCK\", \"findings\": [{\"rule\": "
                        + "\"personal-data.email\", \"clauses\": [\"PD-1\"], \"category\": \"PERSONAL_DATA\", \"kind\": \"EMAIL\", "
                        + "\"severity\": \"BLOCK\", \"start\": 31, \"end\": 52, \"excerpt\": \"j•••@e•••.com\", \"message\": \"…\", "
                        + "\"suggestion\": \"…\"}]}"),
                Arguments.of("classification", "{\"id\": \"m1\", \"type\": \"FOI\", \"ambiguous\": false, \"confidence\": 0.93, "
                        + "\"valid\": false, \"missing\": [\"ADDRESS\"], \"complaint\": false, \"regime\": \"FOIA\", "
                        + "\"due\": \"2026-03-30\", \"actions\": [\"FORWARD_TO_INFORMATION_TEAM\", \"ASK_FOR_EMAIL\"], "
                        + "\"acknowledgement\": {\"full\": \"…\", \"short\": \"…\"}}"),
                Arguments.of("moderation", "{\"id\": \"c1\", \"decision\": \"DELETE\", \"grounds\": [\"PROFANITY\"], "
                        + "\"reportTo\": [], \"explanation\": \"…\", \"repostAllowed\": true, \"retainEvidence\": true, "
                        + "\"findings\": []}"),
                Arguments.of("photo-decision", "{\"id\": \"p1\", \"decision\": \"NOT_CLEARED\", \"actions\": [{\"code\": "
                        + "\"OBTAIN_PARENTAL_CONSENT\", \"clauses\": [\"PH-1\"], \"message\": \"…\"}], \"findings\": []}"),
                Arguments.of("deadline", "{\"regime\": \"FOIA\", \"received\": \"2025-12-10\", \"due\": \"2026-01-13\", "
                        + "\"workingDays\": 20, \"counting\": \"ico\"}"),
                Arguments.of("error-line", "{\"id\": \"d9\", \"error\": \"line 9: text: required\"}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("contractExamples")
    void theContractsExamplesMatch(String schema, String example) throws IOException {
        assertValid(schema, json(example));
    }

    @Test
    void everyOutExampleInSharedContractMatches() throws IOException {
        Path contract = ROOT.getParent() == null ? null : ROOT.getParent().resolve("shared").resolve("CONTRACT.md");
        assumeTrue(contract != null && Files.isRegularFile(contract), "shared/CONTRACT.md absent");
        // Which json block of which section is an output, and its schema.
        Map<String, String[]> outBlocks = new LinkedHashMap<>();
        outBlocks.put("check: reports out", new String[] {"0", "check-report"});
        outBlocks.put("classify: messages in and out", new String[] {"1", "classification"});
        outBlocks.put("moderate: comments in and out", new String[] {"1", "moderation"});
        outBlocks.put("photo: decisions out", new String[] {"0", "photo-decision"});
        outBlocks.put("deadline", new String[] {"0", "deadline"});
        String md = Files.readString(contract);
        int validated = 0;
        for (String section : md.split("\n## ")) {
            String heading = section.lines().findFirst().orElse("").strip();
            String[] which = outBlocks.get(heading);
            if (which == null) {
                continue;
            }
            Matcher m = Pattern.compile("```json\\n(.*?)```", Pattern.DOTALL).matcher(section);
            List<String> blocks = new ArrayList<>();
            while (m.find()) {
                blocks.add(m.group(1));
            }
            String block = blocks.get(Integer.parseInt(which[0])).replace("[…]", "[]");
            assertValid(which[1], json(block));
            validated++;
        }
        assertThat(validated).as("out blocks found in CONTRACT.md").isEqualTo(outBlocks.size());
    }

    // ---- the schemas can fail -------------------------------------------------------------------------

    @Test
    void theSchemasRejectWhatTheContractRules() throws IOException {
        String finding = "{\"rule\": \"personal-data.email\", \"clauses\": [\"PD-1\"], \"category\": \"PERSONAL_DATA\", "
                + "\"kind\": \"EMAIL\", \"severity\": \"BLOCK\", \"start\": 3, \"end\": 9, \"message\": \"m\"}";
        assertValid("finding", json(finding));
        assertInvalid("finding", finding.replace("\"EMAIL\"", "\"SHOE_SIZE\""), "unknown personal-data kind");
        assertInvalid("finding", finding.replace("\"BLOCK\"", "\"FATAL\""), "unknown severity");
        assertInvalid("finding", finding.replace("\"PERSONAL_DATA\"", "\"GOSSIP\""), "unknown category");
        assertInvalid("finding", finding.replace("[\"PD-1\"]", "[]"), "a finding cites a clause");
        assertInvalid("finding", finding.replace(", \"end\": 9", ""), "start without end");
        assertInvalid("finding", finding.replace("\"rule\": \"personal-data.email\", ", ""), "rule is required");
        assertValid("finding", json(finding.replace("\"PERSONAL_DATA\"", "\"POLITICAL\"").replace("\"EMAIL\"", "\"PARTY\"")));

        assertInvalid("check-report", "{\"id\": 1, \"findings\": []}", "verdict is required");
        assertInvalid("check-report", "{\"id\": 1, \"verdict\": \"OK\", \"findings\": []}", "unknown verdict");
        assertInvalid("check-report", "{\"verdict\": \"PASS\", \"findings\": []}", "id is echoed");
        assertInvalid("check-report", "{\"id\": 1, \"verdict\": \"PASS\", \"findings\": [" + finding + "]}",
                "PASS with a BLOCK finding");
        assertInvalid("check-report", "{\"id\": 1, \"verdict\": \"BLOCK\", \"findings\": []}", "BLOCK with no finding");
        assertValid("check-report", json("{\"id\": null, \"verdict\": \"PASS\", \"findings\": [], \"extra\": 1}"));

        assertInvalid("error-line", "{\"id\": 1}", "error is required");
        assertInvalid("error-line", "{\"id\": 1, \"error\": \"bad\"}", "the error names the line");

        String classification = "{\"id\": \"m1\", \"type\": \"FOI\", \"ambiguous\": false, \"confidence\": 0.9, "
                + "\"valid\": true, \"missing\": [], \"complaint\": false, \"regime\": \"FOIA\", \"due\": \"2026-03-30\", "
                + "\"actions\": [], \"acknowledgement\": {\"full\": \"f\", \"short\": \"s\"}}";
        assertValid("classification", json(classification));
        assertInvalid("classification", classification.replace("\"FOI\"", "\"COMPLAINT\""), "unknown type");
        assertInvalid("classification", classification.replace("\"FOIA\"", "\"GDPR\""), "unknown regime");
        assertInvalid("classification", classification.replace("0.9", "1.5"), "confidence above 1");
        assertInvalid("classification", classification.replace("2026-03-30", "30/03/2026"), "due is ISO-8601");
        assertInvalid("classification", classification.replace("\"s\"}", "\"" + "x".repeat(281) + "\"}"),
                "short fits in 280 characters");
        assertInvalid("classification", classification.replace("\"ambiguous\": false", "\"ambiguous\": true"),
                "ambiguous means ASK_IF_FOI");

        String moderation = "{\"id\": \"c1\", \"decision\": \"DELETE\", \"grounds\": [\"HATE\"], \"reportTo\": "
                + "[\"HATE_CRIME_SERVICE\"], \"explanation\": \"e\", \"repostAllowed\": false, \"retainEvidence\": true, "
                + "\"findings\": []}";
        assertValid("moderation", json(moderation));
        assertInvalid("moderation", moderation.replace("[\"HATE_CRIME_SERVICE\"]", "[]"), "hate is reported");
        assertInvalid("moderation", moderation.replace("[\"HATE\"]", "[\"CRITICISM\"]"), "criticism is never grounds");
        assertInvalid("moderation", moderation.replace("[\"HATE\"]", "[]"), "DELETE needs grounds");
        assertInvalid("moderation", moderation.replace("\"DELETE\"", "\"HIDE\""), "unknown decision");

        String photo = "{\"id\": \"p1\", \"decision\": \"CLEARED\", \"actions\": [], \"findings\": []}";
        assertValid("photo-decision", json(photo));
        assertInvalid("photo-decision", photo.replace("CLEARED", "MAYBE"), "unknown decision");
        assertInvalid("photo-decision", photo.replace("\"actions\": []", "\"actions\": [{\"code\": \"BLUR\"}]"),
                "an action cites clauses and explains itself");

        String deadline = "{\"regime\": \"SAR\", \"received\": \"2026-01-31\", \"due\": \"2026-02-28\", "
                + "\"workingDays\": 0, \"counting\": \"ico\"}";
        assertValid("deadline", json(deadline));
        assertInvalid("deadline", deadline.replace("\"ico\"", "\"ICO\""), "counting is lower case as on the command line");
        assertInvalid("deadline", deadline.replace("\"SAR\"", "\"UK_GDPR\""), "deadline names regimes as the CLI does");
        assertInvalid("deadline", deadline.replace("2026-02-28", "2026-02-30"), "not a date");
    }
}
