package org.councilpolicy.semantic.blind;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.councilpolicy.core.engine.SecondOpinion;
import org.councilpolicy.core.testsupport.BlindSet;
import org.councilpolicy.semantic.TestStage;
import org.councilpolicy.semantic.blind.BlindSemanticEvaluation.Tally;
import org.junit.jupiter.api.Test;

/**
 * What the opt-in semantic stage adds on the held-out sets (from round 12 the fifth sets, {@code blind/moderation-5}
 * comments and {@code blind/publishing-5} drafts, READMEs there), which were written for issues 12 and 13 and never
 * for the stage.
 * The same rows with the rules alone and with the stage, in one run. Comments: a hit is any decision other than KEEP.
 * Drafts: a hit is a POLITICAL or CONDUCT finding at REVIEW or worse (the stage's two questions; the drafts' profile
 * and election period are not applied, so pre-election rows count what their words alone say). Prints and writes
 * counts and classes only.
 */
class HeldOutSemanticEvaluation {

    static final Set<String> COMMENTS_TO_ACT_ON = Set.of("threat", "harassment", "abuse", "hate", "naming_public",
            "personal_data", "profanity");
    static final Set<String> COMMENTS_TO_KEEP = Set.of("criticism", "robust_elected", "counter_speech", "idiom",
            "place_names", "clean", "misinformation");
    /** Draft classes whose problem is political opinion or conduct (the stage's questions). */
    static final Set<String> DRAFTS_POLITICAL_OR_CONDUCT = Set.of("political_opinion", "pre_election",
            "predetermination", "conduct", "discrimination", "contempt");
    static final Set<String> DRAFTS_CLEAN = Set.of("clean_trap", "councillor_campaigning", "pre_election_exempt");

    /**
     * Gates just under the fifth sets' round-12 figures (docs/accuracy.md, round 12): the stage's hits on comments to
     * act on and on political-or-conduct drafts, and at most its cost on comments to keep and clean drafts.
     */
    static final int STAGE_COMMENTS_ACTED_MIN = 160; // first run 160/190, round-12 end 161/190
    static final int STAGE_KEEP_ACTED_MAX = 24; // 23/272 at both
    static final int STAGE_DRAFTS_FOUND_MIN = 101; // first run 101/138, round-12 end 102/138
    static final int STAGE_CLEAN_FOUND_MAX = 21; // 20/177 at both

    @Test
    void heldOutSetsWithAndWithoutTheStage() {
        List<JsonNode> comments = BlindSet.rowsAt("blind/moderation-5/blind-comments-5.jsonl");
        List<JsonNode> drafts = BlindSet.rowsAt("blind/publishing-5/blind-drafts-5.jsonl");
        SecondOpinion stage = TestStage.get();
        Tally cRules = BlindSemanticEvaluation.comments(comments, null);
        Tally cStage = BlindSemanticEvaluation.comments(comments, stage);
        Tally dRules = byClass(BlindSemanticEvaluation.drafts(drafts, null));
        Tally dStage = byClass(BlindSemanticEvaluation.drafts(drafts, stage));
        StringBuilder out = new StringBuilder("HeldOutSemanticEvaluation: ").append(comments.size())
                .append(" comments (moderation-5), ").append(drafts.size()).append(" drafts (publishing-5)\n");
        out.append(BlindSemanticEvaluation.table("Comments (hit = REVIEW or DELETE)", cRules, cStage));
        out.append(BlindSemanticEvaluation.table(
                "Drafts by class (hit = POLITICAL or CONDUCT at REVIEW or worse)", dRules, dStage));
        out.append("\nHeadline figures\n\n")
                .append(line("comments to act on, acted on", cRules, cStage, COMMENTS_TO_ACT_ON))
                .append(line("comments to keep, sent to REVIEW or DELETE", cRules, cStage, COMMENTS_TO_KEEP))
                .append(line("political-opinion and conduct drafts, found", dRules, dStage, DRAFTS_POLITICAL_OR_CONDUCT))
                .append(line("clean drafts, given POLITICAL or CONDUCT", dRules, dStage, DRAFTS_CLEAN));
        BlindSet.report("held-out-semantic", out.toString());

        // The stage escalates and never deletes or blocks: per class, never fewer hits, never other deletions.
        for (Map.Entry<String, int[]> e : cRules.perClass().entrySet()) {
            int[] s = cStage.of(e.getKey());
            assertThat(s[1]).as("comments acted on, " + e.getKey()).isGreaterThanOrEqualTo(e.getValue()[1]);
            assertThat(s[2]).as("comments deleted, " + e.getKey()).isEqualTo(e.getValue()[2]);
        }
        for (Map.Entry<String, int[]> e : dRules.perClass().entrySet()) {
            int[] s = dStage.of(e.getKey());
            assertThat(s[1]).as("drafts found, " + e.getKey()).isGreaterThanOrEqualTo(e.getValue()[1]);
            assertThat(s[2]).as("drafts blocked, " + e.getKey()).isEqualTo(e.getValue()[2]);
        }
        assertThat(cStage.hits(COMMENTS_TO_ACT_ON, true)).as("comments to act on, with the stage")
                .isGreaterThanOrEqualTo(STAGE_COMMENTS_ACTED_MIN);
        assertThat(cStage.hits(COMMENTS_TO_KEEP, true)).as("comments to keep acted on, with the stage")
                .isLessThanOrEqualTo(STAGE_KEEP_ACTED_MAX);
        assertThat(dStage.hits(DRAFTS_POLITICAL_OR_CONDUCT, true)).as("political and conduct drafts, with the stage")
                .isGreaterThanOrEqualTo(STAGE_DRAFTS_FOUND_MIN);
        assertThat(dStage.hits(DRAFTS_CLEAN, true)).as("clean drafts found, with the stage")
                .isLessThanOrEqualTo(STAGE_CLEAN_FOUND_MAX);
    }

    /** The drafts' tallies are kept by "class ACCOUNT"; this sums them by class. */
    private static Tally byClass(Tally byClassAndAccount) {
        Tally t = new Tally();
        byClassAndAccount.perClass().forEach((key, c) -> {
            int[] sum = t.perClass().computeIfAbsent(key.substring(0, key.indexOf(' ')), k -> new int[3]);
            for (int i = 0; i < 3; i++) {
                sum[i] += c[i];
            }
        });
        return t;
    }

    private static String line(String what, Tally rules, Tally stage, Set<String> classes) {
        int n = rules.items(classes, true);
        return String.format(Locale.ROOT, "- %s: rules only %s, rules + semantic %s%n", what,
                BlindSet.ratio(rules.hits(classes, true), n), BlindSet.ratio(stage.hits(classes, true), n));
    }
}
