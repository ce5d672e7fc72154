package org.councilpolicy.examples.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.councilpolicy.content.draft.Draft;
import org.councilpolicy.content.messages.Classification;
import org.councilpolicy.content.messages.CueSpan;
import org.councilpolicy.content.messages.Message;
import org.councilpolicy.content.messages.MessageClassifier;
import org.councilpolicy.content.moderation.Comment;
import org.councilpolicy.content.moderation.Decision;
import org.councilpolicy.content.moderation.ModerationDecision;
import org.councilpolicy.content.moderation.Moderator;
import org.councilpolicy.core.engine.Engine;
import org.councilpolicy.core.engine.Report;
import org.councilpolicy.core.engine.RuleRegistry;
import org.councilpolicy.content.personaldata.PhoneNumberRule;
import org.councilpolicy.core.rule.Finding;
import org.councilpolicy.examples.bench.HostileInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Text from the public is hostile: long repetitions of one short unit (digits, spaced-out swearing, titles, at
 * signs, zero-width characters...) go through the whole engine, the moderator and the message classifier and
 * come back with sane answers. In those tests the timeout is a generous guard against a hang (catastrophic
 * backtracking), not a performance assertion; throughput on typical text is measured by the JMH benchmarks.
 *
 * <p>Issue 16 (see {@code docs/reliability.md}): every pattern of the issue is asserted linear and within a second
 * of thread CPU per megabyte in {@code check}, {@code moderate} and {@code classify}; the memory and file items run
 * the CLI in its own JVM with the default 384 MB heap, as {@code ./policykit} does. The JSON Lines input items are
 * in {@code cli.HostileCliInputTest}.
 */
class HostileInputTest {

    private static final int LENGTH = 20_000;
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"), ZoneId.of("Europe/London"));
    private static final RuleRegistry REGISTRY = RuleRegistry.discover();
    private static final Engine ENGINE = Engine.builder().registry(REGISTRY)
            .profile(REGISTRY.profileLoader().builtIn("suffolk-fire-rescue")).clock(CLOCK).build();
    private static final Moderator MODERATOR = Moderator.of(ENGINE);
    private static final MessageClassifier CLASSIFIER = MessageClassifier.forProfile(ENGINE.profile(), CLOCK);

    static Stream<String> units() {
        return Stream.of("a", "f u c k ", "1", "1 ", "12 ", "Mr ", "A", "@", "aa@", "#", "!", "Cllr ", "the council ",
                "0", "+44 ", "x.", "\u200B", "f*", "...", "Labour ", "Road ", "AB12 ", "+44 (0)", "born 1991-03-17 ",
                "West ", "Priya ");
    }

    @ParameterizedTest
    @MethodSource("units")
    void repetitionsOfOneUnitComeBackSane(String unit) {
        String text = unit.repeat(LENGTH / unit.length());
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            Report report = ENGINE.check(Draft.of(text));
            for (Finding f : report.findings()) {
                if (f.span() != null) {
                    assertThat(f.span().end()).isLessThanOrEqualTo(text.length());
                }
                if (f.excerpt() != null) {
                    assertThat(f.excerpt().length()).as("an excerpt, not the whole text").isLessThan(text.length());
                }
            }

            ModerationDecision decision = MODERATOR.decide(Comment.of(text));
            assertThat(decision.explanation().length()).as("worded by the library, never echoing the comment")
                    .isLessThan(1_000);
            if (unit.equals("f u c k ")) {
                assertThat(decision.decision()).isEqualTo(Decision.DELETE);
                assertThat(decision.repostAllowed()).as("nothing is left once the swearing is removed").isFalse();
            }

            Classification c = CLASSIFIER.classify(Message.builder(text).build());
            for (CueSpan cue : c.cues()) {
                assertThat(cue.start()).as("a cue's offsets point into the message").isBetween(0, cue.end());
                assertThat(cue.end()).as("a cue's offsets point into the message").isLessThanOrEqualTo(text.length());
            }
        });
    }

    @ParameterizedTest
    @MethodSource("units")
    void theSameUnitsInsideOrdinaryTextAreStillChecked(String unit) {
        String text = "Call Jane on 07700 900123 about the allotments. " + unit.repeat(2_000 / unit.length());
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            List<String> kinds = ENGINE.check(Draft.of(text)).findings().stream().map(Finding::kindName).toList();
            assertThat(kinds).contains("PHONE");
        });
    }

    // ---- issue 16 items 3, 6 and 7: every pattern linear and within a second per megabyte ---------------------

    private static final Engine PHONE_ONLY = Engine.builder()
            .registry(RuleRegistry.of(List.of(new PhoneNumberRule())))
            .profile(REGISTRY.profileLoader().builtIn("suffolk-fire-rescue")).clock(CLOCK).build();
    /** Seconds of thread CPU a megabyte may take in each subcommand: issue 16's figure. */
    private static final double SECONDS_PER_MEGABYTE = 1.0;
    /** The most ten times the text may cost, as a multiple of the time: issue 16's figure. */
    private static final double TENFOLD = 12.0;
    /**
     * Below this the 100 KB run is fixed costs (timer, first allocations, a collection's safepoint), not work per
     * character (the classifier reads 100 KB in about a millisecond): the ratio is taken against at least this.
     */
    private static final long FLOOR_NANOS = 20_000_000L;

    /**
     * Every pattern of issue 16 ({@code HostileInput.UNITS}: phone-shaped text, "1 ", "0 ", combining marks, long
     * names and dates, plain English, many short names) at 100 KB and 1 MB through {@code check} (the default
     * profile, every rule), {@code moderate} and {@code classify}: 1 MB within a second of this thread's CPU time,
     * and ten times the text at most twelve times the time. Timed by {@link HostileTiming} in a JVM started as
     * {@code ./policykit} starts one (one JVM, not two at once: a second one costs 40% more CPU in its own JIT and
     * collector threads). Thread CPU time, not wall time: other processes on the shared 2-core machine
     * barely inflate it. A pattern is timed again (up to five rounds, best of each size) only while it misses a
     * bound, so a burst of load or a method not yet compiled cannot fail it, while a quadratic (a hundred times per
     * tenfold step) fails every round. Before issue 16's fixes "07700 900123 " took 12.7 s per 100 KB and "0 "
     * repeated spent most of a second per megabyte in the card rule alone.
     */
    @Test
    void everyPatternIsLinearAndWithinASecondPerMegabyteInCheckModerateAndClassify(@TempDir Path dir) throws Exception {
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UseParallelGC", "-Xmx384m", "-XX:-UsePerfData", "-cp", System.getProperty("java.class.path"),
                HostileTiming.class.getName(), String.valueOf(SECONDS_PER_MEGABYTE), String.valueOf(TENFOLD),
                String.valueOf(FLOOR_NANOS));
        Path out = dir.resolve("timing.tsv");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        // A hang guard in wall time, not a bound (the bounds are the thread CPU times below). The JVM uses about 50 s
        // of CPU (half of it C2 compiling the engine for these patterns); at load average 17-20 on the 2 cores its
        // share of them stretched that past 300 s in rounds 8 and 9, failing verify on a test that had passed.
        if (!p.waitFor(900, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor();
        }
        assertThat(p.exitValue()).as("HostileTiming's exit status").isZero();
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(3 * HostileInput.UNITS.size());
        assertThat(lines.stream().map(l -> l.split("\t")[0] + " " + l.split("\t")[1]).distinct())
                .as("every pattern and subcommand once").hasSize(3 * HostileInput.UNITS.size());
        SoftAssertions soft = new SoftAssertions();
        for (String line : lines) {
            String[] f = line.split("\t");
            String unit = HostileInput.UNITS.get(Integer.parseInt(f[0])).replace("\u0301\u0316", "\\u0301\\u0316");
            long t1 = Long.parseLong(f[2]);
            long t2 = Long.parseLong(f[3]);
            soft.assertThat(t2 / 1e9).as("seconds of thread CPU for 1 MB of '%s' in %s", unit, f[1])
                    .isLessThanOrEqualTo(SECONDS_PER_MEGABYTE);
            soft.assertThat((double) t2 / Math.max(t1, FLOOR_NANOS))
                    .as("1 MB / 100 KB time of '%s' in %s (%d ms / %d ms, %s rounds)", unit, f[1], t2 / 1_000_000,
                            t1 / 1_000_000, f[4])
                    .isLessThanOrEqualTo(TENFOLD);
        }
        soft.assertAll();
    }

    @Test
    void numbersInALongStretchAreAllFoundWithExactSpans() {
        String unit = "07700 900123 ";
        String text = unit.repeat(5_000);
        List<Finding> phones = PHONE_ONLY.check(Draft.of(text)).findings();
        assertThat(phones).hasSize(5_000);
        for (int i = 0; i < phones.size(); i++) {
            assertThat(phones.get(i).span().start()).isEqualTo(i * unit.length());
            assertThat(phones.get(i).span().end()).isEqualTo(i * unit.length() + 12);
        }
        // A resident's numbers: "Ring +44 …" alone would be the council's own line in its post (issue 11).
        String mixed = "Her numbers are +44 (0)1632 960001 or 01632 960002 then (01632) 960003 " + "1 2 3 ".repeat(50)
                + "+44 7700 900456 0044 7700 900789";
        assertThat(PHONE_ONLY.check(Draft.of(mixed)).findings()).extracting(f -> mixed.substring(f.span().start(),
                f.span().end())).containsExactly("+44 (0)1632 960001", "01632 960002", "(01632) 960003",
                        "+44 7700 900456", "0044 7700 900789");
    }

    // ---- issue 16 items 3 and 5: memory, in a JVM with ./policykit's 384 MB heap ------------------------------

    @Test
    void aTenMegabyteLineGetsAnErrorAndEveryOtherLineIsAnswered(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("in.jsonl");
        StringBuilder s = new StringBuilder();
        for (int i = 1; i <= 3; i++) {
            s.append("{\"id\":").append(i).append(",\"text\":\"Call Jane on 07700 900123 about the bins\"}\n");
        }
        s.append("{\"id\":4,\"text\":\"").append("Priya Patel born 1991-03-17 ".repeat(10_000_000 / 28)).append("\"}\n");
        s.append("{\"id\":5,\"text\":\"").append("The library opens late on Thursdays. ".repeat(80_000)).append("\"}\n");
        s.append("{\"id\":6,\"text\":\"").append("Priya Patel met Cllr Jones on 17 March. ".repeat(20_000)).append("\"}\n");
        s.append("{\"id\":7,\"text\":\"Library open late\"}\n");
        Files.writeString(in, s);
        // The three subcommands' JVMs at once (each with its own 384 MB heap, as three ./policykit runs would have).
        List<String> cmds = List.of("check", "moderate", "classify");
        List<HostileFiles.Proc> procs = HostileFiles.atOnce(cmds.stream().<Callable<HostileFiles.Proc>>map(cmd -> () ->
                HostileFiles.policykit(dir, "", 300, cmd, "--threads", "2", in.toString())).toList());
        for (int i = 0; i < cmds.size(); i++) {
            String cmd = cmds.get(i);
            HostileFiles.Proc p = procs.get(i);
            assertThat(p.err()).as(cmd).doesNotContain("OutOfMemoryError").doesNotContain("Priya");
            assertThat(p.exit()).as(cmd + ": " + p.err()).isEqualTo(2);
            List<String> lines = p.lines();
            assertThat(lines).as(cmd).hasSize(7);
            assertThat(lines.get(3)).as(cmd).startsWith("{\"id\":null,\"error\":\"line 4: line is longer than");
            assertThat(lines.get(4)).as(cmd + ": a 3 MB draft is over the default limit, alone")
                    .contains("\"id\":5,\"error\":\"line 5: field text is 2,960,000 characters long");
            assertThat(lines.get(5)).as(cmd + ": 800,000 characters of names and dates are answered")
                    .startsWith("{\"id\":6,").doesNotContain("\"error\"");
            assertThat(lines.get(6)).as(cmd).startsWith("{\"id\":7,").doesNotContain("\"error\"");
        }
    }

    @Test
    void aPngWhoseTextInflatesToOneGibibyteIsRefusedNotInflated(@TempDir Path dir) throws Exception {
        Path bomb = Files.write(dir.resolve("bomb.png"), HostileFiles.pngBomb(1L << 30));
        Path photo = Files.writeString(dir.resolve("photo.jsonl"), "{\"id\":\"p\",\"context\":\"GENERAL\",\"image\":\""
                + bomb + "\",\"source\":{\"kind\":\"OWN\"}}\n{\"id\":\"q\",\"context\":\"GENERAL\",\"source\":{\"kind\":\"OWN\"}}\n");
        Path draft = Files.writeString(dir.resolve("draft.jsonl"), "{\"id\":\"d\",\"text\":\"Our new fire engine\","
                + "\"media\":[{\"path\":\"" + bomb + "\",\"altText\":\"A red fire engine\"}]}\n");
        List<HostileFiles.Proc> both = HostileFiles.atOnce(List.of(
                () -> HostileFiles.policykit(dir, "", 120, "photo", photo.toString()),
                () -> HostileFiles.policykit(dir, "", 120, "check", draft.toString())));
        HostileFiles.Proc p = both.get(0);
        assertThat(p.err()).doesNotContain("OutOfMemoryError");
        assertThat(p.lines()).hasSize(2);
        assertThat(p.lines().get(0)).contains("\"id\":\"p\"").contains("inflates to more than");
        HostileFiles.Proc c = both.get(1);
        assertThat(c.err()).doesNotContain("OutOfMemoryError");
        assertThat(c.lines()).hasSize(1);
        assertThat(c.lines().get(0)).contains("inflates to more than");
    }

    @Test
    void aFifoAsAnImageIsRefusedNotWaitedFor(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("photo.jpg");
        if (new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() != 0) {
            return; // no mkfifo here
        }
        Path photo = Files.writeString(dir.resolve("photo.jsonl"), "{\"id\":\"p\",\"context\":\"GENERAL\",\"image\":\""
                + fifo + "\",\"source\":{\"kind\":\"OWN\"}}\n");
        HostileFiles.Proc p = HostileFiles.policykit(dir, "", 60, "photo", photo.toString());
        assertThat(p.timedOut()).as("photo waited on the FIFO").isFalse();
        assertThat(p.lines()).hasSize(1);
        assertThat(p.lines().get(0)).contains("not a regular file");
        HostileFiles.Proc s = HostileFiles.policykit(dir, "", 60, "strip-metadata", fifo.toString(),
                dir.resolve("out.jpg").toString());
        assertThat(s.timedOut()).isFalse();
        assertThat(s.exit()).isEqualTo(2);
        assertThat(s.err()).contains("not a regular file");
    }

    @Test
    void stripMetadataChecksTheHeaderAndBoundsWhatItReads(@TempDir Path dir) throws Exception {
        Path huge = dir.resolve("huge.jpg");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.write(HostileFiles.jpeg(16));
            f.setLength(400L << 20); // sparse: 400 MB without using the disk
        }
        HostileFiles.Proc p = HostileFiles.policykit(dir, "", 120, "strip-metadata", huge.toString(),
                dir.resolve("a.jpg").toString());
        assertThat(p.err()).doesNotContain("OutOfMemoryError").contains("larger than 128 MiB");
        assertThat(p.exit()).isEqualTo(2);
        HostileFiles.Proc z = HostileFiles.policykit(dir, "", 60, "strip-metadata", "/dev/zero",
                dir.resolve("b.jpg").toString());
        assertThat(z.timedOut()).isFalse();
        assertThat(z.err()).contains("not a regular file");
        Path text = Files.writeString(dir.resolve("notes.jpg"), "Jane Smith, 07700 900123");
        HostileFiles.Proc t = HostileFiles.policykit(dir, "", 60, "strip-metadata", text.toString(),
                dir.resolve("c.jpg").toString());
        assertThat(t.err()).contains("only JPEG and PNG").doesNotContain("Jane");
        assertThat(dir.resolve("a.jpg")).doesNotExist();
        assertThat(dir.resolve("c.jpg")).doesNotExist();
    }

    // ---- issue 16 item 11: strip-metadata writes all or nothing, never through a link ---------------------

    @Test
    void stripMetadataRefusesAnExistingOutUnlessForcedAndReplacesALinkNotItsTarget(@TempDir Path dir) throws Exception {
        Path in = Files.write(dir.resolve("in.jpg"), HostileFiles.jpeg(100));
        Path existing = Files.writeString(dir.resolve("existing.jpg"), "keep me");
        HostileFiles.Proc p = HostileFiles.policykit(dir, "", 60, "strip-metadata", in.toString(), existing.toString());
        assertThat(p.exit()).isEqualTo(2);
        assertThat(p.err()).contains("OUT already exists: " + existing).contains("--force");
        assertThat(Files.readString(existing)).isEqualTo("keep me");

        Path victim = Files.writeString(dir.resolve("victim.txt"), "not an image");
        Path link = Files.createSymbolicLink(dir.resolve("link.jpg"), victim);
        HostileFiles.Proc l = HostileFiles.policykit(dir, "", 60, "strip-metadata", "--force", in.toString(),
                link.toString());
        assertThat(l.exit()).as(l.err()).isZero();
        assertThat(Files.readString(victim)).as("the link's target is untouched").isEqualTo("not an image");
        assertThat(Files.isSymbolicLink(link)).isFalse();
        assertThat(Files.readAllBytes(link)).doesNotContain("Testperson".getBytes(StandardCharsets.ISO_8859_1));

        HostileFiles.Proc m = HostileFiles.policykit(dir, "", 60, "strip-metadata", in.toString(),
                dir.resolve("missing/dir/out.jpg").toString());
        assertThat(m.exit()).isEqualTo(2);
        assertThat(m.err()).contains("cannot write OUT").contains("missing/dir").doesNotContain("no such file: " + in);
    }

    @Test
    void anInPlaceStripWhoseWriteFailsLeavesTheOriginalIntact(@TempDir Path dir) throws Exception {
        byte[] original = HostileFiles.jpeg(64 * 1024);
        Path in = Files.write(dir.resolve("in.jpg"), original);
        // ulimit -f 16: no file over 16 KiB may be written, so the 64 KiB copy fails part-way.
        HostileFiles.Proc p = HostileFiles.policykit(dir, "ulimit -f 16;", 60, "strip-metadata", "--force",
                in.toString(), in.toString());
        assertThat(p.exit()).isEqualTo(2);
        assertThat(Files.readAllBytes(in)).isEqualTo(original);
        try (var files = Files.list(dir)) {
            assertThat(files.filter(f -> f.getFileName().toString().endsWith(".tmp"))).isEmpty();
        }
    }
}
