package org.councilpolicy.examples.bench;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import org.councilpolicy.content.draft.Draft;
import org.councilpolicy.content.draft.Platform;
import org.councilpolicy.core.engine.Engine;
import org.councilpolicy.core.engine.Report;
import org.councilpolicy.core.engine.RuleRegistry;
import org.councilpolicy.core.profile.AccountType;
import org.councilpolicy.core.profile.Profile;
import org.councilpolicy.semantic.SemanticSecondOpinion;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Issue 15: a 280-character draft through every rule of the default profile, without and with the semantic second
 * opinion, on one thread (the ONNX session runs one thread too), and the stage's load time. Compiled only with
 * {@code -Psemantic} (policykit.jar never holds the semantic module); run as docs/performance.md says:
 * {@code java -cp <test-classes:classes:class path> org.openjdk.jmh.Main SemanticBenchmark -f 1 -wi 3 -w 2s -i 5 -r 2s -t 1}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class SemanticBenchmark {

    static final String TEXT = ("Crews from Leiston were called to a kitchen fire this afternoon and put it out with a hose "
            + "reel. Going forward please TEST YOUR SMOKE ALARMS every month!!! Cooking safety advice: "
            + "https://www.suffolk.gov.uk/fire-safety #FireSafety #Suffolk @SuffolkFire thanks to our crews. ^Sam "
            + "The station is open to visitors on Saturday morning.").substring(0, 280);

    private Engine rules;
    private Engine semantic;
    private Draft draft;

    /** Builds both engines and the draft once per trial. */
    @Setup
    public void setUp() {
        RuleRegistry registry = RuleRegistry.discover();
        Profile profile = registry.profileLoader().builtIn("uk-council");
        Clock clock = Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"), ZoneOffset.UTC);
        rules = Engine.builder().registry(registry).profile(profile).clock(clock).build();
        semantic = Engine.builder().registry(registry).profile(profile).clock(clock)
                .secondOpinion(SemanticSecondOpinion.load()).build();
        draft = Draft.builder(TEXT).platform(Platform.X).account(AccountType.SERVICE).build();
    }

    /**
     * The draft through the rules alone.
     *
     * @return the report, consumed by JMH
     */
    @Benchmark
    public Report draft280Rules() {
        return rules.check(draft);
    }

    /**
     * The draft through the rules and the semantic stage.
     *
     * @return the report, consumed by JMH
     */
    @Benchmark
    public Report draft280Semantic() {
        return semantic.check(draft);
    }

    /**
     * Loading the stage: the ONNX model, the vocabulary and every head (one shot per fork; run with
     * {@code -bm ss -f 5 -wi 0 -i 1}).
     *
     * @return the stage, consumed by JMH
     */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public SemanticSecondOpinion load() {
        return SemanticSecondOpinion.load();
    }
}
