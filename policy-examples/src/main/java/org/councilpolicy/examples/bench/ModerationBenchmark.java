package org.councilpolicy.examples.bench;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.councilpolicy.content.moderation.Comment;
import org.councilpolicy.content.moderation.ModerationDecision;
import org.councilpolicy.content.moderation.Moderator;
import org.councilpolicy.core.engine.RuleRegistry;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Third-party comments: {@link Moderator#decide} throughput over a mix of realistic comments (criticism, neutral,
 * evasive swearing, abuse, threats, hate, names, personal data). Target: ≥ 50,000 comments/s on one core.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ModerationBenchmark {

    static final List<String> TEXTS = List.of(
            "Three weeks and the bins still haven't been collected on Oak Avenue. Absolutely disgraceful service.",
            "The pothole outside number 14 has been reported four times. When are you going to fix it?",
            "What time does the recycling centre open on bank holidays?",
            "Fix the f**king potholes on Mill Lane, it's been months",
            "This planning decision is idiotic. Nobody who lives here wanted another 300 houses on the flood plain.",
            "You are a useless idiot and you should be sacked",
            "I know where you live, Cllr Edwards. Think about that.",
            "Immigrants are vermin and should all be deported",
            "It was John Smith from Elm Road who crashed into the bus stop",
            "Her number is 07700 900123, ring her and tell her what you think of her dog",
            "Lovely photos of the park, the flower beds look great this year. Thanks to the team!",
            "Road closed between Scunthorpe and Penistone for resurfacing next week?",
            "Apparently the council is secretly selling the park to developers. Typical.",
            "Cllr Smith took bribes from the developer, that's why this got through",
            "F U C K the parking charges, sort ur sh*te out",
            "Council tax up again and what do we get for it? Nothing. Roads falling apart, library hours cut.");

    private Moderator moderator;
    private List<Comment> comments;

    /** Builds the engine and the inputs once per trial. */
    @Setup
    public void setUp() {
        moderator = Moderator.of(RuleRegistry.discover().profileLoader().builtIn("uk-council"), Clock.systemUTC());
        comments = TEXTS.stream().map(Comment::of).toList();
    }

    /**
     * Decides every comment of the mix once; the score is comments per second.
     *
     * @param bh consumes each decision so the JIT cannot drop the work
     */
    @Benchmark
    @OperationsPerInvocation(16)
    public void decide(Blackhole bh) {
        for (Comment c : comments) {
            ModerationDecision d = moderator.decide(c);
            bh.consume(d);
        }
    }
}
