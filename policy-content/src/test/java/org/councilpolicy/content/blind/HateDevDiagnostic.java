package org.councilpolicy.content.blind;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.councilpolicy.content.moderation.Comment;
import org.councilpolicy.content.moderation.Ground;
import org.councilpolicy.content.moderation.ModerationDecision;
import org.councilpolicy.content.moderation.Moderator;
import org.councilpolicy.core.engine.RuleRegistry;
import org.councilpolicy.core.testsupport.BlindSet;
import org.junit.jupiter.api.Test;

/**
 * Development aid, run by name only (not matched by the build's test patterns): over the retired round-2
 * HateCheck-style set (devsets/moderation-r2, readable development data) writes the failures of the odd rows (the
 * tuned half) with their texts to {@code target/hate-dev-odd.txt}, and only per-functionality counts for the even
 * rows (the untuned half), so the even half stays a check. Never pointed at a blind set.
 */
class HateDevDiagnostic {

    @Test
    void writeFailures() throws IOException {
        writeFailures("devsets/moderation-r2/blind-hatecheck.jsonl", "hate-dev-odd.txt");
    }

    /** The same over the round-5 HateCheck-style set and the hate rows of the round-5 comments (round 8). */
    @Test
    void writeFailuresRound5() throws IOException {
        writeFailures("devsets/moderation-r5/blind-hatecheck-2.jsonl", "hate-dev-r5-odd.txt");
        writeFailures("devsets/moderation-r5/blind-comments-2.jsonl", "hate-dev-r5-comments-odd.txt");
        writeFailures("devsets/moderation/dev-comments-indep.jsonl", "hate-dev-indep-comments-odd.txt");
    }

    /** The same over the round-8 HateCheck-style set and the hate rows of the round-8 comments (round 11). */
    @Test
    void writeFailuresRound8() throws IOException {
        writeFailures("devsets/moderation-r8/blind-hatecheck-3.jsonl", "hate-dev-r8-odd.txt");
        writeFailures("devsets/moderation-r8/blind-comments-3.jsonl", "hate-dev-r8-comments-odd.txt");
    }

    /** The same over the round-10 sets (held out in rounds 10 and 11) and the round-11 comments (round 12). */
    @Test
    void writeFailuresRound10() throws IOException {
        writeFailures("devsets/moderation-r10/blind-hatecheck-4.jsonl", "hate-dev-r10-odd.txt");
        writeFailures("devsets/moderation-r10/blind-comments-4.jsonl", "hate-dev-r10-comments-odd.txt");
        writeFailures("devsets/moderation-r11/dev-comments-r11.jsonl", "hate-dev-r11-comments-odd.txt");
    }

    /**
     * The same over a development set named by the {@code hateDevFile} property (an absolute path, e.g. a fresh
     * development set not yet committed), report {@code hate-dev-file-odd.txt}; skipped when the property is unset.
     */
    @Test
    void writeFailuresOfNamedFile() throws IOException {
        String file = System.getProperty("hateDevFile");
        org.junit.jupiter.api.Assumptions.assumeTrue(file != null && !file.contains("/blind/"), "no hateDevFile");
        writeFailures(file, "hate-dev-file-odd.txt");
    }

    private static void writeFailures(String file, String report) throws IOException {
        List<JsonNode> rows = BlindSet.rowsAt(file);
        Moderator moderator = Moderator.of(RuleRegistry.discover().profileLoader().builtIn("uk-council"),
                Clock.fixed(BlindModerationEvaluation.NOW, ZoneOffset.UTC));
        List<String> odd = new ArrayList<>();
        List<String> evenClasses = new ArrayList<>();
        Map<String, int[]> byHalf = new TreeMap<>();
        int[][] half = new int[2][4];
        for (int i = 0; i < rows.size(); i++) {
            JsonNode row = rows.get(i);
            int h = i % 2; // line 1, 3, 5 ... (index 0, 2, 4 ...) is the tuned "odd" half
            boolean isHate = row.has("hateful") ? row.path("hateful").asBoolean()
                    : "HATE".equals(row.path("ground").asText());
            ModerationDecision d = moderator.decide(Comment.of(row.get("text").asText()));
            boolean right = d.grounds().contains(Ground.HATE) == isHate;
            half[h][isHate ? 0 : 2]++;
            half[h][isHate ? 1 : 3] += right ? 1 : 0;
            String f = row.has("functionality") ? row.path("functionality").asText() : row.path("class").asText();
            int[] c = byHalf.computeIfAbsent(f, k -> new int[4]);
            c[h * 2]++;
            c[h * 2 + 1] += right ? 1 : 0;
            if (h == 1 && !right) { // the untuned half: the class of the failure only (kinds found), never the text
                java.util.Set<String> kinds = new java.util.TreeSet<>();
                org.councilpolicy.content.offence.OffenceDetector.standard().analyse(row.get("text").asText())
                        .offences().forEach(o -> kinds.add(o.kind().name()));
                evenClasses.add("even " + f + "\tgot=" + d.decision() + " " + d.grounds() + " kinds=" + kinds
                        + " groupMentioned=" + org.councilpolicy.content.offence.OffenceDetector.standard()
                        .protectedGroupMentioned(row.get("text").asText())
                        + " words=" + org.councilpolicy.content.offence.HateWordClasses.of(row.get("text").asText())
                        + " stages=" + org.councilpolicy.content.offence.HateWordClasses.stages(row.get("text").asText()));
            }
            if (h == 0 && !right) {
                odd.add(f + "\t" + row.path("target").asText() + "\tgot=" + d.decision() + " " + d.grounds() + "\t"
                        + row.get("text").asText() + "\t"
                        + org.councilpolicy.content.offence.HateWordClasses.stages(row.get("text").asText()));
            }
        }
        List<String> out = new ArrayList<>();
        for (int h = 0; h < 2; h++) {
            out.add((h == 0 ? "odd (tuned)" : "even (untuned)") + ": hateful " + half[h][1] + "/" + half[h][0]
                    + ", non-hateful " + half[h][3] + "/" + half[h][2]);
        }
        byHalf.forEach((k, c) -> out.add(String.format("  %-20s odd %d/%d even %d/%d", k, c[1], c[0], c[3], c[2])));
        java.util.Collections.sort(odd);
        out.addAll(odd);
        java.util.Collections.sort(evenClasses);
        out.addAll(evenClasses);
        Files.write(Path.of("target", report), out);
    }

    /**
     * Davidson (evaluation only, never trained on): counts, never texts, of the terms behind HATE on "neither"
     * tweets and of the offence kinds found on the protected-hate tweets that miss HATE.
     */
    @Test
    void davidsonTermCounts() throws IOException {
        Path file = org.councilpolicy.core.testsupport.SharedCorpus.file("davidson-dev.jsonl");
        com.fasterxml.jackson.databind.ObjectMapper om = new com.fasterxml.jackson.databind.ObjectMapper();
        org.councilpolicy.content.offence.OffenceDetector det = org.councilpolicy.content.offence.OffenceDetector.standard();
        Map<String, Integer> neitherHate = new TreeMap<>();
        Map<String, Integer> missed = new TreeMap<>();
        Map<String, Integer> neitherSwearing = new TreeMap<>();
        Moderator moderator = Moderator.of(RuleRegistry.discover().profileLoader().builtIn("uk-council"),
                Clock.fixed(BlindModerationEvaluation.NOW, ZoneOffset.UTC));
        for (String line : Files.readAllLines(file)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode r = om.readTree(line);
            String text = r.get("text").asText();
            var a = det.analyse(text);
            String label = r.get("label").asText();
            if (label.equals("neither")) {
                a.offences(org.councilpolicy.content.offence.OffenceKind.HATE)
                        .forEach(o -> neitherHate.merge(o.term() + " " + o.characteristic().orElse(null), 1, Integer::sum));
                ModerationDecision d = moderator.decide(Comment.of(text));
                if (d.decision() == org.councilpolicy.content.moderation.Decision.DELETE
                        && d.grounds().contains(Ground.PROFANITY)) { // the swearing's term, band and company: counts only
                    java.util.Set<String> others = new java.util.TreeSet<>();
                    a.offences().forEach(o -> others.add(o.kind().name()));
                    a.profanity(false).forEach(o -> neitherSwearing.merge(o.term() + " " + o.strength()
                            + " " + others + " grounds=" + d.grounds(), 1, Integer::sum));
                }
            } else if (label.equals("hate") && det.protectedGroupMentioned(text)
                    && a.offences(org.councilpolicy.content.offence.OffenceKind.HATE).isEmpty()) {
                java.util.Set<String> kinds = new java.util.TreeSet<>();
                a.offences().forEach(o -> kinds.add(o.kind() + (o.kind().name().contains("SLUR") ? ":" + o.term() : "")));
                missed.merge(kinds.toString(), 1, Integer::sum);
            }
        }
        List<String> out = new ArrayList<>();
        out.add("HATE terms on 'neither' tweets:");
        neitherHate.forEach((k, n) -> out.add("  " + n + "\t" + k));
        out.add("swearing on 'neither' tweets deleted on PROFANITY (term, band, kinds found, grounds):");
        neitherSwearing.forEach((k, n) -> out.add("  " + n + "\t" + k));
        out.add("offence kinds on protected-hate tweets without HATE:");
        missed.forEach((k, n) -> out.add("  " + n + "\t" + k));
        Files.write(Path.of("target", "hate-davidson-counts.txt"), out);
    }
}
