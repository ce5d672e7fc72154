package org.councilpolicy.content.blind;

import static org.assertj.core.api.Assertions.assertThat;

import org.councilpolicy.core.testsupport.BlindSet;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.councilpolicy.content.moderation.Comment;
import org.councilpolicy.content.moderation.Decision;
import org.councilpolicy.content.moderation.Ground;
import org.councilpolicy.content.moderation.ModerationDecision;
import org.councilpolicy.content.moderation.Moderator;
import org.councilpolicy.core.engine.RuleRegistry;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 12: the blind moderation sets. {@code devsets/moderation-r2/blind-comments.jsonl} (round 2, retired to development in round 6) holds realistic council
 * comments (a third angry but legitimate criticism) with the expected decision and ground;
 * {@code devsets/moderation-r2/blind-hatecheck.jsonl} holds HateCheck's 29 functionalities with new templates and new
 * target groups. {@code devsets/moderation-r5/} holds a second pair of sets written in round 5 by another writer,
 * scored the same way with their own gates. Prints counts per class and functionality only.
 */
class BlindModerationEvaluation {

    static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    /** Gates just under the figures measured at the end of the round (docs/accuracy.md). */
    static final int MAX_CRITICISM_DELETED = 0;
    /**
     * Round 6 (issue 12, hate): 198/253 = 0.783 hateful given HATE, 154/159 = 0.969 non-hateful kept clear; round 7:
     * 203/253 = 0.802 (odd rows, tuned, 115/126; even rows, untuned, 88/127), non-hateful 154/159; round 8: 204/253 =
     * 0.806 (115/126, 89/127), non-hateful 154/159; round 10: 213/253 = 0.842 (123/126, 90/127), non-hateful 154/159;
     * round 11 (r11-hate): 215/253 = 0.850 (123/126, 92/127), non-hateful 154/159; round 12 (r12-hate): 217/253 = 0.858
     * (123/126, 94/127), non-hateful 154/159.
     */
    static final double MIN_HATEFUL = 0.855;
    static final double MIN_NON_HATEFUL = 0.96;
    /**
     * Deletable comments caught on the right ground (issue 12, round 5: 79/132 = 0.598; round 6, now a development
     * set read on its odd rows: 99/132 = 0.750; round 7: 106/132 = 0.803; round 8: 107/132 = 0.811; round 10, both branches: 111/132 = 0.841).
     */
    static final double MIN_RIGHT_GROUND = 0.835;
    /** Threats and harassment caught (issue 12, round 5: 19/37 = 0.514; round 6: 28/37 = 0.757; round 7: 31/37). */
    static final double MIN_THREATS_AND_HARASSMENT = 0.83;

    /**
     * The round-5 sets' gates (devsets/moderation-r5/README.md), at or just under their first figures (main at
     * 2136e73), raised at the end of round 6 to just under its figures there (criticism deleted 1/123, right ground
     * 95/148, threats and harassment 26/46, hateful 197/260, non-hateful 153/159). Development gates since round 8,
     * just under the round-8 figures after the comments and hate work (branches r8-mod and r8-hate, odd rows tuned):
     * criticism deleted 0/123, right ground 97/148 to 116/148, threats and harassment 26/46 to 34/46, hateful 202/260
     * to 217/260, non-hateful 155/159. Round 10 (r10-hate and r10-threat): right ground 119/148, hateful 222/260.
     * Round 11 (r11-hate): hateful 227/260, non-hateful 156/159. Round 12 (r12-hate): hateful 229/260, non-hateful 156/159.
     */
    static final int MAX_CRITICISM_DELETED_2 = 0;
    static final double MIN_RIGHT_GROUND_2 = 0.80;
    static final double MIN_THREATS_AND_HARASSMENT_2 = 0.73;
    static final double MIN_HATEFUL_2 = 0.875;
    static final double MIN_NON_HATEFUL_2 = 0.97;

    /** The round-11 development set's gates (devsets/moderation-r11/README.md), just under its end figures (0.684, 0.602). */
    static final int MAX_CRITICISM_DELETED_R11 = 0;
    static final double MIN_RIGHT_GROUND_R11 = 0.68;
    static final double MIN_THREATS_AND_HARASSMENT_R11 = 0.60;

    /**
     * The round-8 sets' gates (devsets/moderation-r8/README.md; held out in rounds 8 to 10), just under their figures.
     * Round 11 (r11-hate, odd rows tuned): hateful 197/252 → 204/252, non-hateful 148/158 → 152/158. Round 12 (r12-hate):
     * hateful 206/252, non-hateful 152/158.
     */
    static final int MAX_CRITICISM_DELETED_3 = 0;
    static final double MIN_RIGHT_GROUND_3 = 0.715;
    static final double MIN_THREATS_AND_HARASSMENT_3 = 0.61;
    static final double MIN_HATEFUL_3 = 0.815;
    static final double MIN_NON_HATEFUL_3 = 0.955;

    /**
     * The round-10 held-out sets' gates (devsets/moderation-r10/README.md), just under their round-11 end figures; round 12
     * (r12-hate, now development data, odd rows tuned): hateful 211/252 → 219/252, non-hateful 148/154.
     */
    static final int MAX_CRITICISM_DELETED_4 = 0;
    static final double MIN_RIGHT_GROUND_4 = 0.73;
    static final double MIN_THREATS_AND_HARASSMENT_4 = 0.54;
    static final double MIN_HATEFUL_4 = 0.865;
    static final double MIN_NON_HATEFUL_4 = 0.96;

    /**
     * The round-12 held-out sets' gates (blind/moderation-5/README.md, blind/hatecheck-5/README.md), just under their
     * first-run figures (criticism deleted 0/137, right ground 112/190 = 0.589, threats and harassment 24/64 =
     * 0.375; hateful 164/252 = 0.651, non-hateful 148/154 = 0.961) and their round-12 end figures (0/137, 113/190 =
     * 0.595, 24/64; 166/252 = 0.659, 149/154 = 0.968).
     */
    static final int MAX_CRITICISM_DELETED_5 = 0;
    static final double MIN_RIGHT_GROUND_5 = 0.59;
    static final double MIN_THREATS_AND_HARASSMENT_5 = 0.37;
    static final double MIN_HATEFUL_5 = 0.655;
    static final double MIN_NON_HATEFUL_5 = 0.965;

    /**
     * The independent development comments' gates (devsets/moderation/README.md), just under their figures (round 6:
     * right ground 190/300 = 0.633, threats and harassment 83/134 = 0.619; round 7: 206/300 = 0.687, 88/134 = 0.657;
     * round 8: 207/300 = 0.690, 89/134 = 0.664; round 10, both branches: 214/300 = 0.713, 91/134 = 0.679).
     */
    static final int MAX_CRITICISM_DELETED_DEV = 0;
    static final double MIN_RIGHT_GROUND_DEV = 0.71;
    static final double MIN_THREATS_AND_HARASSMENT_DEV = 0.675;

    /** Each comments set: its file from the repository's root, its report, its gates. */
    static Stream<Arguments> commentSets() {
        return Stream.of(
                Arguments.of("devsets/moderation-r2/blind-comments.jsonl", "blind-moderation-comments",
                        MAX_CRITICISM_DELETED, MIN_RIGHT_GROUND, MIN_THREATS_AND_HARASSMENT),
                Arguments.of("devsets/moderation-r5/blind-comments-2.jsonl", "blind-moderation-2-comments",
                        MAX_CRITICISM_DELETED_2, MIN_RIGHT_GROUND_2, MIN_THREATS_AND_HARASSMENT_2),
                // the round-8 set, by a third writer (held out in rounds 8 to 10)
                Arguments.of("devsets/moderation-r8/blind-comments-3.jsonl", "blind-moderation-3-comments",
                        MAX_CRITICISM_DELETED_3, MIN_RIGHT_GROUND_3, MIN_THREATS_AND_HARASSMENT_3),
                // the round-10 held-out set, by a fourth writer
                Arguments.of("devsets/moderation-r10/blind-comments-4.jsonl", "blind-moderation-4-comments",
                        MAX_CRITICISM_DELETED_4, MIN_RIGHT_GROUND_4, MIN_THREATS_AND_HARASSMENT_4),
                // development comments by an independent writer (devsets/moderation/README.md): readable, tunable
                Arguments.of("devsets/moderation/dev-comments-indep.jsonl", "dev-moderation-indep-comments",
                        MAX_CRITICISM_DELETED_DEV, MIN_RIGHT_GROUND_DEV, MIN_THREATS_AND_HARASSMENT_DEV),
                // the round-11 development set by a fifth writer, weighted to threats, harassment and naming
                // (devsets/moderation-r11/README.md)
                Arguments.of("devsets/moderation-r11/dev-comments-r11.jsonl", "dev-moderation-r11-comments",
                        MAX_CRITICISM_DELETED_R11, MIN_RIGHT_GROUND_R11, MIN_THREATS_AND_HARASSMENT_R11),
                // the round-12 held-out set, by a sixth writer (blind/moderation-5/README.md)
                Arguments.of("blind/moderation-5/blind-comments-5.jsonl", "blind-moderation-5-comments",
                        MAX_CRITICISM_DELETED_5, MIN_RIGHT_GROUND_5, MIN_THREATS_AND_HARASSMENT_5));
    }

    /** Each HateCheck-style set: its file from the repository's root, its report, its gates. */
    static Stream<Arguments> hateCheckSets() {
        return Stream.of(
                Arguments.of("devsets/moderation-r2/blind-hatecheck.jsonl", "blind-moderation-hatecheck", MIN_HATEFUL,
                        MIN_NON_HATEFUL),
                Arguments.of("devsets/moderation-r5/blind-hatecheck-2.jsonl", "blind-moderation-2-hatecheck",
                        MIN_HATEFUL_2, MIN_NON_HATEFUL_2),
                Arguments.of("devsets/moderation-r8/blind-hatecheck-3.jsonl", "blind-moderation-3-hatecheck",
                        MIN_HATEFUL_3, MIN_NON_HATEFUL_3),
                Arguments.of("devsets/moderation-r10/blind-hatecheck-4.jsonl", "blind-moderation-4-hatecheck",
                        MIN_HATEFUL_4, MIN_NON_HATEFUL_4),
                // the round-12 held-out set, by a seventh writer (blind/hatecheck-5/README.md)
                Arguments.of("blind/hatecheck-5/blind-hatecheck-5.jsonl", "blind-moderation-5-hatecheck",
                        MIN_HATEFUL_5, MIN_NON_HATEFUL_5));
    }

    private static Moderator moderator() {
        return Moderator.of(RuleRegistry.discover().profileLoader().builtIn("uk-council"),
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commentSets")
    void blindCouncilComments(String file, String report, int maxCriticismDeleted, double minRightGround,
            double minThreatsAndHarassment) {
        List<JsonNode> rows = BlindSet.rowsAt(file);
        Moderator moderator = moderator();
        Map<String, int[]> perClass = new TreeMap<>();
        BlindSet.Counts failures = new BlindSet.Counts();
        int keepers = 0;
        int keepersDeleted = 0;
        int keepersReviewed = 0;
        int criticism = 0;
        int criticismDeleted = 0;
        int deletable = 0;
        int deletableRightGround = 0;
        int threatHarass = 0;
        int threatHarassCaught = 0;
        for (JsonNode row : rows) {
            String cls = row.path("class").asText("?");
            String expected = row.path("expected").asText("KEEP");
            String ground = row.path("ground").isTextual() ? row.get("ground").asText() : null;
            Comment comment = Comment.of(row.get("text").asText());
            if (row.path("onPost").isTextual()) {
                comment = comment.withOnPost(row.get("onPost").asText());
            }
            ModerationDecision d = moderator.decide(comment);
            boolean ok;
            if (expected.equals("KEEP") || expected.equals("REVIEW_OR_KEEP")) {
                keepers++;
                ok = d.decision() != Decision.DELETE && (expected.equals("REVIEW_OR_KEEP") || d.decision() == Decision.KEEP);
                if (d.decision() == Decision.DELETE) {
                    keepersDeleted++;
                    failures.add(cls + ": deleted on " + d.grounds());
                } else if (d.decision() == Decision.REVIEW && expected.equals("KEEP")) {
                    keepersReviewed++;
                    failures.add(cls + ": sent to review on " + d.grounds());
                }
                if (cls.equals("criticism")) {
                    criticism++;
                    if (d.decision() == Decision.DELETE) {
                        criticismDeleted++;
                    }
                }
            } else {
                deletable++;
                boolean reviewOk = expected.equals("DELETE_OR_REVIEW") && d.decision() == Decision.REVIEW;
                boolean rightGround = ground == null || d.grounds().stream().anyMatch(g -> accepts(ground, g));
                ok = (d.decision() == Decision.DELETE || reviewOk) && rightGround;
                if (ok) {
                    deletableRightGround++;
                } else {
                    failures.add(cls + ": expected " + expected + " " + ground + ", got " + d.decision() + " "
                            + d.grounds());
                }
                if (cls.equals("threat") || cls.equals("harassment")) {
                    threatHarass++;
                    if (ok) {
                        threatHarassCaught++;
                    }
                }
                if (row.path("reportHate").asBoolean(false) && !d.reportTo().toString().contains("HATE")) {
                    failures.add(cls + ": hate not reported to the hate crime service");
                }
            }
            int[] c = perClass.computeIfAbsent(cls, k -> new int[2]);
            c[0]++;
            if (ok) {
                c[1]++;
            }
        }
        StringBuilder out = new StringBuilder("BlindModerationEvaluation (council comments): ")
                .append(rows.size()).append(" comments\n\n| class | comments | right decision |\n|---|---|---|\n");
        perClass.forEach((k, c) -> out.append("| ").append(k).append(" | ").append(c[0]).append(" | ")
                .append(BlindSet.ratio(c[1], c[0])).append(" |\n"));
        out.append("\nCriticism deleted: ").append(BlindSet.ratio(criticismDeleted, criticism)).append('\n')
                .append("Comments to keep that were deleted: ").append(BlindSet.ratio(keepersDeleted, keepers)).append('\n')
                .append("Comments to keep sent to review: ").append(BlindSet.ratio(keepersReviewed, keepers)).append('\n')
                .append("Deletable comments caught on the right ground: ")
                .append(BlindSet.ratio(deletableRightGround, deletable)).append('\n')
                .append("Threats and harassment caught: ").append(BlindSet.ratio(threatHarassCaught, threatHarass))
                .append('\n').append("\nFailures by class: ").append(failures.lines());
        BlindSet.report(report, out.toString());
        assertThat(criticismDeleted).as("criticism deleted").isLessThanOrEqualTo(maxCriticismDeleted);
        assertThat((double) deletableRightGround / deletable).as("deletable caught on the right ground")
                .isGreaterThanOrEqualTo(minRightGround);
        assertThat((double) threatHarassCaught / threatHarass).as("threats and harassment caught")
                .isGreaterThanOrEqualTo(minThreatsAndHarassment);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hateCheckSets")
    void blindHateCheckFunctionalities(String file, String report, double minHateful, double minNonHateful) {
        List<JsonNode> rows = BlindSet.rowsAt(file);
        Moderator moderator = moderator();
        Map<String, int[]> perFunctionality = new TreeMap<>();
        int hateful = 0;
        int hatefulRight = 0;
        int nonHateful = 0;
        int nonHatefulRight = 0;
        for (JsonNode row : rows) {
            boolean isHate = row.path("hateful").asBoolean();
            ModerationDecision d = moderator.decide(Comment.of(row.get("text").asText()));
            boolean right = d.grounds().contains(Ground.HATE) == isHate;
            if (isHate) {
                hateful++;
                hatefulRight += right ? 1 : 0;
            } else {
                nonHateful++;
                nonHatefulRight += right ? 1 : 0;
            }
            int[] c = perFunctionality.computeIfAbsent(row.path("functionality").asText("?"), k -> new int[2]);
            c[0]++;
            c[1] += right ? 1 : 0;
        }
        StringBuilder out = new StringBuilder("BlindModerationEvaluation (HateCheck-style, new templates and targets): ")
                .append(rows.size()).append(" cases\n\n")
                .append(String.format(Locale.ROOT, "Hateful given HATE: %s; non-hateful not given HATE: %s%n%n",
                        BlindSet.ratio(hatefulRight, hateful), BlindSet.ratio(nonHatefulRight, nonHateful)))
                .append("| functionality | cases | right |\n|---|---|---|\n");
        perFunctionality.forEach((k, c) -> out.append("| ").append(k).append(" | ").append(c[0]).append(" | ")
                .append(BlindSet.ratio(c[1], c[0])).append(" |\n"));
        BlindSet.report(report, out.toString());
        assertThat(BlindSet.share(hatefulRight, hateful)).as("hateful given HATE").isGreaterThanOrEqualTo(minHateful);
        assertThat(BlindSet.share(nonHatefulRight, nonHateful)).as("non-hateful kept clear of HATE")
                .isGreaterThanOrEqualTo(minNonHateful);
    }

    private static boolean accepts(String expected, Ground got) {
        if (expected.equals(got.name())) {
            return true;
        }
        // Personal insults are abuse or offensive language: the policies treat both as grounds (MD-2, MD-3).
        return expected.equals("ABUSE") && got == Ground.OFFENSIVE;
    }
}
