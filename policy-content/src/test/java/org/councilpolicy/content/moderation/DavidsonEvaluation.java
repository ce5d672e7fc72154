package org.councilpolicy.content.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.councilpolicy.content.offence.OffenceDetector;
import org.councilpolicy.core.engine.RuleRegistry;
import org.councilpolicy.core.testsupport.SharedCorpus;
import org.junit.jupiter.api.Test;

/**
 * Moderation over ../shared/corpus/davidson-dev.jsonl (Davidson et al. 2017, MIT): 4,200 real tweets labelled
 * hate / offensive / neither by the majority of three or more annotators. Evaluation only: nothing here is tuned
 * on it and none of its text is copied into the project (its labels over-flag African-American English as
 * offensive; a council must not inherit that bias). Issue 12's targets: "neither" deleted ≤ 3%; "offensive"
 * deleted or sent to review ≥ 0.9; "hate" given the HATE ground ≥ 0.8 where a protected characteristic is
 * targeted.
 *
 * <p><b>Which hate rows target a protected characteristic</b> (our own rule, as the corpus README asks): a row
 * whose text contains a slur ({@code slurs.tsv}) or a word naming a protected group ({@code hate-groups.tsv}) as
 * found by {@link OffenceDetector#protectedGroupMentioned(String)}. Hate rows with neither (insults with no group,
 * which the annotators still called hate) are counted apart and not scored.
 *
 * <p>The gates sit just under what is measured (docs/accuracy.md): where they are short of the targets,
 * the target is not met yet and the figure says by how much.
 */
class DavidsonEvaluation {

    /**
     * Round 12 (issue 12, the MD-3 decision): derogatory names for a woman said of no one identifiable are reviewed, not
     * deleted, under this profile: 100/1800 → 79/1800 = 0.044. The rest are swearing and slurs the policies delete.
     */
    static final double MAX_NEITHER_DELETED = 0.045;
    static final double MIN_OFFENSIVE_ACTED_ON = 0.9;
    /** Round 8 (issue 12, hate): 348/427 = 0.815, from 329/427 at the round's start. */
    static final double MIN_PROTECTED_HATE = 0.81;

    /** A finding's message as its class: a masked name or a quoted word of the tweet is dropped. */
    private static String messageClass(String message) {
        return message.replaceAll("\\([^)]*\u2022[^)]*\\)", "(a name)").replaceAll("\"[^\"]*\"", "(a word)");
    }

    @Test
    void scoresRealTweets() throws IOException {
        Path file = SharedCorpus.file("davidson-dev.jsonl");
        Moderator moderator = Moderator.of(RuleRegistry.discover().profileLoader().builtIn("uk-council"),
                Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"), ZoneOffset.UTC));
        ObjectMapper om = new ObjectMapper();
        int neither = 0;
        int neitherDeleted = 0;
        int offensive = 0;
        int offensiveActed = 0;
        int protectedHate = 0;
        int protectedHateCaught = 0;
        int otherHate = 0;
        // Which grounds and rule classes delete "neither" tweets: counts only, never a tweet's text or excerpt.
        java.util.Map<String, Integer> neitherDeletedBy = new java.util.TreeMap<>();
        for (String line : Files.readAllLines(file)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode r = om.readTree(line);
            String text = r.get("text").asText();
            ModerationDecision d = moderator.decide(Comment.of(text));
            switch (r.get("label").asText()) {
                case "neither" -> {
                    neither++;
                    neitherDeleted += d.decision() == Decision.DELETE ? 1 : 0;
                    if (d.decision() == Decision.DELETE) {
                        d.grounds().forEach(g -> neitherDeletedBy.merge("ground " + g, 1, Integer::sum));
                        d.findings().stream().map(f -> "finding " + f.rule() + " / " + f.kindName() + " / " + messageClass(f.message()))
                                .distinct().forEach(k -> neitherDeletedBy.merge(k, 1, Integer::sum));
                    }
                }
                case "offensive" -> {
                    offensive++;
                    offensiveActed += d.decision() != Decision.KEEP ? 1 : 0;
                }
                case "hate" -> {
                    if (OffenceDetector.standard().protectedGroupMentioned(text)) {
                        protectedHate++;
                        protectedHateCaught += d.grounds().contains(Ground.HATE) ? 1 : 0;
                    } else {
                        otherHate++;
                    }
                }
                default -> throw new IllegalStateException("unknown label in " + file);
            }
        }
        System.out.printf("Davidson dev: neither deleted %d/%d = %.3f; offensive deleted or reviewed %d/%d = %.3f; "
                        + "hate targeting a protected characteristic given HATE %d/%d = %.3f (%d other hate rows)%n",
                neitherDeleted, neither, (double) neitherDeleted / neither, offensiveActed, offensive,
                (double) offensiveActed / offensive, protectedHateCaught, protectedHate,
                (double) protectedHateCaught / protectedHate, otherHate);
        System.out.println("'neither' tweets deleted, by ground and by rule / kind / message (a tweet counts once per class):");
        neitherDeletedBy.forEach((k, n) -> System.out.printf("  %4d  %s%n", n, k));
        assertThat(neither + offensive + protectedHate + otherHate).isEqualTo(4200);
        assertThat((double) neitherDeleted / neither).as("'neither' tweets deleted").isLessThanOrEqualTo(MAX_NEITHER_DELETED);
        assertThat((double) offensiveActed / offensive).as("'offensive' tweets deleted or reviewed")
                .isGreaterThanOrEqualTo(MIN_OFFENSIVE_ACTED_ON);
        assertThat((double) protectedHateCaught / protectedHate).as("protected-characteristic hate given HATE")
                .isGreaterThanOrEqualTo(MIN_PROTECTED_HATE);
    }
}
