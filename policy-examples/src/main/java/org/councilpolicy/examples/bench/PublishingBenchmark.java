package org.councilpolicy.examples.bench;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import org.councilpolicy.content.account.AccountSetup;
import org.councilpolicy.content.draft.Draft;
import org.councilpolicy.content.draft.Platform;
import org.councilpolicy.core.engine.Engine;
import org.councilpolicy.core.engine.Report;
import org.councilpolicy.core.engine.RuleRegistry;
import org.councilpolicy.core.profile.AccountType;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Throughput of the whole engine (every rule a profile enables) on a 280-character draft, and of the account
 * rules on one set-up. Run: {@code java -cp policy-examples/target/policykit.jar org.openjdk.jmh.Main
 * PublishingBenchmark -f 1 -wi 2 -w 2s -i 3 -r 2s -t 1}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class PublishingBenchmark {

    /** The built-in profile. */
    @Param({"uk-council", "suffolk-fire-rescue"})
    public String profile;

    private Engine engine;
    private Draft draft;
    private AccountSetup account;

    /** Builds the engine once. */
    /** Builds the engine and the inputs once per trial. */
    @Setup
    public void setUp() {
        RuleRegistry registry = RuleRegistry.discover();
        engine = Engine.builder().registry(registry).profile(registry.profileLoader().builtIn(profile))
                .clock(Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"), ZoneOffset.UTC)).build();
        String text = "Crews from Leiston were called to a kitchen fire this afternoon and put it out with a hose "
                + "reel. Going forward please TEST YOUR SMOKE ALARMS every month!!! Cooking safety advice: "
                + "https://www.suffolk.gov.uk/fire-safety #FireSafety #Suffolk @SuffolkFire thanks to our crews. ^Sam";
        draft = Draft.builder(text.substring(0, Math.min(280, text.length()))).platform(Platform.X)
                .account(AccountType.SERVICE).build();
        account = AccountSetup.builder().platform(Platform.X).account(AccountType.PROFESSIONAL)
                .displayName("Jane Marsh").bio("Library development officer at Suffolk County Council.")
                .link("https://www.suffolk.gov.uk/libraries").twoFactor(true).build();
    }

    /**
     * One draft through every enabled rule.
     *
     * @return the result, consumed by JMH
     */
    @Benchmark
    public Report draft280() {
        return engine.check(draft);
    }

    /**
     * One account set-up through the account rules.
     *
     * @return the result, consumed by JMH
     */
    @Benchmark
    public Report accountSetup() {
        return engine.check(account);
    }
}
