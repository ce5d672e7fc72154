package org.councilpolicy.content.judgement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.councilpolicy.content.draft.Author;
import org.councilpolicy.content.draft.AuthorRole;
import org.councilpolicy.content.draft.Committee;
import org.councilpolicy.content.draft.Draft;
import org.councilpolicy.core.engine.Engine;
import org.councilpolicy.core.engine.RuleRegistry;
import org.councilpolicy.core.profile.AccountType;
import org.councilpolicy.core.profile.Period;
import org.councilpolicy.core.profile.Profile;
import org.councilpolicy.core.rule.Category;
import org.councilpolicy.core.rule.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Development drafts of issue 13's fifth to eighth and tenth to twelfth rounds ({@code judgement/round5-drafts.tsv},
 * {@code round6-drafts.tsv}, {@code round7-drafts.tsv}, {@code round8-drafts.tsv}, {@code round10-drafts.tsv},
 * {@code round11-drafts.tsv}, {@code round12-drafts.tsv}, {@code round12-pub-drafts.tsv}),
 * written for this test: problems of each class in new
 * wording and clean drafts that share their words (everyday campaigns and votes, slogans used as ordinary phrases,
 * factual reports of national policy). Each row gives who speaks and the categories a reviewer
 * would raise; the three judged categories (POLITICAL, CONDUCT, INCIDENT_DETAIL) found at REVIEW or BLOCK must be
 * exactly those expected (personal-data findings are the personal-data corpora's business).
 */
class JudgementDraftsTest {

    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    private static final Set<Category> JUDGED = EnumSet.of(Category.POLITICAL, Category.CONDUCT,
            Category.INCIDENT_DETAIL);
    private static final RuleRegistry REGISTRY = RuleRegistry.discover();
    private static final List<String> FILES = List.of("round5-drafts.tsv", "round6-drafts.tsv", "round7-drafts.tsv",
            "round8-drafts.tsv", "round10-drafts.tsv", "round11-drafts.tsv", "round12-drafts.tsv",
            "round12-pub-drafts.tsv");
    /** One engine per profile and period: engines are immutable, and building one per row was most of the time. */
    private static final Map<String, Engine> ENGINES = new ConcurrentHashMap<>();

    static Stream<Arguments> rows() {
        List<Arguments> out = new ArrayList<>();
        for (String file : FILES) {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(
                    JudgementDraftsTest.class.getResourceAsStream("/judgement/" + file), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    if (!line.isBlank() && !line.startsWith("#")) {
                        List<Object> row = new ArrayList<>(List.of((Object[]) line.split("\t", 7)));
                        row.add(0, file);
                        out.add(Arguments.of(row.toArray()));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "[{index}] {0} {6}: {7}")
    @MethodSource("rows")
    void judgedCategoriesAreExactlyTheExpectedOnes(String file, String profile, String account, String role, String committee,
            String preElection, String expected, String text) {
        Draft.Builder draft = Draft.builder(text).account(AccountType.valueOf(account));
        if (!role.equals("-")) {
            draft.author(new Author(AuthorRole.valueOf(role), null,
                    committee.equals("-") ? Set.of() : Set.of(Committee.valueOf(committee))));
        }
        Set<Category> want = EnumSet.noneOf(Category.class);
        if (!expected.equals("-")) {
            for (String c : expected.split(",")) {
                Category cat = Category.valueOf(c);
                if (JUDGED.contains(cat)) {
                    want.add(cat);
                }
            }
        }
        Set<Category> got = EnumSet.noneOf(Category.class);
        engine(profile, preElection.equals("1")).check(draft.build()).findings().stream()
                .filter(f -> f.severity() != Severity.ADVICE && JUDGED.contains(f.category()))
                .forEach(f -> got.add(f.category()));
        assertThat(got).as(text).isEqualTo(want);
    }

    private static Engine engine(String profileName, boolean preElection) {
        return ENGINES.computeIfAbsent(profileName + "/" + preElection, k -> build(profileName, preElection));
    }

    private static Engine build(String profileName, boolean preElection) {
        Profile profile = REGISTRY.profileLoader().builtIn(profileName);
        if (preElection) {
            LocalDate today = LocalDate.ofInstant(NOW, ZoneOffset.UTC);
            profile = profile.toBuilder()
                    .preElectionPeriod(new Period("test pre-election period", today.minusDays(20), today.plusDays(30)))
                    .build();
        }
        return Engine.builder().registry(REGISTRY).profile(profile).clock(Clock.fixed(NOW, ZoneOffset.UTC)).build();
    }
}
