package org.councilpolicy.semantic.blind;

import static org.assertj.core.api.Assertions.assertThat;

import org.councilpolicy.core.testsupport.BlindSet;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.councilpolicy.content.draft.Draft;
import org.councilpolicy.content.moderation.Comment;
import org.councilpolicy.content.moderation.Decision;
import org.councilpolicy.content.moderation.ModerationDecision;
import org.councilpolicy.content.moderation.Moderator;
import org.councilpolicy.core.engine.Engine;
import org.councilpolicy.core.engine.RuleRegistry;
import org.councilpolicy.core.engine.SecondOpinion;
import org.councilpolicy.core.profile.AccountType;
import org.councilpolicy.core.profile.Profile;
import org.councilpolicy.core.rule.Category;
import org.councilpolicy.core.rule.Finding;
import org.councilpolicy.core.rule.Severity;
import org.councilpolicy.semantic.TestStage;
import org.junit.jupiter.api.Test;

/**
 * Issue 15: the blind semantic sets ({@code blind/semantic/}, README there), scored with the rules alone and with
 * the semantic second opinion, in one run. Comments: a hit is any decision other than KEEP. Drafts: a hit is a
 * REVIEW-or-worse POLITICAL or CONDUCT finding (the semantic questions; format findings such as hashtags are left
 * out, as the README asks). Prints and writes counts and classes only, never a text or an id.
 */
class BlindSemanticEvaluation {

    static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    static final Set<Category> SEMANTIC = EnumSet.of(Category.POLITICAL, Category.CONDUCT);
    static final Set<String> KEEP_COMMENTS = Set.of("criticism", "legitimate");
    static final Set<String> CLEAN_DRAFTS = Set.of("clean_official", "councillor_campaigning");

    /** Tallies of one configuration: per class, items and hits (and, for comments, deletions). */
    record Tally(Map<String, int[]> perClass) {
        Tally() {
            this(new TreeMap<>());
        }

        void add(String cls, boolean hit, boolean deleted) {
            int[] c = perClass.computeIfAbsent(cls, k -> new int[3]);
            c[0]++;
            c[1] += hit ? 1 : 0;
            c[2] += deleted ? 1 : 0;
        }

        int items(Set<String> classes, boolean in) {
            return perClass.entrySet().stream().filter(e -> classes.contains(e.getKey()) == in).mapToInt(e -> e.getValue()[0]).sum();
        }

        int hits(Set<String> classes, boolean in) {
            return perClass.entrySet().stream().filter(e -> classes.contains(e.getKey()) == in).mapToInt(e -> e.getValue()[1]).sum();
        }

        int[] of(String cls) {
            return perClass.getOrDefault(cls, new int[3]);
        }
    }

    static Profile profile() {
        return RuleRegistry.discover().profileLoader().builtIn("uk-council");
    }

    static Engine engine(SecondOpinion stage) {
        Engine.Builder b = Engine.builder().profile(profile()).clock(Clock.fixed(NOW, ZoneOffset.UTC));
        if (stage != null) {
            b.secondOpinion(stage);
        }
        return b.build();
    }

    /**
     * For every keep-class comment the rules alone DELETE: its class, grounds and the rule ids and finding kinds
     * at DELETE-worthy severity (no text, no span), so an over-firing composition can be found without reading
     * the set.
     */
    static final List<String> KEEP_DELETED = new java.util.ArrayList<>();

    static Tally comments(List<JsonNode> rows, SecondOpinion stage) {
        Moderator moderator = Moderator.of(engine(stage));
        Tally t = new Tally();
        for (JsonNode row : rows) {
            Comment comment = Comment.of(row.get("text").asText());
            if (row.path("onPost").isTextual()) {
                comment = comment.withOnPost(row.get("onPost").asText());
            }
            ModerationDecision d = moderator.decide(comment);
            String cls = row.path("class").asText("?");
            if (stage == null && KEEP_COMMENTS.contains(cls) && d.decision() == Decision.DELETE) {
                KEEP_DELETED.add(cls + " | grounds " + d.grounds() + " | " + d.findings().stream()
                        .map(f -> f.rule() + ":" + f.kindName() + "@" + f.severity() + " (" + f.message() + ")")
                        .collect(java.util.stream.Collectors.joining(", ")));
            }
            t.add(row.path("class").asText("?"), d.decision() != Decision.KEEP, d.decision() == Decision.DELETE);
        }
        return t;
    }

    static Tally drafts(List<JsonNode> rows, SecondOpinion stage) {
        Engine engine = engine(stage);
        Tally t = new Tally();
        for (JsonNode row : rows) {
            AccountType account = AccountType.valueOf(row.path("account").asText("CORPORATE"));
            List<Finding> findings = engine.check(Draft.builder(row.get("text").asText()).account(account).build())
                    .findings();
            boolean hit = findings.stream().anyMatch(f -> SEMANTIC.contains(f.category())
                    && f.severity().isAtLeast(Severity.REVIEW));
            boolean blocked = findings.stream().anyMatch(f -> SEMANTIC.contains(f.category())
                    && f.severity() == Severity.BLOCK);
            t.add(row.path("class").asText("?") + " " + account, hit, blocked);
        }
        return t;
    }

    static String table(String title, Tally rules, Tally stage) {
        StringBuilder b = new StringBuilder("\n").append(title)
                .append("\n\n| class | items | hits, rules only | hits, rules + semantic | deleted/blocked (rules + semantic) |\n|---|---|---|---|---|\n");
        rules.perClass().forEach((cls, c) -> {
            int[] s = stage == null ? new int[3] : stage.of(cls);
            b.append("| ").append(cls).append(" | ").append(c[0]).append(" | ").append(BlindSet.ratio(c[1], c[0]))
                    .append(" | ").append(stage == null ? "-" : BlindSet.ratio(s[1], s[0])).append(" | ")
                    .append(stage == null ? c[2] : s[2]).append(" |\n");
        });
        return b.toString();
    }

    @Test
    void blindSemantic() {
        List<JsonNode> comments = BlindSet.rows("semantic/blind-comments.jsonl");
        List<JsonNode> drafts = BlindSet.rows("semantic/blind-drafts.jsonl");
        SecondOpinion stage = TestStage.get();
        Tally cRules = comments(comments, null);
        Tally cStage = stage == null ? null : comments(comments, stage);
        Tally dRules = drafts(drafts, null);
        Tally dStage = stage == null ? null : drafts(drafts, stage);
        // per class of drafts without the account: sum over the "class ACCOUNT" keys
        StringBuilder out = new StringBuilder("BlindSemanticEvaluation: ").append(comments.size()).append(" comments, ")
                .append(drafts.size()).append(" drafts\n");
        out.append(table("Comments (hit = REVIEW or DELETE)", cRules, cStage));
        out.append(table("Drafts by class and account (hit = POLITICAL or CONDUCT at REVIEW or worse)", dRules, dStage));
        Figures f = Figures.of(cRules, cStage, dRules, dStage);
        out.append(f.summary());
        out.append("\nKeep-class comments the rules delete (class | grounds | rule:kind@severity):\n");
        KEEP_DELETED.stream().sorted().forEach(line -> out.append("- ").append(line).append('\n'));
        BlindSet.report("blind-semantic", out.toString());
        f.assertGates();
    }
}
