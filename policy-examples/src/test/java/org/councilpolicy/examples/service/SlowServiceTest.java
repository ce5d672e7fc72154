package org.councilpolicy.examples.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.councilpolicy.content.draft.Draft;
import org.councilpolicy.core.engine.RuleRegistry;
import org.councilpolicy.core.profile.Profile;
import org.councilpolicy.core.rule.Category;
import org.councilpolicy.core.rule.RuleContext;
import org.councilpolicy.core.rule.RuleInfo;
import org.councilpolicy.core.rule.Severity;
import org.councilpolicy.core.rule.SimpleRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Time: the request limit on JSON Lines, a graceful stop that finishes requests in flight, API keys. */
class SlowServiceTest {

    /** Takes 50 ms per draft, so the timing of a request is known without a large input. */
    static final class SlowRule extends SimpleRule<Draft> {
        static final RuleInfo INFO = RuleInfo.builder("test.slow")
                .title("Slow")
                .category(Category.REQUIRED_CONTENT)
                .severity(Severity.ADVICE)
                .clauses("RC-1")
                .rationale("A test rule that takes its time.")
                .fires("x")
                .passes("x")
                .build();

        SlowRule() {
            super(INFO, Draft.class);
        }

        @Override
        public void check(Draft draft, RuleContext ctx) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    static PolicyService slow(Duration timeout, ApiKeys keys) throws IOException {
        return PolicyService.start(ServiceOptions.builder(List.of(Profile.builder("slow").build()))
                .port(0)
                .limits(new ServiceLimits(1 << 20, 1000, 1000, timeout))
                .apiKeys(keys)
                .shutdownGrace(Duration.ofSeconds(5))
                .build(), RuleRegistry.of(List.of(new SlowRule())));
    }

    static String drafts(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= n; i++) {
            sb.append("{\"id\":").append(i).append(",\"text\":\"Bins on Monday\"}\n");
        }
        return sb.toString();
    }

    @Test
    void itemsNotStartedWithinTheTimeLimitGetErrorLinesAndTheRestAreAnswered() throws IOException {
        try (PolicyService s = slow(Duration.ofSeconds(1), ApiKeys.none())) {
            Http.Answer a = new Http(s.port()).lines("/v1/check", drafts(60)); // 3 s of work for a 1 s limit
            assertThat(a.status()).isEqualTo(200);
            List<JsonNode> out = ServiceTest.lines(a.body());
            assertThat(out).hasSize(60);
            assertThat(out.get(0).get("verdict").asText()).isEqualTo("PASS");
            JsonNode last = out.get(59);
            assertThat(last.get("id").asInt()).isEqualTo(60);
            assertThat(last.get("error").asText()).isEqualTo(
                    "line 60: not processed: the request time limit of 1 s was reached; send it again");
            long done = out.stream().filter(o -> o.has("verdict")).count();
            assertThat(done).isBetween(1L, 30L); // about 20 fit in the second
        }
    }

    @Test
    void stoppingFinishesRequestsInFlightAndRefusesNewOnes() throws Exception {
        PolicyService s = slow(Duration.ofSeconds(30), ApiKeys.none());
        Http http = new Http(s.port());
        CompletableFuture<Http.Answer> inFlight = CompletableFuture.supplyAsync(() -> http.lines("/v1/check", drafts(30)));
        Thread.sleep(300); // the request is being answered: 30 drafts take 1.5 s
        long start = System.nanoTime();
        s.stop(Duration.ofSeconds(5));
        Http.Answer a = inFlight.get(10, TimeUnit.SECONDS);
        assertThat(a.status()).isEqualTo(200);
        assertThat(ServiceTest.lines(a.body())).hasSize(30).allMatch(o -> o.has("verdict"));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        assertThatThrownBy(() -> http.get("/healthz"))
                .isInstanceOf(UncheckedIOException.class).hasCauseInstanceOf(ConnectException.class);
    }

    @Test
    void withKeysEveryApiRequestMustPresentOne(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("keys");
        Files.writeString(file, "# scheduler\nk3y-for-the-scheduler-0001\n\nk3y-for-the-web-page-0002\n", StandardCharsets.UTF_8);
        try (PolicyService s = slow(Duration.ofSeconds(30), ApiKeys.load(file))) {
            Http http = new Http(s.port());
            String one = "{\"text\":\"Bins\"}";
            Http.Answer none = http.json("/v1/check", one);
            assertThat(none.status()).isEqualTo(401);
            assertThat(none.header("WWW-Authenticate")).startsWith("Bearer");
            assertThat(none.json().get("error").asText()).contains("an API key is required");
            Http.Answer wrong = http.json("/v1/check", one, "Authorization", "Bearer k3y-for-the-scheduler-0003");
            assertThat(wrong.status()).isEqualTo(401);
            assertThat(wrong.body()).doesNotContain("k3y");
            assertThat(http.json("/v1/check", one, "Authorization", "Bearer k3y-for-the-scheduler-0001").status())
                    .isEqualTo(200);
            assertThat(http.json("/v1/check", one, "X-Api-Key", "k3y-for-the-web-page-0002").status()).isEqualTo(200);
            assertThat(http.get("/v1/rules").status()).isEqualTo(401);
            assertThat(http.get("/v1/profiles").status()).isEqualTo(401);
            JsonNode health = http.get("/healthz").json();
            assertThat(health.get("apiKeyRequired").asBoolean()).isTrue();
            assertThat(http.get("/").status()).isEqualTo(200);
        }
    }

    @Test
    void aKeysFileWithAShortKeyIsRefusedByLineNumberWithoutTheKey(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("keys");
        Files.writeString(file, "k3y-for-the-scheduler-0001\nshort\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> ApiKeys.load(file)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--api-key-file line 2: a key must be at least 16 printable ASCII characters without spaces");
        Files.writeString(file, "# nothing\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> ApiKeys.load(file)).hasMessage("--api-key-file holds no key");
    }
}
