package org.councilpolicy.semantic.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.councilpolicy.content.moderation.Comment;
import org.councilpolicy.content.moderation.Decision;
import org.councilpolicy.content.moderation.Ground;
import org.councilpolicy.content.moderation.ModerationDecision;
import org.councilpolicy.content.moderation.Moderator;
import org.councilpolicy.core.engine.Engine;
import org.councilpolicy.core.engine.RuleRegistry;
import org.councilpolicy.core.profile.Profile;
import org.councilpolicy.core.testsupport.SharedCorpus;
import org.councilpolicy.semantic.TestStage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 15: HateCheck ({@code hatecheck-dev.jsonl}, per functionality) and Davidson ({@code davidson-dev.jsonl},
 * per label) through the moderator with the rules alone and with the semantic second opinion. Evaluation only:
 * the heads never saw either corpus (HateCheck's authors warn that training on it overfits; Davidson's labels carry
 * a dialect bias). Skipped when the corpora are absent. Prints counts only.
 */
class SemanticCorpusEvaluation {

    static Moderator rules;
    static Moderator semantic;

    @BeforeAll
    static void load() {
        Profile profile = RuleRegistry.discover().profileLoader().builtIn("uk-council");
        Clock clock = Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"), ZoneOffset.UTC);
        rules = Moderator.of(Engine.builder().profile(profile).clock(clock).build());
        semantic = Moderator.of(Engine.builder().profile(profile).clock(clock)
                .secondOpinion(TestStage.get()).build());
    }

    @AfterAll
    static void forget() {
        rules = null;
        semantic = null;
    }

    /** A corpus row and the two moderators' decisions on its text. */
    private record Row(JsonNode json, ModerationDecision rules, ModerationDecision semantic) {
    }

    /**
     * Every row of the file with both decisions, in file order. Decided in parallel (the moderators are thread-safe
     * and the model runs one text per thread), so the embedding uses both cores; the counts are taken in order.
     */
    private static List<Row> decided(Path file) throws IOException {
        ObjectMapper om = new ObjectMapper();
        List<JsonNode> rows = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (!line.isBlank()) {
                rows.add(om.readTree(line));
            }
        }
        return rows.parallelStream().map(r -> {
            Comment c = Comment.of(r.get("text").asText());
            return new Row(r, rules.decide(c), semantic.decide(c));
        }).toList();
    }

    private static String ratio(int n, int d) {
        return String.format(Locale.ROOT, "%d/%d = %.3f", n, d, d == 0 ? 0.0 : (double) n / d);
    }

    /**
     * HateCheck: a hateful case is caught when the comment is not kept; a non-hateful case is wrongly flagged when
     * it is given the HATE ground (its non-hateful cases may still be deletable for swearing).
     */
    @Test
    void hateCheckPerFunctionality() throws IOException {
        Path file = SharedCorpus.file("hatecheck-dev.jsonl");
        Map<String, int[]> by = new TreeMap<>();
        int deletedDiff = 0;
        for (Row row : decided(file)) {
            JsonNode r = row.json();
            ModerationDecision a = row.rules();
            ModerationDecision b = row.semantic();
            boolean hateful = r.get("hateful").asBoolean();
            int[] f = by.computeIfAbsent(r.get("functionality").asText() + (hateful ? "" : " (non-hateful)"), k -> new int[3]);
            f[0]++;
            f[1] += hateful ? (a.decision() != Decision.KEEP ? 1 : 0) : (a.grounds().contains(Ground.HATE) ? 1 : 0);
            f[2] += hateful ? (b.decision() != Decision.KEEP ? 1 : 0) : (b.grounds().contains(Ground.HATE) ? 1 : 0);
            deletedDiff += (a.decision() == Decision.DELETE) != (b.decision() == Decision.DELETE) ? 1 : 0;
        }
        StringBuilder out = new StringBuilder("HateCheck dev with and without the semantic stage "
                + "(hateful: REVIEW or DELETE; non-hateful: given HATE)\n\n| functionality | cases | rules only | rules + semantic |\n|---|---|---|---|\n");
        int[] hateful = new int[3];
        int[] benign = new int[3];
        by.forEach((k, f) -> {
            out.append("| ").append(k).append(" | ").append(f[0]).append(" | ").append(ratio(f[1], f[0])).append(" | ")
                    .append(ratio(f[2], f[0])).append(" |\n");
            int[] t = k.endsWith("(non-hateful)") ? benign : hateful;
            for (int i = 0; i < 3; i++) {
                t[i] += f[i];
            }
        });
        out.append(String.format(Locale.ROOT, "%nhateful acted on: rules %s, with the stage %s; non-hateful given HATE: rules %s, with the stage %s%n",
                ratio(hateful[1], hateful[0]), ratio(hateful[2], hateful[0]), ratio(benign[1], benign[0]), ratio(benign[2], benign[0])));
        System.out.print(out);
        assertThat(deletedDiff).as("cases whose deletion the stage changed").isZero();
        assertThat(hateful[2]).as("hateful acted on, with the stage").isGreaterThanOrEqualTo(hateful[1]);
        assertThat(benign[2]).as("non-hateful given HATE, with the stage").isLessThanOrEqualTo(benign[1] + Gates.HATECHECK_EXTRA_HATE_ON_BENIGN);
    }

    /** Davidson: "neither" must not be deleted (the stage cannot), and is counted when sent to review. */
    @Test
    void davidsonPerLabel() throws IOException {
        Path file = SharedCorpus.file("davidson-dev.jsonl");
        Map<String, int[]> by = new TreeMap<>();
        Map<String, Integer> escalatedBy = new TreeMap<>();
        int deletedDiff = 0;
        for (Row row : decided(file)) {
            JsonNode r = row.json();
            ModerationDecision a = row.rules();
            ModerationDecision b = row.semantic();
            int[] f = by.computeIfAbsent(r.get("label").asText(), k -> new int[5]);
            f[0]++;
            f[1] += a.decision() != Decision.KEEP ? 1 : 0;
            f[2] += b.decision() != Decision.KEEP ? 1 : 0;
            f[3] += a.grounds().contains(Ground.HATE) ? 1 : 0;
            f[4] += b.grounds().contains(Ground.HATE) ? 1 : 0;
            deletedDiff += (a.decision() == Decision.DELETE) != (b.decision() == Decision.DELETE) ? 1 : 0;
            if (a.decision() == Decision.KEEP && b.decision() == Decision.REVIEW) {
                // which heads escalated what the rules kept: classes of failure, never a text
                b.findings().stream().filter(x -> x.rule().startsWith("semantic.")).map(x -> x.kindName())
                        .distinct().forEach(g -> escalatedBy.merge(r.get("label").asText() + " by " + g, 1, Integer::sum));
            }
        }
        StringBuilder out = new StringBuilder("Davidson dev with and without the semantic stage\n\n"
                + "| label | tweets | REVIEW or DELETE, rules only | with the stage | HATE ground, rules only | with the stage |\n|---|---|---|---|---|---|\n");
        by.forEach((k, f) -> out.append("| ").append(k).append(" | ").append(f[0]).append(" | ").append(ratio(f[1], f[0]))
                .append(" | ").append(ratio(f[2], f[0])).append(" | ").append(ratio(f[3], f[0])).append(" | ")
                .append(ratio(f[4], f[0])).append(" |\n"));
        out.append("\nKept by the rules, sent to REVIEW by the stage, per head (a tweet may count under several): ")
                .append(escalatedBy).append('\n');
        System.out.print(out);
        assertThat(deletedDiff).as("tweets whose deletion the stage changed").isZero();
        int[] neither = by.get("neither");
        assertThat((double) (neither[2] - neither[1]) / neither[0]).as("'neither' tweets the stage sends to review")
                .isLessThanOrEqualTo(Gates.DAVIDSON_NEITHER_EXTRA_REVIEW);
    }

    /**
     * Just over what was measured (docs/accuracy.md), so that a worse head fails: HateCheck non-hateful given HATE
     * 1/63 without the stage, 20/63 with it after hate-implicit-2 (19/63 before it, 33/63 before the shared keep-c
     * negatives and hate-more); Davidson "neither" sent to REVIEW or deleted 103/1800 without, 440/1800 with it
     * (extra 0.187; 1021/1800 before keep-c; out of domain: US tweets; the abuse and harassment heads read casual
     * insults between friends as abuse). These are the stage's known costs, not targets.
     */
    static final class Gates {
        static final int HATECHECK_EXTRA_HATE_ON_BENIGN = 20;
        static final double DAVIDSON_NEITHER_EXTRA_REVIEW = 0.20;
    }
}
