package org.councilpolicy.semantic.blind;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.councilpolicy.content.draft.Author;
import org.councilpolicy.content.draft.AuthorRole;
import org.councilpolicy.content.draft.Committee;
import org.councilpolicy.content.draft.Draft;
import org.councilpolicy.content.draft.Platform;
import org.councilpolicy.content.moderation.Comment;
import org.councilpolicy.content.moderation.Decision;
import org.councilpolicy.content.moderation.ModerationDecision;
import org.councilpolicy.content.moderation.Moderator;
import org.councilpolicy.core.engine.Engine;
import org.councilpolicy.core.engine.RuleRegistry;
import org.councilpolicy.core.profile.AccountType;
import org.councilpolicy.core.profile.Period;
import org.councilpolicy.core.profile.Profile;
import org.councilpolicy.core.rule.Category;
import org.councilpolicy.core.rule.Finding;
import org.councilpolicy.core.rule.Severity;
import org.councilpolicy.core.testsupport.BlindSet;
import org.councilpolicy.semantic.SemanticSecondOpinion;
import org.councilpolicy.semantic.TestStage;
import org.junit.jupiter.api.Test;

/**
 * Round 8: the semantic stage on DEVELOPMENT sets only ({@code devsets/}: the independent writers' comments and the
 * retired round-2 and round-5 sets), rules alone and with the stage, per class, the odd rows (1st, 3rd, …: the
 * half whose texts may be read when writing exemplars) and the even rows (the untuned check) apart. Comments: a hit
 * is any decision but KEEP. Drafts: the semantic categories (POLITICAL, CONDUCT) at REVIEW or worse; a draft is
 * right when it has every semantic category it expects, and "extra" when it has one it must not. The counts go to
 * {@code target/dev-semantic.md}; the odd rows where the stage changed something or missed go, with their texts,
 * to {@code target/dev-semantic-odd-rows.md} (development data may be read). Never reads {@code blind/}.
 */
class DevSemanticEvaluation {

    static final Set<String> KEEP = Set.of("criticism", "robust_elected", "idiom", "misinformation", "clean",
            "place_names", "counter_speech", "legitimate");
    static final Set<Category> SEMANTIC = EnumSet.of(Category.POLITICAL, Category.CONDUCT);
    static final List<String> COMMENTS = List.of("devsets/moderation-r5/blind-comments-2.jsonl",
            "devsets/moderation-r2/blind-comments.jsonl", "devsets/moderation/dev-comments-indep.jsonl");
    static final List<String> DRAFTS = List.of("devsets/publishing-r5/blind-drafts-2.jsonl",
            "devsets/publishing-r2/blind-drafts.jsonl");

    /** Round 8's end, odd and even halves: comments to keep acted on 15 and 34 (before: 35 and 57). */
    static final int[] MAX_KEEP_ACTED = {17, 36};
    /** Round 8's end: comments to act on acted on 291 and 243 (before: 294 and 250). */
    static final int[] MIN_ACT = {289, 241};
    /** Round 8's end: discrimination drafts right 16 + 17 (before 16 + 13), political and pre-election 43 + 49. */
    static final int MIN_DISCRIMINATION = 32;
    static final int MIN_POLITICAL = 91;
    /** Round 8's end: clean drafts given POLITICAL or CONDUCT 7 + 15 (before 7 + 13). */
    static final int MAX_CLEAN_EXTRA = 23;

    /** Per class: odd items, odd rules hits, odd stage hits, even items, even rules hits, even stage hits. */
    static final class Halves {
        final Map<String, int[]> perClass = new TreeMap<>();

        void add(String cls, int row, boolean rules, boolean stage) {
            int[] c = perClass.computeIfAbsent(cls, k -> new int[6]);
            int o = row % 2 == 0 ? 0 : 3; // row 0 is the 1st row: odd
            c[o]++;
            c[o + 1] += rules ? 1 : 0;
            c[o + 2] += stage ? 1 : 0;
        }

        int[] sum(java.util.function.Predicate<String> classes) {
            int[] s = new int[6];
            perClass.forEach((k, c) -> {
                if (classes.test(k)) {
                    for (int i = 0; i < 6; i++) {
                        s[i] += c[i];
                    }
                }
            });
            return s;
        }

        static String row(String label, int[] c) {
            return "| " + label + " | " + c[0] + " | " + c[1] + " | " + c[2] + " | " + c[3] + " | " + c[4] + " | " + c[5]
                    + " |\n";
        }

        String table(String title) {
            StringBuilder b = new StringBuilder("\n").append(title).append("\n\n| class | odd n | odd rules | odd + semantic "
                    + "| even n | even rules | even + semantic |\n|---|---|---|---|---|---|---|\n");
            perClass.forEach((k, c) -> b.append(row(k, c)));
            return b.toString();
        }
    }

    @Test
    void devSemantic() {
        SemanticSecondOpinion stage = TestStage.get();
        StringBuilder out = new StringBuilder("DevSemanticEvaluation (development sets only; odd rows read, even rows "
                + "untuned)\n");
        StringBuilder odd = new StringBuilder("Odd rows the stage escalated, or that both configurations missed\n");
        Halves allComments = new Halves();
        for (String file : COMMENTS) {
            Halves h = comments(file, stage, odd, allComments);
            out.append(h.table("Comments, " + file + " (hit = REVIEW or DELETE)"));
        }
        out.append("\nComments, all three sets\n\n| figure | odd n | odd rules | odd + semantic | even n | even rules "
                + "| even + semantic |\n|---|---|---|---|---|---|---|\n")
                .append(Halves.row("to keep, acted on", allComments.sum(KEEP::contains)))
                .append(Halves.row("robust_elected acted on", allComments.sum("robust_elected"::equals)))
                .append(Halves.row("idiom acted on", allComments.sum("idiom"::equals)))
                .append(Halves.row("criticism acted on", allComments.sum("criticism"::equals)))
                .append(Halves.row("to act on, acted on", allComments.sum(c -> !KEEP.contains(c))));
        Halves allDrafts = new Halves();
        Halves allExtra = new Halves();
        for (String file : DRAFTS) {
            Halves[] h = drafts(file, stage, odd, allDrafts, allExtra);
            out.append(h[0].table("Drafts, " + file + ": right (every expected semantic category)"));
            out.append(h[1].table("Drafts, " + file + ": extra (a semantic category it must not have)"));
        }
        out.append("\nDrafts, both sets\n\n| figure | odd n | odd rules | odd + semantic | even n | even rules "
                + "| even + semantic |\n|---|---|---|---|---|---|---|\n")
                .append(Halves.row("political_opinion right", allDrafts.sum("political_opinion"::equals)))
                .append(Halves.row("pre_election right", allDrafts.sum("pre_election"::equals)))
                .append(Halves.row("conduct right", allDrafts.sum("conduct"::equals)))
                .append(Halves.row("discrimination right", allDrafts.sum("discrimination"::equals)))
                .append(Halves.row("contempt right", allDrafts.sum("contempt"::equals)))
                .append(Halves.row("drafts with an extra semantic category", allExtra.sum(c -> true)))
                .append(Halves.row("clean classes with an extra semantic category", allExtra.sum(
                        c -> c.equals("clean_trap") || c.equals("councillor_campaigning") || c.equals("pre_election_exempt"))));
        BlindSet.report("dev-semantic", out.toString());
        BlindSet.write("dev-semantic-odd-rows", odd.toString());
        // the stage escalates, never decides: it cannot delete what the rules keep (checked per row above); the
        // gates sit just under (over, for costs) round 8's end figures, odd half and even half (docs/accuracy.md)
        int[] keep = allComments.sum(KEEP::contains);
        int[] act = allComments.sum(c -> !KEEP.contains(c));
        int[] discrimination = allDrafts.sum("discrimination"::equals);
        int[] political = allDrafts.sum(c -> c.equals("political_opinion") || c.equals("pre_election"));
        int[] clean = allExtra.sum(c -> c.equals("clean_trap") || c.equals("councillor_campaigning")
                || c.equals("pre_election_exempt"));
        assertThat(keep[2]).as("comments to keep acted on with the stage, odd").isLessThanOrEqualTo(MAX_KEEP_ACTED[0]);
        assertThat(keep[5]).as("comments to keep acted on with the stage, even").isLessThanOrEqualTo(MAX_KEEP_ACTED[1]);
        assertThat(act[2]).as("comments to act on, acted on with the stage, odd").isGreaterThanOrEqualTo(MIN_ACT[0]);
        assertThat(act[5]).as("comments to act on, acted on with the stage, even").isGreaterThanOrEqualTo(MIN_ACT[1]);
        assertThat(discrimination[2] + discrimination[5]).as("discrimination drafts right with the stage")
                .isGreaterThanOrEqualTo(MIN_DISCRIMINATION);
        assertThat(political[2] + political[5]).as("political and pre-election drafts right with the stage")
                .isGreaterThanOrEqualTo(MIN_POLITICAL);
        assertThat(clean[2] + clean[5]).as("clean drafts given a semantic category with the stage")
                .isLessThanOrEqualTo(MAX_CLEAN_EXTRA);
    }

    static Halves comments(String file, SemanticSecondOpinion stage, StringBuilder odd, Halves all) {
        List<JsonNode> rows = BlindSet.rowsAt(file);
        Engine.Builder base = Engine.builder().profile(BlindSemanticEvaluation.profile())
                .clock(Clock.fixed(BlindSemanticEvaluation.NOW, ZoneOffset.UTC));
        Moderator rules = Moderator.of(base.build());
        Moderator semantic = Moderator.of(Engine.builder().profile(BlindSemanticEvaluation.profile())
                .clock(Clock.fixed(BlindSemanticEvaluation.NOW, ZoneOffset.UTC)).secondOpinion(stage).build());
        Halves h = new Halves();
        odd.append("\n## ").append(file).append('\n');
        for (int i = 0; i < rows.size(); i++) {
            JsonNode row = rows.get(i);
            Comment comment = Comment.of(row.get("text").asText());
            if (row.path("onPost").isTextual()) {
                comment = comment.withOnPost(row.get("onPost").asText());
            }
            ModerationDecision r = rules.decide(comment);
            ModerationDecision s = semantic.decide(comment);
            assertThat(s.decision() == Decision.DELETE).as("the stage never deletes").isEqualTo(r.decision() == Decision.DELETE);
            String cls = row.path("class").asText("?");
            boolean rh = r.decision() != Decision.KEEP;
            boolean sh = s.decision() != Decision.KEEP;
            h.add(cls, i, rh, sh);
            all.add(cls, i, rh, sh);
            boolean keep = KEEP.contains(cls);
            if (i % 2 == 0 && ((keep && sh && !rh) || (!keep && !sh))) {
                odd.append("- ").append(keep ? "ESCALATED " : "MISSED ").append(cls).append(" | ")
                        .append(heads(s.findings())).append(" | ").append(row.get("text").asText()).append('\n');
            }
        }
        return h;
    }

    static Halves[] drafts(String file, SemanticSecondOpinion stage, StringBuilder odd, Halves allRight, Halves allExtra) {
        List<JsonNode> rows = BlindSet.rowsAt(file);
        RuleRegistry registry = RuleRegistry.discover();
        Map<String, Engine> engines = new HashMap<>();
        Halves right = new Halves();
        Halves extra = new Halves();
        odd.append("\n## ").append(file).append('\n');
        for (int i = 0; i < rows.size(); i++) {
            JsonNode row = rows.get(i);
            boolean preElection = row.path("preElection").asBoolean(false);
            Engine rules = engines.computeIfAbsent("r" + preElection, k -> engine(registry, preElection, null));
            Engine semantic = engines.computeIfAbsent("s" + preElection, k -> engine(registry, preElection, stage));
            AccountType account = AccountType.valueOf(row.path("account").asText("CORPORATE"));
            Draft.Builder draft = Draft.builder(row.get("text").asText())
                    .platform(Platform.valueOf(row.path("platform").asText("OTHER"))).account(account);
            if (row.path("authorRole").isTextual()) {
                Set<Committee> committees = row.path("committee").isTextual()
                        ? Set.of(Committee.valueOf(row.get("committee").asText().toUpperCase(Locale.ROOT))) : Set.of();
                draft.author(new Author(AuthorRole.valueOf(row.get("authorRole").asText()), null, committees));
            }
            Draft d = draft.build();
            Set<Category> expected = EnumSet.noneOf(Category.class);
            row.path("expected").forEach(n -> expected.add(Category.valueOf(n.asText())));
            expected.retainAll(SEMANTIC);
            List<Finding> rf = semanticFindings(rules.check(d).findings());
            List<Finding> sf = semanticFindings(semantic.check(d).findings());
            Set<Category> rGot = categories(rf);
            Set<Category> sGot = categories(sf);
            String cls = row.path("class").asText("?");
            boolean rRight = rGot.containsAll(expected);
            boolean sRight = sGot.containsAll(expected);
            boolean rExtra = !expected.containsAll(rGot);
            boolean sExtra = !expected.containsAll(sGot);
            if (!expected.isEmpty()) {
                right.add(cls, i, rRight, sRight);
                allRight.add(cls, i, rRight, sRight);
            }
            extra.add(cls, i, rExtra, sExtra);
            allExtra.add(cls, i, rExtra, sExtra);
            if (i % 2 == 0 && ((!sRight) || (sExtra && !rExtra))) {
                odd.append("- ").append(sRight ? "EXTRA " : "MISSED ").append(cls).append(' ').append(account)
                        .append(preElection ? " pre-election" : "").append(" | ").append(heads(sf)).append(" | ")
                        .append(row.get("text").asText()).append('\n');
            }
        }
        return new Halves[] {right, extra};
    }

    private static List<Finding> semanticFindings(List<Finding> findings) {
        return findings.stream().filter(f -> SEMANTIC.contains(f.category()) && f.severity().isAtLeast(Severity.REVIEW))
                .toList();
    }

    private static Set<Category> categories(List<Finding> findings) {
        Set<Category> got = EnumSet.noneOf(Category.class);
        findings.forEach(f -> got.add(f.category()));
        return got;
    }

    /** The semantic heads behind the findings, with their scores (from the finding's explanation). */
    private static String heads(List<Finding> findings) {
        String s = findings.stream().filter(f -> f.message().contains("semantic head "))
                .map(f -> f.message().replaceAll(".*semantic head (\\S+): score (\\S+).*", "$1 $2"))
                .collect(Collectors.joining(", "));
        return s.isEmpty() ? "-" : s;
    }

    static Engine engine(RuleRegistry registry, boolean preElection, SemanticSecondOpinion stage) {
        Profile profile = registry.profileLoader().builtIn("uk-council");
        if (preElection) {
            LocalDate today = LocalDate.ofInstant(BlindSemanticEvaluation.NOW, ZoneOffset.UTC);
            profile = profile.toBuilder()
                    .preElectionPeriod(new Period("dev pre-election period", today.minusDays(20), today.plusDays(30)))
                    .build();
        }
        Engine.Builder b = Engine.builder().registry(registry).profile(profile)
                .clock(Clock.fixed(BlindSemanticEvaluation.NOW, ZoneOffset.UTC));
        if (stage != null) {
            b.secondOpinion(stage);
        }
        return b.build();
    }
}
