package org.councilpolicy.examples.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import org.councilpolicy.content.draft.Draft;
import org.councilpolicy.content.draft.Platform;
import org.councilpolicy.core.engine.Engine;
import org.councilpolicy.core.engine.RuleRegistry;
import org.councilpolicy.core.profile.AccountType;
import org.councilpolicy.core.profile.Profile;
import org.councilpolicy.semantic.SemanticSecondOpinion;

/**
 * The {@link SemanticBenchmark} cases in thread CPU time rather than wall time, for a shared machine where other
 * work steals the cores (the ONNX session runs on the calling thread, so its work is counted). Alternates rules
 * only and rules + semantic in rounds, and times the stage's load (wall and CPU). Run with the benchmark's class
 * path: {@code java -cp … org.councilpolicy.examples.bench.SemanticCpuTime [drafts per round]}.
 */
public final class SemanticCpuTime {

    private SemanticCpuTime() {
    }

    /**
     * Prints drafts per CPU-second with and without the stage, and the load time.
     *
     * @param args optionally, the drafts per round (default 500)
     */
    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        RuleRegistry registry = RuleRegistry.discover();
        Profile profile = registry.profileLoader().builtIn("uk-council");
        Clock clock = Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"), ZoneOffset.UTC);
        Engine rules = Engine.builder().registry(registry).profile(profile).clock(clock).build();
        long wall0 = System.nanoTime();
        long cpu0 = cpu.getCurrentThreadCpuTime();
        SemanticSecondOpinion stage = SemanticSecondOpinion.load();
        System.out.printf(Locale.ROOT, "load: %.0f ms wall, %.0f ms CPU (first load in this JVM)%n",
                (System.nanoTime() - wall0) / 1e6, (cpu.getCurrentThreadCpuTime() - cpu0) / 1e6);
        Engine semantic = Engine.builder().registry(registry).profile(profile).clock(clock).secondOpinion(stage).build();
        Draft draft = Draft.builder(SemanticBenchmark.TEXT).platform(Platform.X).account(AccountType.SERVICE).build();
        for (int round = 0; round < 4; round++) {
            for (Engine e : new Engine[] {rules, semantic}) {
                long t = cpu.getCurrentThreadCpuTime();
                for (int i = 0; i < n; i++) {
                    e.check(draft);
                }
                double seconds = (cpu.getCurrentThreadCpuTime() - t) / 1e9;
                System.out.printf(Locale.ROOT, "round %d %-15s %8.1f drafts per CPU-second (%d drafts of %d characters)%n",
                        round, e == rules ? "rules only" : "rules + semantic", n / seconds, n, SemanticBenchmark.TEXT.length());
            }
        }
        wall0 = System.nanoTime();
        cpu0 = cpu.getCurrentThreadCpuTime();
        SemanticSecondOpinion.load();
        System.out.printf(Locale.ROOT, "load again: %.0f ms wall, %.0f ms CPU%n",
                (System.nanoTime() - wall0) / 1e6, (cpu.getCurrentThreadCpuTime() - cpu0) / 1e6);
    }
}
