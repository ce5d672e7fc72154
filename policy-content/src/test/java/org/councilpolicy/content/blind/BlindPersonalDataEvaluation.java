package org.councilpolicy.content.blind;

import static org.assertj.core.api.Assertions.assertThat;

import org.councilpolicy.core.testsupport.BlindSet;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.councilpolicy.content.draft.Draft;
import org.councilpolicy.content.draft.PostKind;
import org.councilpolicy.content.moderation.Comment;
import org.councilpolicy.content.moderation.Moderator;
import org.councilpolicy.core.engine.Engine;
import org.councilpolicy.core.engine.RuleRegistry;
import org.councilpolicy.core.profile.AccountType;
import org.councilpolicy.core.profile.Profile;
import org.councilpolicy.core.rule.Category;
import org.councilpolicy.core.rule.Finding;
import org.councilpolicy.core.rule.Severity;
import org.councilpolicy.core.rule.Span;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 11: the blind personal-data set ({@code devsets/personal-data-r2/blind-pd.jsonl}, round 2, retired to development in round 6: drafts, replies and comments
 * with every resident's personal data and every organisation's contact detail labelled), and the second set written
 * in round 5 by another writer ({@code devsets/personal-data-r5/blind-pd-2.jsonl}), each with its own gates. Scores recall and
 * precision per kind, organisation contacts wrongly reported, and case-linked addresses that must block. Prints
 * counts and the classes of what failed only.
 */
class BlindPersonalDataEvaluation {

    static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    static final List<String> LABELLED = List.of("EMAIL", "PHONE", "POSTCODE", "STREET_ADDRESS", "PERSON_NAME",
            "CHILD", "NI_NUMBER", "NHS_NUMBER", "PAYMENT_CARD", "BANK_ACCOUNT", "IBAN", "DATE_OF_BIRTH",
            "VEHICLE_REG", "PASSPORT", "DRIVING_LICENCE");
    /**
     * Gates just under the figures measured at the end of the round (docs/accuracy.md; round 11: recall 0.925,
     * precision 0.978); raise them as they rise.
     */
    static final double MIN_RECALL_ALL = 0.925;
    static final double MIN_PRECISION_ALL = 0.975;
    /** Organisation contact details reported as personal data, at most (6 of 215 at the end of rounds 6 to 8, 3 in round 9). */
    static final int MAX_ORGANISATION_REPORTED = 3;

    /**
     * The round-5 set's gates (devsets/personal-data-r5/README.md; development data from round 8), just under its
     * round-11 end figures (recall 0.906, precision 0.968, 5 of 167 organisation contacts reported).
     */
    static final double MIN_RECALL_ALL_2 = 0.905;
    static final double MIN_PRECISION_ALL_2 = 0.965;
    static final int MAX_ORGANISATION_REPORTED_2 = 5;

    /**
     * The round-8 set's gates (devsets/personal-data-r8/README.md; held out in rounds 8 to 10, development data
     * since), just under its figures at the end of round 11's branch r11-pd (docs/accuracy.md: recall 0.834,
     * precision 0.927, organisations reported 13).
     */
    static final double MIN_RECALL_ALL_3 = 0.83;
    static final double MIN_PRECISION_ALL_3 = 0.925;
    static final int MAX_ORGANISATION_REPORTED_3 = 13;

    /**
     * The round-10 held-out set's gates (devsets/personal-data-r10/README.md), just under its figures at the end of
     * round 10 (docs/accuracy.md: recall 0.807 -> 0.826, precision 0.934 -> 0.951, organisations reported 9 -> 9) and
     * of round 11 (recall 0.833, precision 0.951, organisations 9); from round 12 a development set, just under its
     * round-12 end figures (recall 0.864, precision 0.961, organisations 7).
     */
    static final double MIN_RECALL_ALL_4 = 0.86;
    static final double MIN_PRECISION_ALL_4 = 0.955;
    static final int MAX_ORGANISATION_REPORTED_4 = 7;

    /**
     * The round-11 development set's gates (devsets/personal-data-r11/README.md), just under its round-11 end figures
     * (0.774, 0.957) and its round-12 end figures (0.783, 0.961, organisations 1).
     */
    static final double MIN_RECALL_ALL_R11 = 0.78;
    static final double MIN_PRECISION_ALL_R11 = 0.955;
    static final int MAX_ORGANISATION_REPORTED_R11 = 1;

    /**
     * The round-12 held-out set's gates (blind/personal-data-5/README.md), just under its first-run figures at the
     * start of round 12 (docs/accuracy.md: recall 0.791, precision 0.932, organisation contacts reported 8 of 123) and
     * its end (0.802, 0.933, 8).
     */
    static final double MIN_RECALL_ALL_5 = 0.80;
    static final double MIN_PRECISION_ALL_5 = 0.93;
    static final int MAX_ORGANISATION_REPORTED_5 = 8;

    /** Each set: its file from the repository root, its report, its gates. */
    static Stream<Arguments> sets() {
        return Stream.of(
                Arguments.of("devsets/personal-data-r2/blind-pd.jsonl", "blind-personal-data",
                        MIN_RECALL_ALL, MIN_PRECISION_ALL, MAX_ORGANISATION_REPORTED),
                Arguments.of("devsets/personal-data-r5/blind-pd-2.jsonl", "blind-personal-data-2",
                        MIN_RECALL_ALL_2, MIN_PRECISION_ALL_2, MAX_ORGANISATION_REPORTED_2),
                // the round-8 set, by a third writer
                Arguments.of("devsets/personal-data-r8/blind-pd-3.jsonl", "blind-personal-data-3",
                        MIN_RECALL_ALL_3, MIN_PRECISION_ALL_3, MAX_ORGANISATION_REPORTED_3),
                // the round-10 held-out set, by a fourth writer
                Arguments.of("devsets/personal-data-r10/blind-pd-4.jsonl", "blind-personal-data-4",
                        MIN_RECALL_ALL_4, MIN_PRECISION_ALL_4, MAX_ORGANISATION_REPORTED_4),
                // the round-11 development set by a fifth writer (devsets/personal-data-r11/README.md)
                Arguments.of("devsets/personal-data-r11/dev-pd-r11.jsonl", "dev-personal-data-r11",
                        MIN_RECALL_ALL_R11, MIN_PRECISION_ALL_R11, MAX_ORGANISATION_REPORTED_R11),
                // the round-12 held-out set, by a sixth writer (blind/personal-data-5/README.md)
                Arguments.of("blind/personal-data-5/blind-pd-5.jsonl", "blind-personal-data-5",
                        MIN_RECALL_ALL_5, MIN_PRECISION_ALL_5, MAX_ORGANISATION_REPORTED_5));
    }

    record Item(String kind, Span span) {
    }

    static final class Tally {
        int expected;
        int recalled;
        int found;
        int correct;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sets")
    void blindPersonalData(String file, String report, double minRecall, double minPrecision, int maxOrganisationReported) {
        List<JsonNode> rows = BlindSet.rowsAt(file);
        RuleRegistry registry = RuleRegistry.discover();
        Profile profile = registry.profileLoader().builtIn("uk-council");
        Engine engine = Engine.builder().registry(registry).profile(profile)
                .clock(Clock.fixed(NOW, ZoneOffset.UTC)).build();
        Moderator moderator = Moderator.of(profile, Clock.fixed(NOW, ZoneOffset.UTC));
        Map<String, Tally> tallies = new LinkedHashMap<>();
        LABELLED.forEach(k -> tallies.put(k, new Tally()));
        BlindSet.Counts failures = new BlindSet.Counts();
        int orgItems = 0;
        int orgReported = 0;
        int caseLinked = 0;
        int caseLinkedBlocked = 0;
        int cleanRows = 0;
        int cleanFlagged = 0;
        int otherKindFalse = 0;
        for (JsonNode row : rows) {
            String text = row.get("text").asText();
            String cls = row.path("class").asText("?");
            String surface = row.path("surface").asText("draft");
            List<Finding> findings = findings(row, text, surface, engine, moderator);
            List<Item> personal = items(row.path("personal"), text);
            List<Item> organisation = items(row.path("organisation"), text);
            if (personal.isEmpty()) {
                cleanRows++;
                if (!findings.isEmpty()) {
                    cleanFlagged++;
                }
            }
            for (Item e : personal) {
                Tally t = tallies.get(e.kind());
                if (t == null) {
                    continue;
                }
                t.expected++;
                List<Finding> hits = findings.stream().filter(f -> matches(f, e.kind(), e.span())).toList();
                if (hits.isEmpty()) {
                    failures.add("missed " + e.kind() + " in " + surface + " / " + cls);
                } else {
                    t.recalled++;
                }
                if (row.path("caseLinked").asBoolean(false)
                        && ("STREET_ADDRESS".equals(e.kind()) || "POSTCODE".equals(e.kind()))) {
                    caseLinked++;
                    if (hits.stream().anyMatch(f -> f.severity() == Severity.BLOCK)) {
                        caseLinkedBlocked++;
                    } else {
                        failures.add("case-linked " + e.kind() + " not BLOCK");
                    }
                }
            }
            for (Item o : organisation) {
                orgItems++;
                if (findings.stream().anyMatch(f -> f.spanIfAny().map(s -> overlaps(s, o.span())).orElse(false)
                        && personal.stream().noneMatch(p -> overlaps(p.span(), f.span())))) {
                    orgReported++;
                    failures.add("organisation " + o.kind() + " reported, in " + surface + " / " + cls);
                }
            }
            for (Finding f : findings) {
                String kind = (f.kind() == null ? "" : f.kind().name());
                Tally t = tallies.get(kind);
                if (t == null) {
                    if (f.spanIfAny().isPresent()
                            && personal.stream().noneMatch(p -> overlaps(p.span(), f.span()))) {
                        otherKindFalse++;
                        failures.add("false " + kind + " in " + surface + " / " + cls);
                    }
                    continue;
                }
                t.found++;
                if (personal.stream().anyMatch(p -> matches(f, p.kind(), p.span()))) {
                    t.correct++;
                } else {
                    failures.add("false " + kind + " in " + surface + " / " + cls);
                }
            }
        }
        StringBuilder out = new StringBuilder();
        out.append("BlindPersonalDataEvaluation: ").append(rows.size()).append(" rows\n\n")
                .append("| kind | labelled | recall | precision |\n|---|---|---|---|\n");
        int expectedAll = 0;
        int recalledAll = 0;
        int foundAll = 0;
        int correctAll = 0;
        for (var e : tallies.entrySet()) {
            Tally t = e.getValue();
            expectedAll += t.expected;
            recalledAll += t.recalled;
            foundAll += t.found;
            correctAll += t.correct;
            out.append(String.format(Locale.ROOT, "| %s | %d | %s | %s |%n", e.getKey(), t.expected,
                    BlindSet.ratio(t.recalled, t.expected), BlindSet.ratio(t.correct, t.found)));
        }
        out.append(String.format(Locale.ROOT, "| all | %d | %s | %s |%n", expectedAll,
                BlindSet.ratio(recalledAll, expectedAll), BlindSet.ratio(correctAll, foundAll)));
        out.append("\nOrganisation contact details reported as personal data: ")
                .append(BlindSet.ratio(orgReported, orgItems)).append('\n');
        out.append("Case-linked addresses and postcodes that block: ")
                .append(BlindSet.ratio(caseLinkedBlocked, caseLinked)).append('\n');
        out.append("Rows with no personal data that got any personal-data finding: ")
                .append(BlindSet.ratio(cleanFlagged, cleanRows)).append('\n');
        out.append("Findings of unlabelled kinds (requests for details, financial requests) on no personal item: ")
                .append(otherKindFalse).append('\n');
        out.append("\nFailures by class: ").append(failures.lines());
        BlindSet.report(report, out.toString());
        assertThat(BlindSet.share(recalledAll, expectedAll)).as("overall recall").isGreaterThanOrEqualTo(minRecall);
        assertThat(BlindSet.share(correctAll, foundAll)).as("overall precision").isGreaterThanOrEqualTo(minPrecision);
        assertThat(orgReported).as("organisation contacts reported").isLessThanOrEqualTo(maxOrganisationReported);
    }

    static List<Finding> findings(JsonNode row, String text, String surface, Engine engine,
                                          Moderator moderator) {
        List<Finding> all;
        if ("comment".equals(surface)) {
            all = moderator.decide(Comment.of(text)).findings();
        } else {
            Draft draft = Draft.builder(text)
                    .account(AccountType.valueOf(row.path("account").asText("CORPORATE")))
                    .kind("reply".equals(surface) ? PostKind.REPLY : PostKind.POST)
                    .build();
            all = engine.check(draft).findings();
        }
        return all.stream().filter(f -> f.category() == Category.PERSONAL_DATA).toList();
    }

    static List<Item> items(JsonNode array, String text) {
        List<Item> items = new ArrayList<>();
        for (JsonNode n : array) {
            String sub = n.path("text").asText("");
            int at = text.indexOf(sub);
            if (sub.isEmpty() || at < 0) {
                continue;
            }
            // The README lists a repeated string once per occurrence ("Terry Wainwright … Terry's"): each later
            // item takes the next occurrence that no earlier item covers, not the first one again.
            int next = at;
            while (next >= 0 && covered(items, next, next + sub.length())) {
                next = text.indexOf(sub, next + 1);
            }
            if (next >= 0) {
                at = next;
            }
            items.add(new Item(n.path("kind").asText(), new Span(at, at + sub.length())));
        }
        return items;
    }

    private static boolean covered(List<Item> items, int start, int end) {
        return items.stream().anyMatch(i -> i.span().start() < end && start < i.span().end());
    }

    static boolean matches(Finding f, String kind, Span span) {
        return (f.kind() == null ? "" : f.kind().name()).equals(kind) && f.spanIfAny().map(s -> overlaps(s, span)).orElse(false);
    }

    static boolean overlaps(Span a, Span b) {
        return a.start() < b.end() && b.start() < a.end();
    }
}
