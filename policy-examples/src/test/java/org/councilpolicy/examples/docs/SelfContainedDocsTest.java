package org.councilpolicy.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.councilpolicy.examples.cli.PolicyKit;
import org.junit.jupiter.api.Test;

/**
 * Issue 17: the repository is self-contained. No user-facing file (README, docs, schemas, samples, anything the
 * command line prints) refers to a path outside the repository; every relative link in the README and docs
 * resolves; every sample input line validates against its input schema.
 */
class SelfContainedDocsTest {

    private static final Path ROOT = root();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BASE = "https://github.com/councilpolicy/council-policy-kit/raw/main/docs/schema/";
    /** The evaluation material beside the repository, named. */
    private static final Pattern OUTSIDE = Pattern.compile("(?<![\\w.-])shared/(?:policies|corpus|CONTRACT|schemas)");
    /** A relative path that climbs: it may still land inside the repository (a schema's "../x.schema.json"). */
    private static final Pattern CLIMB = Pattern.compile("(?:\\.\\./)+[\\w./-]*");
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)#\\s]+)(?:#[^)]*)?\\)");

    private static Path root() {
        Path root = null;
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("pom.xml"))) {
                root = p;
            }
        }
        return root;
    }

    private static List<Path> userFacingFiles() throws IOException {
        List<Path> files = new ArrayList<>(List.of(ROOT.resolve("README.md"), ROOT.resolve("policykit")));
        for (String dir : List.of("docs", "samples")) {
            try (Stream<Path> s = Files.walk(ROOT.resolve(dir))) {
                s.filter(Files::isRegularFile).filter(p -> !p.toString().endsWith(".png")).forEach(files::add);
            }
        }
        try (Stream<Path> s = Files.walk(ROOT)) {
            s.filter(p -> p.toString().contains("/src/main/resources/") && !p.toString().contains("/target/"))
                    .filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".html")
                            || p.toString().endsWith(".md") || p.toString().endsWith(".txt"))
                    .forEach(files::add);
        }
        return files;
    }

    @Test
    void noUserFacingFileRefersOutsideTheRepository() throws IOException {
        List<String> outside = new ArrayList<>();
        for (Path file : userFacingFiles()) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                boolean leaves = OUTSIDE.matcher(lines.get(i)).find();
                Matcher climb = CLIMB.matcher(lines.get(i));
                while (climb.find()) {
                    leaves |= !file.getParent().resolve(climb.group()).normalize().startsWith(ROOT);
                }
                if (leaves) {
                    outside.add(ROOT.relativize(file) + ":" + (i + 1));
                }
            }
        }
        assertThat(outside).as("references to paths outside the repository").isEmpty();
    }

    @Test
    void whatTheCommandLinePrintsRefersToNothingOutside() {
        for (String[] args : List.of(new String[] {"profiles"}, new String[] {"rules", "--format", "markdown"},
                new String[] {"rules", "--format", "json"}, new String[] {"--help"}, new String[] {"check", "--help"})) {
            StringWriter out = new StringWriter();
            PolicyKit.execute(args, new PrintWriter(out), new PrintWriter(new StringWriter()));
            assertThat(out.toString()).as(String.join(" ", args)).isNotBlank().doesNotContainPattern(OUTSIDE)
                    .doesNotContain("../");
        }
    }

    @Test
    void everyRelativeLinkInTheReadmeAndDocsResolves() throws IOException {
        List<String> broken = new ArrayList<>();
        for (Path file : userFacingFiles()) {
            if (!file.toString().endsWith(".md")) {
                continue;
            }
            Matcher m = LINK.matcher(Files.readString(file, StandardCharsets.UTF_8));
            while (m.find()) {
                String target = m.group(1);
                if (!target.contains("://") && !Files.exists(file.getParent().resolve(target))) {
                    broken.add(ROOT.relativize(file) + " -> " + target);
                }
            }
        }
        assertThat(broken).isEmpty();
    }

    @Test
    void everySampleInputLineValidatesAgainstItsInputSchema() throws IOException {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
                b -> b.schemaMappers(m -> m.mapPrefix(BASE, ROOT.resolve("docs/schema").toUri().toString())));
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        Map<String, String> schemaBySample = Map.of("drafts.jsonl", "draft", "accounts.jsonl", "account-setup",
                "messages.jsonl", "message", "comments.jsonl", "comment", "photos.jsonl", "photo-declaration");
        int lines = 0;
        for (var e : schemaBySample.entrySet()) {
            var schema = factory.getSchema(SchemaLocation.of(BASE + e.getValue() + ".schema.json"), config);
            for (String line : Files.readAllLines(ROOT.resolve("samples").resolve(e.getKey()), StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node = JSON.readTree(line);
                assertThat(schema.validate(node)).as("%s: %s", e.getKey(), node.path("id")).isEmpty();
                lines++;
            }
            assertThat(schema.validate(JSON.readTree("{\"text\": 42, \"platform\": \"MYSPACE\", \"context\": \"BEACH\"}")))
                    .as("the %s schema rejects a wrong type and an unknown enum value", e.getValue()).isNotEmpty();
        }
        assertThat(lines).isGreaterThanOrEqualTo(20);
    }
}
