package org.councilpolicy.content.blind;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.councilpolicy.content.draft.Author;
import org.councilpolicy.content.draft.AuthorRole;
import org.councilpolicy.content.draft.Committee;
import org.councilpolicy.content.draft.Draft;
import org.councilpolicy.content.draft.Platform;
import org.councilpolicy.core.engine.Engine;
import org.councilpolicy.core.engine.RuleRegistry;
import org.councilpolicy.core.profile.AccountType;
import org.councilpolicy.core.rule.Category;
import org.councilpolicy.core.rule.Finding;
import org.councilpolicy.core.rule.Severity;
import org.councilpolicy.core.testsupport.BlindSet;
import org.junit.jupiter.api.Test;

/**
 * Issue 13 development diagnostic over the development publishing sets (devsets/publishing-r2, -r5, -r8, -r10 and
 * -r11 only, never a held-out set) and a development set named by {@code -DdevFile}: writes
 * {@code target/publishing-r2-diagnostic.md} and the like with every miss and wrong category of the odd
 * (tuned) rows, texts and findings included, and the figures of the odd and even (untuned) halves. Runs only with
 * {@code -Dpolicykit.diag=publishing}.
 */
class PublishingDevDiagnostic {

    @Test
    void diagnoseRound2() throws IOException {
        diagnose("devsets/publishing-r2/blind-drafts.jsonl", "publishing-r2");
    }

    @Test
    void diagnoseRound5() throws IOException {
        diagnose("devsets/publishing-r5/blind-drafts-2.jsonl", "publishing-r5");
    }

    @Test
    void diagnoseRound8() throws IOException {
        diagnose("devsets/publishing-r8/blind-drafts-3.jsonl", "publishing-r8");
    }

    @Test
    void diagnoseRound10() throws IOException {
        diagnose("devsets/publishing-r10/blind-drafts-4.jsonl", "publishing-r10");
    }

    @Test
    void diagnoseRound11() throws IOException {
        diagnose("devsets/publishing-r11/dev-drafts-r11.jsonl", "publishing-r11");
    }

    /**
     * A development set outside the repository, named by {@code -DdevFile=PATH} (an independent writer's set not yet
     * committed): the same report, as {@code target/publishing-devfile-diagnostic.md}. Never a held-out set.
     */
    @Test
    void diagnoseDevFile() throws IOException {
        String file = System.getProperty("devFile", "");
        assumeTrue(!file.isBlank(), "no -DdevFile");
        assumeTrue(!file.contains("/blind/"), "held-out sets are never diagnosed");
        diagnose(file, "publishing-devfile");
    }

    private static void diagnose(String set, String name) throws IOException {
        assumeTrue("publishing".equals(System.getProperty("policykit.diag")), "diagnostic off");
        List<JsonNode> rows = BlindSet.rowsAt(set);
        RuleRegistry registry = RuleRegistry.discover();
        Map<String, Engine> engines = new HashMap<>();
        Map<String, StringBuilder> byClass = new TreeMap<>();
        // [half][problems, problemsRight, wrongCategory, rows, cleanOfficial, cleanOfficialPolitical]
        int[][] halves = new int[2][6];
        Map<String, int[]> perClass = new TreeMap<>();
        Map<String, Integer> evenKinds = new TreeMap<>();
        for (int i = 0; i < rows.size(); i++) {
            JsonNode row = rows.get(i);
            int half = (i + 1) % 2 == 1 ? 0 : 1;
            String cls = row.path("class").asText("?");
            String profileName = row.path("profile").asText("uk-council");
            boolean preElection = row.path("preElection").asBoolean(false);
            Engine engine = engines.computeIfAbsent(profileName + preElection,
                    k -> BlindPublishingEvaluation.engine(registry, profileName, preElection));
            AccountType account = AccountType.valueOf(row.path("account").asText("CORPORATE"));
            Draft.Builder draft = Draft.builder(row.get("text").asText())
                    .platform(Platform.valueOf(row.path("platform").asText("OTHER"))).account(account);
            if (row.path("authorRole").isTextual()) {
                Set<Committee> committees = row.path("committee").isTextual()
                        ? Set.of(Committee.valueOf(row.get("committee").asText().toUpperCase(Locale.ROOT))) : Set.of();
                draft.author(new Author(AuthorRole.valueOf(row.get("authorRole").asText()), null, committees));
            }
            List<Finding> all = engine.check(draft.build()).findings();
            List<Finding> findings = all.stream()
                    .filter(f -> BlindPublishingEvaluation.JUDGED.contains(f.category()) && f.severity() != Severity.ADVICE)
                    .toList();
            Set<Category> expected = EnumSet.noneOf(Category.class);
            row.path("expected").forEach(n -> expected.add(Category.valueOf(n.asText())));
            Set<Category> got = EnumSet.noneOf(Category.class);
            findings.forEach(f -> got.add(f.category()));
            EnumSet<Category> missing = EnumSet.copyOf(expected);
            missing.removeAll(got);
            EnumSet<Category> extra = EnumSet.copyOf(got);
            extra.removeAll(expected);
            boolean right = missing.isEmpty() && extra.isEmpty();
            int[] h = halves[half];
            h[3]++;
            if (!BlindPublishingEvaluation.CLEAN_CLASSES.contains(cls)) {
                h[0]++;
                h[1] += right ? 1 : 0;
            }
            h[2] += extra.isEmpty() ? 0 : 1;
            if (expected.isEmpty() && (account == AccountType.CORPORATE || account == AccountType.SERVICE)) {
                h[4]++;
                h[5] += got.contains(Category.POLITICAL) ? 1 : 0;
            }
            int[] c = perClass.computeIfAbsent(cls, k -> new int[4]);
            c[half * 2]++;
            c[half * 2 + 1] += right ? 1 : 0;
            if (!right && half == 1) {
                // the untuned half: the scorer's failure kinds only (class, categories, rules), never the text
                evenKinds.merge(cls + ": missed " + missing + " extra " + extra + " on " + account + " from "
                        + findings.stream().filter(f -> extra.contains(f.category())).map(f -> f.rule()).distinct().toList(),
                        1, Integer::sum);
            }
            if (!right && half == 0) {
                StringBuilder s = byClass.computeIfAbsent(cls, k -> new StringBuilder());
                s.append("- ").append(row.path("id").asText()).append(' ').append(account).append('/')
                        .append(row.path("authorRole").asText("-")).append(" committee=").append(row.path("committee").asText("-"))
                        .append(" pre=").append(preElection).append(' ').append(profileName)
                        .append("\n  missed ").append(missing).append(" extra ").append(extra)
                        .append(" | trigger: ").append(row.path("trigger").asText()).append("\n  TEXT: ")
                        .append(row.get("text").asText()).append('\n');
                org.councilpolicy.content.judgement.Composition comp =
                        org.councilpolicy.content.judgement.Composition.of(row.get("text").asText());
                s.append("  elements:");
                for (org.councilpolicy.content.judgement.Element e : org.councilpolicy.content.judgement.Element.values()) {
                    for (var part : comp.parts(e)) {
                        s.append(' ').append(e).append("=\"").append(comp.words(part)).append('"');
                    }
                }
                s.append('\n');
                for (Finding f : all) {
                    s.append("  * ").append(f.rule()).append(f.kindIfAny().map(k -> ":" + k).orElse("")).append(' ')
                            .append(f.category()).append(' ').append(f.severity()).append(" [")
                            .append(f.spanIfAny().map(sp -> f.excerpt()).orElse("")).append("] ").append(f.message()).append('\n');
                }
            }
        }
        StringBuilder out = new StringBuilder("# " + name + " diagnostic\n\n");
        String[] names = {"odd (tuned)", "even (untuned)"};
        for (int k = 0; k < 2; k++) {
            int[] h = halves[k];
            out.append(names[k]).append(": problems right ").append(h[1]).append('/').append(h[0])
                    .append(", wrong category ").append(h[2]).append('/').append(h[3])
                    .append(", POLITICAL on clean official ").append(h[5]).append('/').append(h[4]).append('\n');
        }
        out.append("\n| class | odd right | even right |\n|---|---|---|\n");
        perClass.forEach((k, c) -> out.append("| ").append(k).append(" | ").append(c[1]).append('/').append(c[0])
                .append(" | ").append(c[3]).append('/').append(c[2]).append(" |\n"));
        out.append("\nUntuned half, failure kinds (no texts):\n");
        evenKinds.forEach((k, n) -> out.append("- ").append(k).append(": ").append(n).append('\n'));
        byClass.forEach((k, s) -> out.append("\n## ").append(k).append("\n").append(s));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", name + "-diagnostic.md"), out.toString(), StandardCharsets.UTF_8);
    }
}
