package org.councilpolicy.content.personaldata;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.councilpolicy.content.draft.Draft;
import org.councilpolicy.content.draft.PostKind;
import org.councilpolicy.core.engine.Engine;
import org.councilpolicy.core.engine.RuleRegistry;
import org.councilpolicy.core.profile.AccountType;
import org.councilpolicy.core.profile.Profile;
import org.councilpolicy.core.profile.ProfileLoader;
import org.councilpolicy.core.rule.Category;
import org.councilpolicy.core.rule.Finding;
import org.councilpolicy.core.rule.Span;
import org.junit.jupiter.api.Test;

/**
 * Issue 3, people detectors: per-kind recall and precision over every {@code corpus/personal-data-*.jsonl} on the
 * test class path (our own labelled corpora), with each row's profile and a fixed clock (2026-03-01T09:00Z, for
 * embargo rows). A finding matches an expected item of the same kind whose span overlaps it. Confidential
 * findings of every kind count as {@code CONFIDENTIAL}. Thresholds: recall at least 0.97 and precision at least
 * 0.95 for each kind. Prints counts only (row ids on a miss), never texts.
 */
class PersonalDataPeopleEvaluation {

    static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");
    static final List<String> KINDS = List.of("PERSON_NAME", "STREET_ADDRESS", "CHILD", "REQUEST_FOR_DETAILS",
            "FINANCIAL_REQUEST", "CONFIDENTIAL");

    record Item(String kind, Span span) {
    }

    record Row(String id, List<Item> expected, List<Item> found) {
    }

    @Test
    void recallAndPrecisionPerKind() throws Exception {
        List<Row> rows = evaluate();
        assertThat(rows).hasSizeGreaterThanOrEqualTo(150);
        Map<String, int[]> counts = new LinkedHashMap<>(); // expected, matchedExpected, found, matchedFound
        List<String> misses = new ArrayList<>();
        for (String k : KINDS) {
            counts.put(k, new int[4]);
        }
        for (Row r : rows) {
            for (Item e : r.expected()) {
                int[] c = counts.get(e.kind());
                c[0]++;
                if (r.found().stream().anyMatch(f -> matches(f, e))) {
                    c[1]++;
                } else {
                    misses.add(r.id() + " missed " + e.kind());
                }
            }
            for (Item f : r.found()) {
                int[] c = counts.get(f.kind());
                c[2]++;
                if (r.expected().stream().anyMatch(e -> matches(f, e))) {
                    c[3]++;
                } else {
                    misses.add(r.id() + " wrongly found " + f.kind() + " at " + f.span().start() + "-" + f.span().end());
                }
            }
        }
        StringBuilder table = new StringBuilder("| kind | expected | found | recall | precision |\n|---|---|---|---|---|\n");
        Map<String, double[]> figures = new HashMap<>();
        for (var e : counts.entrySet()) {
            int[] c = e.getValue();
            double recall = c[0] == 0 ? 1.0 : (double) c[1] / c[0];
            double precision = c[2] == 0 ? 1.0 : (double) c[3] / c[2];
            figures.put(e.getKey(), new double[] {recall, precision});
            table.append(String.format(java.util.Locale.ROOT, "| %s | %d | %d | %.3f (%d/%d) | %.3f (%d/%d) |%n",
                    e.getKey(), c[0], c[2], recall, c[1], c[0], precision, c[3], c[2]));
        }
        System.out.println("PersonalDataPeopleEvaluation over " + rows.size() + " rows\n" + table);
        misses.forEach(m -> System.out.println("  " + m));
        for (String k : KINDS) {
            assertThat(counts.get(k)[0]).as("labelled %s items", k).isGreaterThanOrEqualTo(15);
            assertThat(figures.get(k)[0]).as("recall of %s; misses: %s", k, misses).isGreaterThanOrEqualTo(0.97);
            assertThat(figures.get(k)[1]).as("precision of %s; misses: %s", k, misses).isGreaterThanOrEqualTo(0.95);
        }
    }

    private static boolean matches(Item found, Item expected) {
        return found.kind().equals(expected.kind()) && found.span().start() < expected.span().end()
                && expected.span().start() < found.span().end();
    }

    static List<Row> evaluate() throws IOException, URISyntaxException {
        Path root = Path.of(PersonalDataPeopleEvaluation.class.getResource("/corpus").toURI()).getParent();
        RuleRegistry registry = RuleRegistry.discover();
        ProfileLoader loader = registry.profileLoader();
        Map<String, Engine> engines = new HashMap<>();
        ObjectMapper json = new ObjectMapper();
        List<Row> rows = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.list(root.resolve("corpus"))) {
            files = s.filter(p -> p.getFileName().toString().matches("personal-data-.*\\.jsonl")).sorted().toList();
        }
        for (Path file : files) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n = json.readTree(line);
                String profileName = n.path("profile").asText("uk-council");
                Engine engine = engines.computeIfAbsent(profileName, p -> {
                    Profile profile = ProfileLoader.isBuiltIn(p) ? loader.builtIn(p) : loader.load(root.resolve(p));
                    return Engine.builder().registry(registry).profile(profile)
                            .clock(Clock.fixed(NOW, ZoneOffset.UTC)).build();
                });
                Draft draft = Draft.builder(n.get("text").asText())
                        .account(AccountType.valueOf(n.path("account").asText("CORPORATE")))
                        .kind(PostKind.valueOf(n.path("kind").asText("POST")))
                        .build();
                List<Item> expected = new ArrayList<>();
                for (JsonNode e : n.path("expected")) {
                    String kind = e.get("kind").asText();
                    if (KINDS.contains(kind)) {
                        expected.add(new Item(kind, new Span(e.get("start").asInt(), e.get("end").asInt())));
                    }
                }
                List<Item> found = new ArrayList<>();
                for (Finding f : engine.check(draft).findings()) {
                    String kind = f.category() == Category.CONFIDENTIAL ? "CONFIDENTIAL" : f.kind();
                    if (kind != null && KINDS.contains(kind) && f.span() != null) {
                        found.add(new Item(kind, f.span()));
                    }
                }
                rows.add(new Row(n.get("id").asText(), expected, found));
            }
        }
        return rows;
    }
}
