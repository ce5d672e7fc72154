package org.councilpolicy.content.blind;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.councilpolicy.content.blind.BlindPersonalDataEvaluation.Item;
import org.councilpolicy.content.moderation.Moderator;
import org.councilpolicy.core.engine.Engine;
import org.councilpolicy.core.engine.RuleRegistry;
import org.councilpolicy.core.profile.Profile;
import org.councilpolicy.core.rule.Finding;
import org.councilpolicy.core.rule.Severity;
import org.councilpolicy.core.testsupport.BlindSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Development diagnostic over the retired personal-data sets ({@code devsets/personal-data-r2}, from round 8
 * {@code devsets/personal-data-r5}, from round 11 {@code devsets/personal-data-r8}, from round 12
 * {@code devsets/personal-data-r10} and {@code -r11}, which engineers may read; never
 * pointed at {@code blind/}), and a new development set outside the repository named by {@code -DdevFile=PATH}. Splits each set into
 * a tuned half (odd ids) and an untuned check half (even ids), prints each half's figures (with case-linked
 * addresses that block), and writes the tuned half's misses, false reports and organisation contacts reported,
 * with text, kind and span, to {@code target/dev-pd-odd[-r5].md} (never the even half's texts, so it stays an
 * honest check).
 */
class DevPersonalDataDiagnostic {

    @ParameterizedTest(name = "{0}")
    @CsvSource({"devsets/personal-data-r2/blind-pd.jsonl, ''", "devsets/personal-data-r5/blind-pd-2.jsonl, -r5",
        "devsets/personal-data-r8/blind-pd-3.jsonl, -r8",
        "devsets/personal-data-r10/blind-pd-4.jsonl, -r10", "devsets/personal-data-r11/dev-pd-r11.jsonl, -r11",
        "devFile, -devfile"})
    void devHalves(String set, String suffix) throws IOException {
        // "devFile": a development set outside the repository, named by -DdevFile=PATH (a round's new set before the
        // lead commits it); skipped when the property is absent
        String file = "devFile".equals(set) ? System.getProperty("devFile", "devsets/none.jsonl") : set;
        List<JsonNode> rows = BlindSet.rowsAt(file);
        RuleRegistry registry = RuleRegistry.discover();
        Profile profile = registry.profileLoader().builtIn("uk-council");
        Engine engine = Engine.builder().registry(registry).profile(profile)
                .clock(Clock.fixed(BlindPersonalDataEvaluation.NOW, ZoneOffset.UTC)).build();
        Moderator moderator = Moderator.of(profile, Clock.fixed(BlindPersonalDataEvaluation.NOW, ZoneOffset.UTC));
        int[][] half = new int[2][9]; // expected, recalled, found, correct, orgItems, orgReported, greetingMissed,
        // caseLinked, caseLinkedBlocked
        Map<String, int[]> perKind = new TreeMap<>();
        // failures by class per half (counts only, as the held-out scorer prints them)
        List<Map<String, Integer>> classes = List.of(new TreeMap<>(), new TreeMap<>());
        StringBuilder listing = new StringBuilder("# Tuned half (odd ids): misses, false reports, organisations\n\n");
        for (JsonNode row : rows) {
            String id = row.path("id").asText();
            int h = Integer.parseInt(id.replaceAll("\\D", "")) % 2; // 1 = odd (tuned), 0 = even (check)
            String text = row.get("text").asText();
            String surface = row.path("surface").asText("draft");
            List<Finding> findings = BlindPersonalDataEvaluation.findings(row, text, surface, engine, moderator);
            List<Item> personal = BlindPersonalDataEvaluation.items(row.path("personal"), text);
            List<Item> organisation = BlindPersonalDataEvaluation.items(row.path("organisation"), text);
            StringBuilder lines = new StringBuilder();
            for (Item e : personal) {
                if (!BlindPersonalDataEvaluation.LABELLED.contains(e.kind())) {
                    continue;
                }
                half[h][0]++;
                int[] k = perKind.computeIfAbsent(h + " " + e.kind(), x -> new int[4]);
                k[0]++;
                boolean hit = findings.stream().anyMatch(f -> BlindPersonalDataEvaluation.matches(f, e.kind(), e.span()));
                if (hit) {
                    half[h][1]++;
                    k[1]++;
                } else {
                    if ("reply".equals(surface) && "PERSON_NAME".equals(e.kind()) && sub(text, e).matches("\\p{Lu}\\p{L}+")) {
                        half[h][6]++; // a first name alone in a reply: not reported by the project's decision
                    }
                    classes.get(h).merge("missed " + e.kind() + " in " + surface + " / " + row.path("class").asText(), 1, Integer::sum);
                    lines.append("- MISSED ").append(e.kind()).append(" `").append(sub(text, e)).append("`\n");
                }
                boolean caseLinked = row.path("caseLinked").asBoolean(false)
                        && ("STREET_ADDRESS".equals(e.kind()) || "POSTCODE".equals(e.kind()));
                boolean blocks = findings.stream().anyMatch(f -> BlindPersonalDataEvaluation.matches(f, e.kind(), e.span())
                        && f.severity() == Severity.BLOCK);
                if (caseLinked) {
                    half[h][7]++;
                    half[h][8] += blocks ? 1 : 0;
                }
                if (hit && caseLinked && !blocks) {
                    classes.get(h).merge("case-linked " + e.kind() + " not BLOCK in " + surface, 1, Integer::sum);
                    lines.append("- CASE-LINKED NOT BLOCK ").append(e.kind()).append(" `").append(sub(text, e)).append("`\n");
                }
            }
            for (Item o : organisation) {
                half[h][4]++;
                if (findings.stream().anyMatch(f -> f.spanIfAny().map(s -> BlindPersonalDataEvaluation.overlaps(s, o.span())).orElse(false)
                        && personal.stream().noneMatch(p -> BlindPersonalDataEvaluation.overlaps(p.span(), f.span())))) {
                    half[h][5]++;
                    classes.get(h).merge("organisation " + o.kind() + " reported in " + surface, 1, Integer::sum);
                    lines.append("- ORG REPORTED ").append(o.kind()).append(" `").append(sub(text, o)).append("`\n");
                }
            }
            for (Finding f : findings) {
                String kind = f.kind() == null ? "" : f.kind().name();
                if (!BlindPersonalDataEvaluation.LABELLED.contains(kind)) {
                    continue;
                }
                half[h][2]++;
                int[] k = perKind.computeIfAbsent(h + " " + kind, x -> new int[4]);
                k[2]++;
                if (personal.stream().anyMatch(p -> BlindPersonalDataEvaluation.matches(f, p.kind(), p.span()))) {
                    half[h][3]++;
                    k[3]++;
                } else {
                    String span = f.spanIfAny().map(s -> text.substring(s.start(), s.end())).orElse("(no span)");
                    classes.get(h).merge("false " + kind + " in " + surface + " / " + row.path("class").asText(), 1, Integer::sum);
                    lines.append("- FALSE ").append(kind).append(' ').append(f.severity()).append(" `").append(span)
                            .append("` (").append(f.rule()).append(")\n");
                }
            }
            if (h == 1 && lines.length() > 0) {
                listing.append("## ").append(id).append(' ').append(surface).append(' ')
                        .append(row.path("account").asText()).append(' ').append(row.path("class").asText())
                        .append(row.path("caseLinked").asBoolean(false) ? " caseLinked" : "").append('\n')
                        .append(text).append('\n').append(lines).append('\n');
            }
        }
        StringBuilder summary = new StringBuilder("DevPersonalDataDiagnostic (" + file + ")\n");
        String[] names = {"even (untuned check)", "odd (tuned)"};
        for (int h = 0; h < 2; h++) {
            summary.append(String.format(Locale.ROOT, "%s: recall %s, precision %s, organisations reported %s, "
                    + "case-linked blocking %s, missed first names alone in replies %d (recall without them %s)%n",
                    names[h], BlindSet.ratio(half[h][1], half[h][0]), BlindSet.ratio(half[h][3], half[h][2]),
                    BlindSet.ratio(half[h][5], half[h][4]), BlindSet.ratio(half[h][8], half[h][7]), half[h][6],
                    BlindSet.ratio(half[h][1], half[h][0] - half[h][6])));
        }
        perKind.forEach((k, v) -> summary.append(String.format(Locale.ROOT, "  %s recall %s precision %s%n",
                k.startsWith("0") ? "even " + k.substring(2) : "odd  " + k.substring(2),
                BlindSet.ratio(v[1], v[0]), BlindSet.ratio(v[3], v[2]))));
        for (int h = 0; h < 2; h++) {
            summary.append(names[h]).append(" failures by class: ").append(classes.get(h)).append('\n');
        }
        System.out.print(summary);
        Path target = Path.of("target");
        if (Files.isDirectory(target)) {
            Files.writeString(target.resolve("dev-pd-odd" + suffix + ".md"), summary + "\n" + listing, StandardCharsets.UTF_8);
            Files.writeString(target.resolve("dev-pd-summary" + suffix + ".txt"), summary, StandardCharsets.UTF_8);
        }
    }

    private static String sub(String text, Item item) {
        return text.substring(item.span().start(), item.span().end());
    }
}
