package org.councilpolicy.content.moderation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.councilpolicy.core.engine.RuleRegistry;
import org.junit.jupiter.api.Test;

/**
 * Development aid, run by name only (not matched by the build's test patterns): writes every failure of the
 * independent development comments (devsets/moderation, readable and tunable) of the classes named by the
 * {@code devClasses} property to {@code target/dev-indep-failures.txt}. Never pointed at a blind set.
 */
class DevIndepFailuresDiagnostic {

    @Test
    void writeFailures() throws IOException {
        // devFile may name several sets, comma-separated; each writes devOut with the set's folder as a suffix
        String[] files = System.getProperty("devFile", "moderation/dev-comments-indep.jsonl").split(",");
        for (String f : files) {
            String out = System.getProperty("devOut", "dev-indep-failures.txt");
            write(f.trim(), files.length == 1 ? out : out.replace(".txt", "-" + f.trim().replaceAll("/.*", "") + ".txt"));
        }
    }

    private static void write(String devFile, String devOut) throws IOException {
        String classes = System.getProperty("devClasses", "naming_public,abuse");
        Path file = Path.of("..", "devsets", devFile);
        String half = System.getProperty("devHalf", "all");
        java.util.Map<String, int[]> byHalf = new java.util.TreeMap<>();
        int row = 0;
        Moderator moderator = Moderator.of(RuleRegistry.discover().profileLoader().builtIn("uk-council"),
                Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneOffset.UTC));
        ObjectMapper json = new ObjectMapper();
        List<String> out = new ArrayList<>();
        int[] total = new int[2];
        for (String line : Files.readAllLines(file)) {
            if (line.isBlank()) {
                continue;
            }
            row++;
            boolean odd = row % 2 == 1;
            JsonNode row0 = json.readTree(line);
            String cls = row0.path("class").asText();
            Comment c = Comment.of(row0.get("text").asText());
            if (row0.path("onPost").isTextual()) {
                c = c.withOnPost(row0.get("onPost").asText());
            }
            ModerationDecision d = moderator.decide(c);
            String expected = row0.path("expected").asText();
            String ground = row0.path("ground").isTextual() ? row0.get("ground").asText() : null;
            boolean ok;
            if (expected.equals("KEEP") || expected.equals("REVIEW_OR_KEEP")) {
                ok = d.decision() != Decision.DELETE && (expected.equals("REVIEW_OR_KEEP") || d.decision() == Decision.KEEP);
            } else {
                boolean reviewOk = expected.equals("DELETE_OR_REVIEW") && d.decision() == Decision.REVIEW;
                boolean right = ground == null || d.grounds().stream().anyMatch(g -> g.name().equals(ground)
                        || ground.equals("ABUSE") && g == Ground.OFFENSIVE);
                ok = (d.decision() == Decision.DELETE || reviewOk) && right;
            }
            boolean keeper = expected.equals("KEEP") || expected.equals("REVIEW_OR_KEEP");
            String part = keeper ? (cls.equals("criticism") ? "~criticism not deleted" : "~keepers not deleted")
                    : (cls.equals("threat") || cls.equals("harassment") ? "~deletable right ground (threat+harassment)"
                            : "~deletable right ground (other)");
            int[] a = byHalf.computeIfAbsent(part + (odd ? " odd" : " even"), k -> new int[2]);
            a[0]++;
            a[1] += keeper ? (d.decision() == Decision.DELETE ? 0 : 1) : (ok ? 1 : 0);
            int[] h = byHalf.computeIfAbsent(cls + (odd ? " odd" : " even"), k -> new int[2]);
            h[0]++;
            h[1] += ok ? 1 : 0;
            boolean inHalf = half.equals("all") || half.equals("odd") == odd;
            // the half is respected for every class list, "all" included: an untuned half is never printed
            boolean wanted = inHalf && (("," + classes + ",").contains("," + cls + ",") || classes.equals("all"));
            boolean keptWrongly = !ok && (d.grounds().contains(Ground.NAMES_PUBLIC_IN_INCIDENT) || d.grounds().contains(Ground.ABUSE));
            if (wanted) {
                total[0]++;
                total[1] += ok ? 1 : 0;
            }
            if (!ok && (wanted || inHalf && keptWrongly)) {
                out.add(row0.get("id").asText() + "\t" + cls + "\texp=" + expected + " " + ground + "\tgot=" + d.decision()
                        + " " + d.grounds() + "\t" + row0.get("text").asText() + "\t# " + row0.path("note").asText());
            }
        }
        out.add(0, "right " + total[1] + "/" + total[0]);
        byHalf.forEach((k, v) -> out.add(1, k + " " + v[1] + "/" + v[0]));
        Files.write(Path.of("target", devOut), out);
    }
}
