package org.councilpolicy.examples.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.councilpolicy.core.engine.RuleRegistry;
import org.councilpolicy.examples.cli.JsonItems;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code docs/openapi.yaml} against the running service: every path, method and documented answer is produced by a
 * real request (and nothing undocumented is in the table), with the documented status and content type, and every
 * JSON body (each line, for JSON Lines) validates against the schema the description gives: the files of
 * {@code docs/schema}, which are its components.
 */
class OpenApiTest {

    private static final String BASE = "https://github.com/councilpolicy/council-policy-kit/raw/main/docs/schema/";
    private static final String KEY = "openapi-test-key-0001";
    private static final Path DOCS = projectRoot().resolve("docs");
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            b -> b.schemaMappers(m -> m.mapPrefix(BASE, DOCS.resolve("schema").toUri().toString())));
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true).build();

    private static final JsonSchema META = FACTORY.getSchema(
            SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"), CONFIG);

    /** A valid item and an item with a bad field, for each item endpoint. */
    private static final Map<String, String[]> ITEMS = Map.of(
            "check", new String[] {"{\"id\":\"d1\",\"text\":\"Call Jane on 07700 900123\",\"platform\":\"X\"}", "{\"id\":\"d2\"}"},
            "classify", new String[] {"{\"id\":\"m1\",\"text\":\"Under FOI please send me the cost of agency staff\","
                    + "\"receivedAt\":\"2026-03-02\"}", "{\"id\":\"m2\",\"text\":\"x\",\"receivedAt\":\"soon\"}"},
            "moderate", new String[] {"{\"id\":\"c1\",\"text\":\"The potholes are a disgrace\"}", "{\"id\":\"c2\",\"text\":7}"},
            "account", new String[] {"{\"id\":\"a1\",\"account\":\"CORPORATE\",\"bio\":\"Monitored 24/7\",\"twoFactor\":false}",
                "{\"id\":\"a2\",\"platform\":\"MYSPACE\"}"},
            "photo", new String[] {"{\"id\":\"p1\",\"context\":\"SCHOOL\",\"subjects\":[{\"ageBand\":\"CHILD\"}]}",
                "{\"id\":\"p2\",\"image\":\"/etc/passwd\"}"});

    static JsonNode spec;
    static PolicyService service;
    static Http http;

    /** What came back: status, content type, body. */
    record Got(int status, String contentType, String body) {
    }

    @BeforeAll
    static void start(@TempDir Path dir) throws IOException {
        spec = new ObjectMapper(new YAMLFactory()).readTree(DOCS.resolve("openapi.yaml").toFile());
        Path keys = dir.resolve("keys");
        Files.writeString(keys, KEY + "\n", StandardCharsets.UTF_8);
        RuleRegistry registry = RuleRegistry.discover();
        service = PolicyService.start(ServiceOptions.builder(List.of(registry.profileLoader().builtIn("uk-council"),
                        registry.profileLoader().builtIn("scottish-borders")))
                .port(0).limits(new ServiceLimits(16 * 1024, 1000, 3, Duration.ofSeconds(1))).apiKeys(ApiKeys.load(keys))
                .shutdownGrace(Duration.ofSeconds(1)).build(), registry);
        http = new Http(service.port());
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @Test
    void itIsOpenApi31AndItsSchemasAreTheFilesOfDocsSchema() throws IOException {
        assertThat(spec.get("openapi").asText()).startsWith("3.1.");
        TreeSet<String> referenced = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = spec.at("/components/schemas").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String ref = e.getValue().path("$ref").asText();
            assertThat(ref).as(e.getKey()).startsWith("schema/");
            Path file = DOCS.resolve(ref);
            assertThat(file).as(e.getKey()).isRegularFile();
            JsonNode schema = JsonItems.mapper().readTree(file.toFile());
            assertThat(schema.get("$id").asText()).isEqualTo(BASE + ref.substring(7));
            assertThat(META.validate(schema)).as(file.toString()).isEmpty();
            referenced.add(ref);
        }
        TreeSet<String> files = new TreeSet<>();
        try (Stream<Path> s = Files.walk(DOCS.resolve("schema"))) {
            s.filter(p -> p.toString().endsWith(".schema.json"))
                    .forEach(p -> files.add("schema/" + DOCS.resolve("schema").relativize(p).toString().replace('\\', '/')));
        }
        assertThat(referenced).isEqualTo(files);
    }

    @Test
    void everyDocumentedAnswerIsWhatTheServiceGives() {
        Map<String, Supplier<Got>> cases = cases();
        assertThat(new TreeSet<>(cases.keySet())).isEqualTo(documented());
        for (Map.Entry<String, Supplier<Got>> c : cases.entrySet()) {
            String[] k = c.getKey().split(" ");
            Got got = c.getValue().get();
            assertThat(got.status()).as(c.getKey() + ": " + got.body()).isEqualTo(Integer.parseInt(k[2]));
            assertThat(got.contentType()).as(c.getKey()).startsWith(k[3]);
            List<String> schemas = schemasOf(k[1], k[0].toLowerCase(), k[2], k[3]);
            if (k[3].equals("application/x-ndjson")) {
                List<JsonNode> lines = ServiceTest.lines(got.body());
                assertThat(lines).as(c.getKey()).hasSizeGreaterThan(1);
                assertThat(lines).as("an error line among them").anyMatch(l -> l.has("error"));
                lines.forEach(line -> assertOneValidates(c.getKey(), schemas, line));
            } else if (k[3].equals("application/json")) {
                assertOneValidates(c.getKey(), schemas, parse(got.body()));
            } else {
                assertThat(got.body()).contains("<html");
            }
        }
    }

    @Test
    void theRequestsAndExamplesValidateAgainstTheInputSchemas() {
        for (String kind : ITEMS.keySet()) {
            String schema = spec.at("/paths/~1v1~1" + kind + "/post/requestBody/content/application~1json/schema/$ref")
                    .asText();
            JsonSchema input = component(schema);
            assertThat(input.validate(parse(ITEMS.get(kind)[0]))).as(kind).isEmpty();
            JsonNode example = spec.at("/paths/~1v1~1" + kind + "/post/requestBody/content/application~1json/example");
            assertThat(example.isObject()).as(kind).isTrue();
            assertThat(input.validate(example)).as(kind).isEmpty();
            assertThat(input.validate(parse(ITEMS.get(kind)[1]))).as(kind + ": the bad item is bad").isNotEmpty();
        }
    }

    private Map<String, Supplier<Got>> cases() {
        Map<String, Supplier<Got>> c = new LinkedHashMap<>();
        c.put("GET / 200 text/html", () -> got(http.get("/")));
        c.put("GET /healthz 200 application/json", () -> got(http.get("/healthz")));
        for (String path : List.of("/v1/profiles", "/v1/rules", "/v1/clauses")) {
            c.put("GET " + path + " 200 application/json", () -> got(http.get(path, "X-Api-Key", KEY)));
            c.put("GET " + path + " 401 application/json", () -> got(http.get(path)));
        }
        c.put("GET /v1/rules 400 application/json", () -> got(http.get("/v1/rules?profile=%2Fetc%2Fp.yaml", "X-Api-Key", KEY)));
        for (Map.Entry<String, String[]> e : ITEMS.entrySet()) {
            String path = "/v1/" + e.getKey();
            String good = e.getValue()[0];
            String bad = e.getValue()[1];
            String auth = "Bearer " + KEY;
            c.put("POST " + path + " 200 application/json",
                    () -> got(http.json(path + "?profile=scottish-borders", good, "Authorization", auth)));
            c.put("POST " + path + " 200 application/x-ndjson",
                    () -> got(http.lines(path, good + "\n{oops\n" + bad + "\n", "Authorization", auth)));
            c.put("POST " + path + " 400 application/json",
                    () -> got(http.json(path + "?profile=..%2Fprofile.yaml", good, "Authorization", auth)));
            c.put("POST " + path + " 401 application/json", () -> got(http.json(path, good)));
            c.put("POST " + path + " 408 application/json", () -> slowBody(path));
            c.put("POST " + path + " 413 application/json",
                    () -> got(http.lines(path, (good + "\n").repeat(4), "Authorization", auth)));
            c.put("POST " + path + " 415 application/json",
                    () -> got(http.post(path, "text/plain", good, "Authorization", auth)));
            c.put("POST " + path + " 422 application/json", () -> got(http.json(path, bad, "Authorization", auth)));
        }
        return c;
    }

    /** Every "METHOD path status content-type" the description documents. */
    private static TreeSet<String> documented() {
        TreeSet<String> out = new TreeSet<>();
        spec.get("paths").fields().forEachRemaining(p -> p.getValue().fields().forEachRemaining(op ->
                op.getValue().get("responses").fields().forEachRemaining(r -> resolve(r.getValue()).get("content")
                        .fieldNames().forEachRemaining(type -> out.add(op.getKey().toUpperCase() + " " + p.getKey()
                                + " " + r.getKey() + " " + type)))));
        return out;
    }

    private static JsonNode resolve(JsonNode node) {
        JsonNode ref = node.get("$ref");
        return ref == null ? node : spec.at(ref.asText().substring(1));
    }

    /** The component files a documented answer's body (or each of its lines) must match one of. */
    private static List<String> schemasOf(String path, String method, String status, String type) {
        JsonNode response = resolve(spec.get("paths").get(path).get(method).get("responses").get(status));
        JsonNode schema = response.get("content").get(type).get("schema");
        List<String> refs = new ArrayList<>();
        if (schema.has("$ref")) {
            refs.add(schema.get("$ref").asText());
        }
        schema.path("oneOf").forEach(s -> refs.add(s.get("$ref").asText()));
        return refs;
    }

    private static JsonSchema component(String ref) {
        assertThat(ref).startsWith("#/components/schemas/");
        String file = spec.at(ref.substring(1)).get("$ref").asText();
        return FACTORY.getSchema(SchemaLocation.of(BASE + file.substring("schema/".length())), CONFIG);
    }

    private static void assertOneValidates(String what, List<String> refs, JsonNode body) {
        List<String> problems = new ArrayList<>();
        for (String ref : refs) {
            var errors = component(ref).validate(body);
            if (errors.isEmpty()) {
                return;
            }
            problems.add(ref + ": " + errors);
        }
        throw new AssertionError(what + ": " + body + " matches none of " + problems);
    }

    private static Got got(Http.Answer a) {
        if (a.status() >= 400) {
            assertThat(a.header("X-Request-Id")).isNotBlank();
        }
        return new Got(a.status(), a.contentType(), a.body());
    }

    /** A body sent one byte every 100 ms: the service answers 408 after its 1 s limit. */
    private static Got slowBody(String path) {
        try (Socket s = new Socket("127.0.0.1", service.port())) {
            s.setSoTimeout(20_000);
            OutputStream out = s.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: t\r\nX-Api-Key: " + KEY + "\r\nContent-Type: application/json"
                    + "\r\nContent-Length: 300\r\n\r\n{").getBytes(StandardCharsets.US_ASCII));
            for (int i = 0; i < 40 && s.getInputStream().available() == 0; i++) {
                Thread.sleep(100);
                out.write(' ');
                out.flush();
            }
            BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
            int status = Integer.parseInt(in.readLine().substring(9, 12));
            String type = "";
            int length = 0;
            for (String h = in.readLine(); h != null && !h.isEmpty(); h = in.readLine()) {
                String lower = h.toLowerCase();
                if (lower.startsWith("content-type:")) {
                    type = h.substring(13).trim();
                } else if (lower.startsWith("content-length:")) {
                    length = Integer.parseInt(h.substring(15).trim());
                }
            }
            char[] body = new char[length];
            int n = 0;
            while (n < length) {
                int r = in.read(body, n, length - n);
                if (r < 0) {
                    break;
                }
                n += r;
            }
            return new Got(status, type, new String(body, 0, n));
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static JsonNode parse(String json) {
        try {
            return JsonItems.mapper().readTree(json);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + json, e);
        }
    }

    private static Path projectRoot() {
        Path root = null;
        for (Path p = Paths.get("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("pom.xml"))) {
                root = p;
            }
        }
        return root;
    }
}
