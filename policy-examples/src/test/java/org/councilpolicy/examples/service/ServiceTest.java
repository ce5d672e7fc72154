package org.councilpolicy.examples.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.councilpolicy.core.engine.RuleRegistry;
import org.councilpolicy.examples.cli.JsonItems;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The service end to end on a loopback port: endpoints, profiles, limits, refusals and the access log. */
class ServiceTest {

    static final String PHONE_DRAFT = "Call Zebedee Quux on 07700 900123 about the bins";

    static final Queue<String> LOG = new ConcurrentLinkedQueue<>();
    static PolicyService service;
    static Http http;

    @BeforeAll
    static void start() throws IOException {
        RuleRegistry registry = RuleRegistry.discover();
        service = PolicyService.start(ServiceOptions.builder(List.of(
                        registry.profileLoader().builtIn("uk-council"), registry.profileLoader().builtIn("suffolk")))
                .port(0)
                .limits(new ServiceLimits(4096, 300, 5, Duration.ofSeconds(30)))
                .threads(4)
                .shutdownGrace(Duration.ofSeconds(2))
                .accessLog(LOG::add)
                .build(), registry);
        http = new Http(service.port());
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @Test
    void oneDraftGetsOneReport() {
        Http.Answer a = http.json("/v1/check", "{\"id\":\"d1\",\"text\":\"" + PHONE_DRAFT + "\",\"platform\":\"X\"}");
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.contentType()).startsWith("application/json");
        JsonNode r = a.json();
        assertThat(r.get("id").asText()).isEqualTo("d1");
        assertThat(r.get("verdict").asText()).isEqualTo("BLOCK");
        JsonNode phone = findingOf(r, "personal-data.phone");
        assertThat(PHONE_DRAFT.substring(phone.get("start").asInt(), phone.get("end").asInt())).isEqualTo("07700 900123");
        assertThat(a.header("X-Request-Id")).isNotBlank();
    }

    @Test
    void jsonLinesAreAnsweredLineByLineInOrderWithBadLinesReported() {
        Http.Answer a = http.lines("/v1/check", "{\"id\":1,\"text\":\"" + PHONE_DRAFT + "\"}\n\n{not json\n"
                + "{\"id\":3,\"text\":\"Bins are collected on Monday.\",\"platform\":\"MYSPACE\"}\n"
                + "{\"id\":4,\"text\":\"Bins are collected on Monday.\"}\n");
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.contentType()).startsWith("application/x-ndjson");
        List<JsonNode> out = lines(a.body());
        assertThat(out).hasSize(4);
        assertThat(out.get(0).get("verdict").asText()).isEqualTo("BLOCK");
        assertThat(out.get(1).get("error").asText()).startsWith("line 3: not valid JSON");
        assertThat(out.get(2).get("id").asInt()).isEqualTo(3);
        assertThat(out.get(2).get("error").asText()).startsWith("line 4: platform: expected one of");
        assertThat(out.get(3).get("id").asInt()).isEqualTo(4);
        assertThat(out.get(3).has("verdict")).isTrue();
    }

    @Test
    void everyItemEndpointAnswersWithTheCommandLinesShapes() {
        JsonNode c = http.json("/v1/classify", "{\"id\":\"m\",\"text\":\"Under the Freedom of Information Act please "
                + "send me the cost of agency staff in 2024.\",\"receivedAt\":\"2026-03-02\"}").json();
        assertThat(c.get("type").asText()).isEqualTo("FOI");
        assertThat(c.get("due").asText()).matches("2026-03-\\d\\d");
        JsonNode m = http.json("/v1/moderate", "{\"id\":\"c\",\"text\":\"The potholes on Fore Street are a disgrace\"}").json();
        assertThat(m.get("decision").asText()).isEqualTo("KEEP");
        JsonNode acc = http.json("/v1/account", "{\"id\":\"a\",\"account\":\"CORPORATE\",\"bio\":\"Monitored 24/7\","
                + "\"twoFactor\":false}").json();
        assertThat(acc.get("verdict").asText()).isEqualTo("BLOCK");
        JsonNode p = http.json("/v1/photo", "{\"id\":\"p\",\"context\":\"SCHOOL\",\"subjects\":[{\"ageBand\":\"CHILD\"}]}").json();
        assertThat(p.get("decision").asText()).isEqualTo("NOT_CLEARED");
    }

    @Test
    void profilesAreChosenByNameAndNeverByPath() {
        JsonNode profiles = http.get("/v1/profiles").json();
        assertThat(profiles.findValuesAsText("name")).containsExactly("uk-council", "suffolk");
        assertThat(profiles.get(0).get("default").asBoolean()).isTrue();
        assertThat(http.json("/v1/check?profile=suffolk", "{\"text\":\"Bins on Monday\"}").status()).isEqualTo(200);
        for (String bad : List.of("south-hams-west-devon", "..%2F..%2Fetc%2Fpasswd", "%2Ftmp%2Fp.yaml", "C%3A%5Cp.yaml",
                "uk-council.yaml", "")) {
            Http.Answer a = http.json("/v1/check?profile=" + bad, "{\"text\":\"Bins on Monday\"}");
            assertThat(a.status()).as(bad).isEqualTo(400);
            assertThat(a.json().get("error").asText()).contains("never a file path").contains("uk-council, suffolk");
        }
        assertThat(http.json("/v1/check?file=x", "{\"text\":\"x\"}").status()).isEqualTo(400);
        JsonNode rules = http.get("/v1/rules?profile=suffolk").json();
        assertThat(rules.findValuesAsText("id")).contains("personal-data.phone");
        assertThat(http.get("/v1/rules?profile=..%2Fx").status()).isEqualTo(400);
    }

    @Test
    void aPhotoDeclarationNamingAnImageIsRefusedAndNoFileIsRead() {
        Http.Answer one = http.json("/v1/photo", "{\"id\":\"p\",\"image\":\"/etc/passwd\"}");
        assertThat(one.status()).isEqualTo(422);
        assertThat(one.json().get("id").asText()).isEqualTo("p");
        assertThat(one.json().get("error").asText()).startsWith("image: the service never reads files");
        List<JsonNode> out = lines(http.lines("/v1/photo", "{\"id\":1,\"image\":\"x.jpg\"}\n{\"id\":2}\n").body());
        assertThat(out.get(0).get("error").asText()).startsWith("line 1: image:");
        assertThat(out.get(1).get("decision").asText()).isNotBlank();
    }

    @Test
    void everyLimitHasItsOwnClearFourHundred() {
        String big = "{\"text\":\"" + "a".repeat(5000) + "\"}";
        Http.Answer body = http.json("/v1/check", big);
        assertThat(body.status()).isEqualTo(413);
        assertThat(body.json().get("error").asText()).contains("larger than the limit of 4096 bytes");

        Http.Answer text = http.json("/v1/check", "{\"id\":7,\"text\":\"" + "a".repeat(301) + "\"}");
        assertThat(text.status()).isEqualTo(413);
        assertThat(text.json().get("error").asText()).isEqualTo("text: longer than the limit of 300 characters");
        List<JsonNode> lines = lines(http.lines("/v1/classify", "{\"id\":1,\"text\":\"hi\",\"sender\":{\"name\":\""
                + "b".repeat(301) + "\"}}\n{\"id\":2,\"text\":\"hi\"}\n").body());
        assertThat(lines.get(0).get("error").asText()).isEqualTo("line 1: sender.name: longer than the limit of 300 characters");
        assertThat(lines.get(1).has("type")).isTrue();

        Http.Answer items = http.lines("/v1/check", "{\"text\":\"a\"}\n".repeat(6));
        assertThat(items.status()).isEqualTo(413);
        assertThat(items.json().get("error").asText()).contains("more than the limit of 5 items");
        assertThat(http.lines("/v1/check", "{\"text\":\"a\"}\n".repeat(5)).status()).isEqualTo(200);

        assertThat(http.post("/v1/check", "text/plain", "hello").status()).isEqualTo(415);
        assertThat(http.post("/v1/check", null, "{}").status()).isEqualTo(415);
        assertThat(http.json("/v1/check", "[1]").status()).isEqualTo(400);
        assertThat(http.json("/v1/check", "{\"text\":\"a\"} {\"text\":\"b\"}").status()).isEqualTo(400);
        Http.Answer missing = http.json("/v1/check", "{\"id\":9}");
        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.json().get("error").asText()).isEqualTo("text: required");
        Http.Answer get = http.get("/v1/check");
        assertThat(get.status()).isEqualTo(405);
        assertThat(get.header("Allow")).isEqualTo("POST");
        assertThat(http.get("/v1/nothing").status()).isEqualTo(404);
        assertThat(http.get("/../../etc/passwd").status()).isEqualTo(404);
    }

    @Test
    void aBodyStillArrivingAfterTheTimeLimitGets408() throws Exception {
        RuleRegistry registry = RuleRegistry.discover();
        try (PolicyService quick = PolicyService.start(ServiceOptions.builder(
                        List.of(registry.profileLoader().builtIn("uk-council")))
                .port(0).limits(new ServiceLimits(4096, 300, 5, Duration.ofSeconds(1)))
                .shutdownGrace(Duration.ofSeconds(1)).build(), registry);
                Socket s = new Socket("127.0.0.1", quick.port())) {
            s.setSoTimeout(20_000);
            OutputStream out = s.getOutputStream();
            out.write(("POST /v1/check HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 200\r\n\r\n{")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            long start = System.nanoTime();
            String status = null;
            BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
            try {
                for (int i = 0; i < 40 && status == null; i++) { // one byte every 100 ms, for up to 4 s
                    Thread.sleep(100);
                    out.write(' ');
                    out.flush();
                    if (s.getInputStream().available() > 0) {
                        status = in.readLine();
                    }
                }
            } catch (IOException e) {
                // the server may close its side once it has answered
            }
            if (status == null) {
                status = in.readLine();
            }
            assertThat(status).startsWith("HTTP/1.1 408 ");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(4));
        }
    }

    @Test
    void theAccessLogHasOneLinePerRequestAndNeverItsText() {
        LOG.clear();
        Http.Answer a = http.json("/v1/check", "{\"id\":\"secret-id\",\"text\":\"" + PHONE_DRAFT + "\"}");
        http.lines("/v1/check", "{\"text\":\"" + PHONE_DRAFT + "\"}\n{\"text\":\"Zebedee again\"}\n");
        http.get("/v1/zebedee@example.com?q=Zebedee");
        List<String> log = new ArrayList<>(LOG);
        assertThat(log).hasSize(3);
        assertThat(log.get(0)).contains("id=" + a.header("X-Request-Id"), "method=POST", "route=/v1/check",
                "status=200", "items=1", "ms=");
        assertThat(log.get(1)).contains("items=2");
        assertThat(log.get(2)).contains("route=(unknown)", "status=404");
        assertThat(String.join("\n", log)).doesNotContain("Zebedee", "07700", "secret-id", "example.com");
    }

    @Test
    void thePageIsServedWithAPolicyThatKeepsItOnItsOwnServer() {
        Http.Answer page = http.get("/");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.header("Content-Security-Policy")).contains("default-src 'none'", "connect-src 'self'");
        assertThat(page.body()).contains("<label for=\"draft-text\">").doesNotContain("http://", "https://");
        Http.Answer js = http.get("/app.js");
        assertThat(js.contentType()).startsWith("text/javascript");
        assertThat(js.body()).doesNotContain("http://", "https://", "innerHTML");
        assertThat(http.get("/app.css").status()).isEqualTo(200);
        JsonNode clauses = http.get("/v1/clauses").json();
        assertThat(clauses.get(0).get("id").asText()).isNotBlank();
        assertThat(clauses.get(0).get("requirement").asText()).isNotBlank();
    }

    static JsonNode findingOf(JsonNode report, String rule) {
        for (JsonNode f : report.get("findings")) {
            if (f.get("rule").asText().equals(rule)) {
                return f;
            }
        }
        throw new AssertionError("no " + rule + " in " + report);
    }

    static List<JsonNode> lines(String body) {
        List<JsonNode> out = new ArrayList<>();
        for (String line : body.split("\n")) {
            if (!line.isBlank()) {
                try {
                    out.add(JsonItems.mapper().readTree(line));
                } catch (IOException e) {
                    throw new AssertionError("not JSON: " + line, e);
                }
            }
        }
        return out;
    }
}
