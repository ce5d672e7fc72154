package org.councilpolicy.examples.integration;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.councilpolicy.content.draft.Draft;
import org.councilpolicy.content.messages.Message;
import org.councilpolicy.content.messages.MessageClassifier;
import org.councilpolicy.content.moderation.Comment;
import org.councilpolicy.content.moderation.Moderator;
import org.councilpolicy.core.engine.Engine;
import org.councilpolicy.core.engine.RuleRegistry;
import org.councilpolicy.examples.bench.HostileInput;

/**
 * Run by {@link HostileInputTest} in a JVM of its own, started as {@code ./policykit} starts one
 * ({@code -XX:+UseParallelGC -Xmx384m}), so the heap and collector are the CLI's and no other test's garbage is in
 * the way. For each pattern of {@link HostileInput#UNITS} and each of {@code check} (profile {@code uk-council}, the
 * CLI's default: every rule), {@code moderate} and {@code classify}, prints one tab-separated line: the pattern's
 * index, the subcommand, the best thread CPU nanoseconds at 100 KB and at 1 MB, and the rounds it took.
 *
 * <p>A round times 100 KB three times and 1 MB once; rounds stop as soon as 1 MB is within {@code limit}
 * seconds and at most {@code ratio} times 100 KB (never under {@code floor} nanoseconds), else after three.
 * Arguments: limit, ratio, floor.
 */
final class HostileTiming {

    private HostileTiming() {
    }

    public static void main(String[] args) {
        double limit = Double.parseDouble(args[0]) * 1e9;
        double ratio = Double.parseDouble(args[1]);
        long floor = Long.parseLong(args[2]);
        Clock clock = Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"), ZoneId.of("Europe/London"));
        RuleRegistry registry = RuleRegistry.discover();
        Engine engine = Engine.builder().registry(registry).profile(registry.profileLoader().builtIn("uk-council"))
                .clock(clock).build();
        Moderator moderator = Moderator.of(engine);
        MessageClassifier classifier = MessageClassifier.forProfile(engine.profile(), clock);
        Map<String, Consumer<String>> subcommands = new LinkedHashMap<>();
        subcommands.put("check", t -> engine.check(Draft.of(t)));
        subcommands.put("moderate", t -> moderator.decide(Comment.of(t)));
        subcommands.put("classify", t -> classifier.classify(Message.builder(t).build()));
        List<String> units = HostileInput.UNITS;
        for (int u = 0; u < units.size(); u++) {
            String unit = units.get(u);
            String small = unit.repeat(100_000 / unit.length());
            String large = unit.repeat(1_000_000 / unit.length());
            for (Map.Entry<String, Consumer<String>> sub : subcommands.entrySet()) {
                Consumer<String> task = sub.getValue();
                long t1 = Long.MAX_VALUE;
                long t2 = Long.MAX_VALUE;
                int round = 0;
                while (round < 5) {
                    round++;
                    for (int i = 0; i < 3; i++) {
                        t1 = Math.min(t1, cpu(task, small));
                    }
                    t2 = Math.min(t2, cpu(task, large));
                    if (t2 <= limit && t2 <= ratio * Math.max(t1, floor)) {
                        break;
                    }
                }
                System.out.printf(Locale.ROOT, "%d\t%s\t%d\t%d\t%d%n", u, sub.getKey(), t1, t2, round);
                System.out.flush();
            }
        }
    }

    private static long cpu(Consumer<String> task, String text) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long t0 = threads.getCurrentThreadCpuTime();
        task.accept(text);
        return threads.getCurrentThreadCpuTime() - t0;
    }
}
