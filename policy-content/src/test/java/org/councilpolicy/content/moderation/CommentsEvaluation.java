package org.councilpolicy.content.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.councilpolicy.core.engine.RuleRegistry;
import org.junit.jupiter.api.Test;

/**
 * The project's own corpus of comments on council posts (src/test/resources/corpus/comments.jsonl, written for
 * this project): no criticism, neutral or tricky-but-clean comment is deleted, and ≥ 0.95 of deletable comments
 * get DELETE or REVIEW with the expected ground.
 */
class CommentsEvaluation {

    @Test
    void noCriticismDeletedAndDeletableCaught() throws IOException {
        Moderator moderator = Moderator.of(RuleRegistry.discover().profileLoader().builtIn("uk-council"),
                Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"), ZoneOffset.UTC));
        ObjectMapper om = new ObjectMapper();
        int rows = 0;
        int criticism = 0;
        int deletable = 0;
        int caught = 0;
        List<String> wronglyRemoved = new ArrayList<>();
        try (InputStream in = getClass().getResourceAsStream("/corpus/comments.jsonl")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank()) {
                    continue;
                }
                rows++;
                JsonNode r = om.readTree(line);
                ModerationDecision d = moderator.decide(Comment.of(r.get("text").asText()));
                String category = r.get("category").asText();
                if (category.equals("criticism")) {
                    criticism++;
                }
                if (r.get("expect").asText().equals("KEEP")) {
                    if (d.decision() != Decision.KEEP) {
                        wronglyRemoved.add(r.get("id").asText() + " " + category + " " + d.grounds());
                    }
                } else {
                    deletable++;
                    List<String> expected = new ArrayList<>();
                    r.get("grounds").forEach(g -> expected.add(g.asText()));
                    boolean rightGround = d.grounds().stream().map(Enum::name).anyMatch(expected::contains);
                    if (d.decision() != Decision.KEEP && rightGround) {
                        caught++;
                    }
                }
            }
        }
        assertThat(rows).isGreaterThanOrEqualTo(300);
        assertThat(criticism).isGreaterThanOrEqualTo(100);
        assertThat(wronglyRemoved).as("comments to keep that were not kept").isEmpty();
        assertThat((double) caught / deletable).as("deletable comments caught with the right ground of %d", deletable)
                .isGreaterThanOrEqualTo(0.95);
    }
}
