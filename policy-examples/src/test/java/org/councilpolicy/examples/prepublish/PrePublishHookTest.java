package org.councilpolicy.examples.prepublish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.councilpolicy.content.schedule.PostingPause;
import org.councilpolicy.core.engine.Engine;
import org.councilpolicy.core.engine.RuleRegistry;
import org.councilpolicy.examples.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrePublishHookTest {

    private static final RuleRegistry REGISTRY = RuleRegistry.discover();
    private static final Engine ENGINE = Engine.builder().registry(REGISTRY)
            .profile(REGISTRY.profileLoader().builtIn("south-hams-west-devon"))
            .clock(Clock.fixed(Instant.parse("2026-04-30T12:00:00Z"), ZoneOffset.UTC)).build();

    @TempDir
    Path dir;

    @Test
    void mainHoldsTheBlockedDraftAndThoseInTheDeclaredPause() throws Exception {
        String out = Samples.stdout(() -> PrePublishHook.main(new String[] {
            Samples.file("queue.jsonl").toString(), "--pause", "2026-05-04T09:00:00Z"}));
        List<String> lines = out.lines().toList();
        assertThat(lines).hasSize(6);
        assertThat(lines.get(0)).isEqualTo("{\"id\":\"q1\",\"at\":\"2026-05-01T08:00:00Z\",\"status\":\"PUBLISH\",\"verdict\":\"PASS\"}");
        assertThat(lines.get(1)).startsWith("{\"id\":\"q2\",\"at\":\"2026-05-02T09:00:00Z\",\"status\":\"HELD_BLOCKED\"")
                .contains("\"rule\":\"personal-data.phone\"", "\"clauses\":[\"PD-1\"")
                .doesNotContain("07700 900461");
        // Ten days from 4 May 09:00: held until 14 May 09:00.
        assertThat(lines.get(2)).isEqualTo("{\"id\":\"q3\",\"at\":\"2026-05-05T09:00:00Z\",\"status\":\"HELD_PAUSE\","
                + "\"until\":\"2026-05-14T09:00:00Z\",\"pause\":\"National mourning\"}");
        assertThat(lines.get(3)).contains("\"id\":\"q4\"", "\"status\":\"HELD_PAUSE\"", "\"until\":\"2026-05-14T09:00:00Z\"");
        assertThat(lines.get(4)).contains("\"id\":\"q5\"", "\"status\":\"PUBLISH\"");
        assertThat(lines.get(5)).as("the pause's end is exclusive").contains("\"id\":\"q6\"", "\"status\":\"PUBLISH\"");
    }

    @Test
    void withoutAPauseOnlyTheBlockedDraftIsHeld() throws Exception {
        StringWriter out = new StringWriter();
        int held = new PrePublishHook(ENGINE, Optional.empty()).run(Samples.file("queue.jsonl"), new PrintWriter(out));
        assertThat(held).isEqualTo(1);
        assertThat(out.toString().lines().filter(l -> l.contains("\"status\":\"PUBLISH\""))).hasSize(5);
    }

    @Test
    void aShorterPauseReleasesSooner() throws Exception {
        StringWriter out = new StringWriter();
        PostingPause twoDays = PostingPause.starting(Instant.parse("2026-05-04T09:00:00Z"), Duration.ofDays(2), "Mourning");
        int held = new PrePublishHook(ENGINE, Optional.of(twoDays)).run(Samples.file("queue.jsonl"), new PrintWriter(out));
        assertThat(held).isEqualTo(2);
        assertThat(out.toString()).contains("{\"id\":\"q3\",\"at\":\"2026-05-05T09:00:00Z\",\"status\":\"HELD_PAUSE\","
                + "\"until\":\"2026-05-06T09:00:00Z\",\"pause\":\"Mourning\"}");
    }

    @Test
    void aDraftWithoutScheduleIsReportedNotDropped() throws Exception {
        Path queue = dir.resolve("q.jsonl");
        Files.writeString(queue, "{\"id\":\"x\",\"text\":\"Bins are collected on Monday. #SHDC\"}\n");
        StringWriter out = new StringWriter();
        new PrePublishHook(ENGINE, Optional.empty()).run(queue, new PrintWriter(out));
        assertThat(out.toString().strip())
                .isEqualTo("{\"id\":\"x\",\"status\":\"ERROR\",\"error\":\"text and scheduledAt are required\"}");
    }
}
