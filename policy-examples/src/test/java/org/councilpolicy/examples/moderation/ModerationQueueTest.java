package org.councilpolicy.examples.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.councilpolicy.content.moderation.Moderator;
import org.councilpolicy.core.engine.RuleRegistry;
import org.councilpolicy.examples.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModerationQueueTest {

    private static final Moderator MODERATOR = Moderator.of(
            RuleRegistry.discover().profileLoader().builtIn("uk-council"),
            Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"), ZoneOffset.UTC));

    @TempDir
    Path dir;

    @Test
    void mainDecidesTheSampleQueueAndLogsTheEvidence() throws Exception {
        Path log = dir.resolve("audit.jsonl");
        String out = Samples.stdout(() -> ModerationQueue.main(new String[] {
            Samples.file("comments.jsonl").toString(), log.toString()}));
        List<String> lines = out.lines().toList();
        assertThat(lines).hasSize(6);
        assertThat(lines.get(0)).startsWith("{\"id\":\"c1\",\"decision\":\"DELETE\",\"grounds\":[\"PROFANITY\"],\"reportTo\":[],"
                + "\"explanation\":\"We have removed your comment because it contains swearing.").endsWith("\"repostAllowed\":true}");
        assertThat(lines.get(1)).contains("\"id\":\"c2\"", "\"decision\":\"KEEP\"", "\"proposalRefused\":\"Deletion refused: "
                + "criticism is not a ground (MD-1).");
        assertThat(lines.get(2)).contains("\"id\":\"c3\"", "\"decision\":\"DELETE\"", "\"reportTo\":[\"HATE_CRIME_SERVICE\"]",
                "\"repostAllowed\":false");
        assertThat(lines.get(3)).contains("\"id\":\"c4\"", "\"decision\":\"REVIEW\"", "\"grounds\":[\"DEFAMATION\"]");
        assertThat(lines.get(4)).contains("\"id\":\"c5\"", "\"decision\":\"KEEP\"", "no stated ground applies (MD-3)");
        assertThat(lines.get(5)).contains("\"id\":\"c6\"", "\"decision\":\"KEEP\"", "\"replySuggestion\":");
        assertThat(Files.readAllLines(log)).extracting(l -> l.substring(0, l.indexOf(",\"recordedAt\"")))
                .containsExactly("{\"id\":\"c1\"", "{\"id\":\"c3\"", "{\"id\":\"c4\"");
    }

    @Test
    void theAuditLogIsOnlyAppendedToAndHoldsDigestsNotText() throws Exception {
        Path log = dir.resolve("audit.jsonl");
        Files.writeString(log, "{\"id\":\"earlier\"}\n");
        ModerationQueue queue = new ModerationQueue(MODERATOR);
        assertThat(queue.run(Samples.file("comments.jsonl"), log, new PrintWriter(new StringWriter()))).isEqualTo(3);
        assertThat(queue.run(Samples.file("comments.jsonl"), log, new PrintWriter(new StringWriter()))).isEqualTo(3);
        List<String> records = Files.readAllLines(log);
        assertThat(records).hasSize(7);
        assertThat(records.get(0)).isEqualTo("{\"id\":\"earlier\"}");
        assertThat(records.get(1)).isEqualTo("{\"id\":\"c1\",\"recordedAt\":\"2026-03-02T10:00:00Z\","
                + "\"textSha256\":\"5625e3fb6d407a106c364be16a662bc8d6863459375edb60de885eaadc4be66b\",\"platform\":\"FACEBOOK\","
                + "\"decision\":\"DELETE\",\"grounds\":[\"PROFANITY\"],\"rules\":[\"moderation.profanity\"],"
                + "\"clauses\":[\"MD-2\",\"MD-3\",\"MD-5\",\"MD-6\"],\"profile\":\"uk-council\",\"profileVersion\":\"2026.1\"}");
        assertThat(records.get(4)).isEqualTo(records.get(1));
        String all = String.join("\n", records);
        assertThat(all).doesNotContain("vermin").doesNotContain("bribes").doesNotContain("Oak Road");
    }
}
