package org.councilpolicy.content.blind;

import static org.assertj.core.api.Assertions.assertThat;

import org.councilpolicy.core.testsupport.BlindSet;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.councilpolicy.content.draft.Author;
import org.councilpolicy.content.draft.AuthorRole;
import org.councilpolicy.content.draft.Committee;
import org.councilpolicy.content.draft.Draft;
import org.councilpolicy.content.draft.Platform;
import org.councilpolicy.core.engine.Engine;
import org.councilpolicy.core.engine.RuleRegistry;
import org.councilpolicy.core.profile.AccountType;
import org.councilpolicy.core.profile.Period;
import org.councilpolicy.core.profile.Profile;
import org.councilpolicy.core.rule.Category;
import org.councilpolicy.core.rule.Finding;
import org.councilpolicy.core.rule.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 13: the blind publishing sets ({@code devsets/publishing-r2/blind-drafts.jsonl}, round 2, retired to development in round 6, and
 * {@code devsets/publishing-r5/blind-drafts-2.jsonl}, round 5): drafts with publishing
 * problems of every judgement class and clean drafts full of traps, each labelled with the categories a careful
 * reviewer would raise. Scores recall per class, drafts given a judged category they must not have, and
 * POLITICAL findings on clean official posts. Only REVIEW and BLOCK findings count (ADVICE does not stop a post).
 * Prints counts and classes only.
 */
class BlindPublishingEvaluation {

    static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    static final Set<Category> JUDGED = EnumSet.of(Category.POLITICAL, Category.CONDUCT, Category.INCIDENT_DETAIL,
            Category.PERSONAL_DATA, Category.CONFIDENTIAL);
    /** The classes whose drafts must get no judged category (devsets/publishing-r2/README.md). */
    static final Set<String> CLEAN_CLASSES = Set.of("clean_trap", "councillor_campaigning", "pre_election_exempt");

    /**
     * One blind set and its gates, just under the figures measured at the end of the round (docs/accuracy.md).
     *
     * @param file the set, from the repository root
     * @param report the report's name under {@code target/}
     */
    record BlindGates(String file, String report, double maxWrongCategory, double maxCleanOfficialPolitical,
            double minProblemRight) {
        @Override
        public String toString() {
            return file;
        }
    }

    static Stream<BlindGates> sets() {
        return Stream.of(
                new BlindGates("devsets/publishing-r2/blind-drafts.jsonl", "blind-publishing", 0.016, 0.0, 0.85),
                // the second set, written in round 5 by another writer (devsets/publishing-r5/README.md); a
                // development set since round 8, its gates just under the round-8 end figures (docs/accuracy.md)
                new BlindGates("devsets/publishing-r5/blind-drafts-2.jsonl", "blind-publishing-2", 0.019, 0.0, 0.815),
                // the round-8 set, by a third writer (devsets/publishing-r8/README.md; held out in rounds 8 to 10); its
                // right-drafts gate just under the round-11 figure (120/180)
                new BlindGates("devsets/publishing-r8/blind-drafts-3.jsonl", "blind-publishing-3", 0.029, 0.0, 0.76),
                // the round-10 held-out set, by a fourth writer (devsets/publishing-r10/README.md)
                new BlindGates("devsets/publishing-r10/blind-drafts-4.jsonl", "blind-publishing-4", 0.03, 0.0, 0.745),
                // the round-11 development set by a fifth writer (devsets/publishing-r11/README.md)
                new BlindGates("devsets/publishing-r11/dev-drafts-r11.jsonl", "dev-publishing-r11", 0.026, 0.0, 0.79),
                // the round-12 held-out set, by a sixth writer (blind/publishing-5/README.md); gates just under its
                // round-12 end figures (first run: wrong category 16/338, POLITICAL on clean official posts 0, problems
                // 100/161; end: 15/338, 0, 102/161); the development sets' gates just under their round-12 end figures
                new BlindGates("blind/publishing-5/blind-drafts-5.jsonl", "blind-publishing-5", 0.045, 0.0, 0.63));
    }

    @ParameterizedTest
    @MethodSource("sets")
    void blindPublishing(BlindGates gates) {
        List<JsonNode> rows = BlindSet.rowsAt(gates.file());
        RuleRegistry registry = RuleRegistry.discover();
        Map<String, Engine> engines = new HashMap<>();
        Map<String, int[]> perClass = new TreeMap<>();
        BlindSet.Counts failures = new BlindSet.Counts();
        int wrongCategory = 0;
        int cleanOfficial = 0;
        int cleanOfficialPolitical = 0;
        for (JsonNode row : rows) {
            String cls = row.path("class").asText("?");
            String profileName = row.path("profile").asText("uk-council");
            boolean preElection = row.path("preElection").asBoolean(false);
            Engine engine = engines.computeIfAbsent(profileName + preElection,
                    k -> engine(registry, profileName, preElection));
            AccountType account = AccountType.valueOf(row.path("account").asText("CORPORATE"));
            Draft.Builder draft = Draft.builder(row.get("text").asText())
                    .platform(Platform.valueOf(row.path("platform").asText("OTHER")))
                    .account(account);
            if (row.path("authorRole").isTextual()) {
                // the row's committee: the councillor sits on that quasi-judicial committee (README "Format")
                Set<Committee> committees = row.path("committee").isTextual()
                        ? Set.of(Committee.valueOf(row.get("committee").asText().toUpperCase(Locale.ROOT))) : Set.of();
                draft.author(new Author(AuthorRole.valueOf(row.get("authorRole").asText()), null, committees));
            }
            List<Finding> findings = engine.check(draft.build()).findings().stream()
                    .filter(f -> JUDGED.contains(f.category()) && f.severity() != Severity.ADVICE).toList();
            Set<Category> expected = EnumSet.noneOf(Category.class);
            row.path("expected").forEach(n -> expected.add(Category.valueOf(n.asText())));
            Set<Category> got = EnumSet.noneOf(Category.class);
            findings.forEach(f -> got.add(f.category()));
            boolean recalled = got.containsAll(expected);
            if (!recalled) {
                EnumSet<Category> missing = EnumSet.copyOf(expected);
                missing.removeAll(got);
                failures.add(cls + ": missed " + missing);
                failures.add(cls + ": missed on a " + account + " account");
            }
            EnumSet<Category> extra = EnumSet.copyOf(got);
            extra.removeAll(expected);
            if (!extra.isEmpty()) {
                wrongCategory++;
                failures.add(cls + ": must not have " + extra);
                // the rules that gave the extra categories: kinds of failure, no text
                findings.stream().filter(f -> extra.contains(f.category())).map(f -> f.rule() + f.kindIfAny().map(k -> ":" + k).orElse("")).distinct()
                        .forEach(r -> failures.add(cls + ": extra from " + r));
            }
            if (expected.isEmpty() && (account == AccountType.CORPORATE || account == AccountType.SERVICE)) {
                cleanOfficial++;
                if (got.contains(Category.POLITICAL)) {
                    cleanOfficialPolitical++;
                }
            }
            int[] c = perClass.computeIfAbsent(cls, k -> new int[2]);
            c[0]++;
            c[1] += recalled && extra.isEmpty() ? 1 : 0;
        }
        StringBuilder out = new StringBuilder("BlindPublishingEvaluation, " + gates.file() + ": ").append(rows.size())
                .append(" drafts\n\n| class | drafts | right (all expected categories, none extra) |\n|---|---|---|\n");
        perClass.forEach((k, c) -> out.append("| ").append(k).append(" | ").append(c[0]).append(" | ")
                .append(BlindSet.ratio(c[1], c[0])).append(" |\n"));
        out.append("\nDrafts given a judged category they must not have: ").append(BlindSet.ratio(wrongCategory, rows.size()))
                .append('\n').append("POLITICAL findings on clean corporate and service posts: ")
                .append(BlindSet.ratio(cleanOfficialPolitical, cleanOfficial)).append('\n')
                .append("\nFailures by class: ").append(failures.lines());
        BlindSet.report(gates.report(), out.toString());
        assertThat(BlindSet.share(wrongCategory, rows.size())).as("drafts with a wrong category")
                .isLessThanOrEqualTo(gates.maxWrongCategory());
        assertThat(BlindSet.share(cleanOfficialPolitical, cleanOfficial)).as("POLITICAL on clean official posts")
                .isLessThanOrEqualTo(gates.maxCleanOfficialPolitical());
        int problems = 0;
        int problemsRight = 0;
        for (Map.Entry<String, int[]> e : perClass.entrySet()) {
            if (!CLEAN_CLASSES.contains(e.getKey())) {
                problems += e.getValue()[0];
                problemsRight += e.getValue()[1];
            }
        }
        assertThat(BlindSet.share(problemsRight, problems)).as("problem drafts right").isGreaterThanOrEqualTo(gates.minProblemRight());
    }

    static Engine engine(RuleRegistry registry, String profileName, boolean preElection) {
        Profile profile = registry.profileLoader().builtIn(profileName);
        if (preElection) {
            LocalDate today = LocalDate.ofInstant(NOW, ZoneOffset.UTC);
            profile = profile.toBuilder()
                    .preElectionPeriod(new Period("blind pre-election period", today.minusDays(20), today.plusDays(30)))
                    .build();
        }
        return Engine.builder().registry(registry).profile(profile).clock(Clock.fixed(NOW, ZoneOffset.UTC)).build();
    }
}
