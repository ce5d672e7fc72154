package org.councilpolicy.examples.bench;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.councilpolicy.content.draft.Draft;
import org.councilpolicy.core.engine.Engine;
import org.councilpolicy.core.engine.Report;
import org.councilpolicy.core.engine.RuleRegistry;
import org.councilpolicy.core.rule.Category;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Speed of the personal-data rules (every rule of category PERSONAL_DATA, nothing else) on a realistic
 * 280-character draft, and on 100 KB and 1 MB texts made of many such drafts (to check the time grows
 * linearly). Run: {@code java -cp policy-examples/target/policykit.jar org.openjdk.jmh.Main PersonalDataBenchmark
 * -f 1 -wi 2 -w 2s -i 3 -r 2s -t 1}.
 */
@State(Scope.Benchmark)
public class PersonalDataBenchmark {

    /** Drafts of the kind a council posts or receives, some with personal data, most without. */
    static final List<String> DRAFTS = List.of(
            "Thanks for reporting the fly-tipping on the A38 near Lee Mill. The resident, who asked us to call "
                    + "her on 07700 900123, says it happens every Friday. Planning ref 24/01234/FUL is separate. "
                    + "Call us on 01803 861368 or email customer.services@southhams.gov.uk. We'll update you. #SHDC",
            "Garden waste subscriptions for 2025/26 open on 1 March: £55 for the year, 26 collections. Missed a "
                    + "bin? Report it online by 7.30pm and we will collect within two working days. #SHDC #WDBC",
            "The car reg AB51 ABC has been parked across the dropped kerb at 14 Fore Street, Totnes TQ9 5RP "
                    + "all week. Please move it before the crews arrive on 12/05/2025 at 8am. #SHDC",
            "Full Council meets on 24 July 2025 at 2pm at Follaton House. Agenda items 3568/24/HHO and "
                    + "0412/25/ARC; the 2024-25 budget outturn is £12.4m. Watch live on our YouTube channel. #SHDC",
            "Refund please to sort code 20-00-00 account 55779911, or card 4111 1111 1111 1111. My NI number is "
                    + "AB 12 34 56 C and email jane.doe@example.com if you need anything else. #WDBC");

    /** The draft of the 280-character benchmark. */
    static final String DRAFT_280 = DRAFTS.get(0);

    private Engine engine;
    private Draft draft;
    private Draft text100k;
    private Draft text1m;

    /** Builds the engine once: the personal-data rules only, South Hams and West Devon profile. */
    /** Builds the engine and the inputs once per trial. */
    @Setup
    public void setUp() {
        RuleRegistry all = RuleRegistry.discover();
        RuleRegistry personal = RuleRegistry.of(all.rules().stream()
                .filter(r -> r.info().category() == Category.PERSONAL_DATA).toList());
        engine = Engine.builder()
                .registry(personal)
                .profile(all.profileLoader().builtIn("south-hams-west-devon"))
                .clock(Clock.fixed(Instant.parse("2026-06-01T09:00:00Z"), ZoneOffset.UTC))
                .build();
        draft = Draft.of(DRAFT_280);
        text100k = Draft.of(text(100_000));
        text1m = Draft.of(text(1_000_000));
    }

    static String text(int size) {
        StringBuilder sb = new StringBuilder(size + 300);
        int i = 0;
        while (sb.length() < size) {
            sb.append(DRAFTS.get(i++ % DRAFTS.size())).append('\n');
        }
        return sb.substring(0, size);
    }

    /**
     * One 280-character draft: drafts per second.
     *
     * @return the result, consumed by JMH
     */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public Report draft280() {
        return engine.check(draft);
    }

    /**
     * A 100 KB text: milliseconds per text.
     *
     * @return the result, consumed by JMH
     */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Report text100k() {
        return engine.check(text100k);
    }

    /**
     * A 1 MB text: milliseconds per text (at most 12 times the 100 KB figure).
     *
     * @return the result, consumed by JMH
     */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Report text1m() {
        return engine.check(text1m);
    }
}
