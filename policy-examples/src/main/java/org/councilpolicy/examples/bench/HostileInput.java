package org.councilpolicy.examples.bench;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Locale;
import org.councilpolicy.content.draft.Draft;
import org.councilpolicy.content.messages.Message;
import org.councilpolicy.content.messages.MessageClassifier;
import org.councilpolicy.content.moderation.Comment;
import org.councilpolicy.content.moderation.Moderator;
import org.councilpolicy.core.engine.Engine;
import org.councilpolicy.core.engine.RuleRegistry;

/**
 * Hostile input: runs the full engine ({@code suffolk-fire-rescue}), the moderator and the message classifier on
 * long repetitions of one short unit ("1 ", "f u c k ", "Mr ", "@"...) at two lengths and prints the time of
 * the second run of each (the first warms up) and the ratio between the lengths. Four times the length should
 * cost about four times the time; clearly more than five is super-linear. A plain {@code main} rather than JMH:
 * it looks for blow-ups, not small differences.
 *
 * <pre>
 * java -cp policy-examples/target/policykit.jar org.councilpolicy.examples.bench.HostileInput 40000,160000
 * </pre>
 *
 * Arguments: the lengths, comma-separated (default 40000,160000); optionally the units, separated by {@code |}.
 */
public final class HostileInput {

    private static final String[] UNITS = {"a", "f u c k ", "1", "1 ", "Mr ", "A", "12 ", "@", "aa@", "#", "!",
        "Cllr ", "the council ", "0", "+44 ", "x.", "\u200B", "f*", "...", "Labour ", "Road ", "AB12 ", "+44 (0)",
        "born 1991-03-17 ", "West ", "Priya ", "in West Bridgford "};

    private HostileInput() {
    }

    /**
     * Runs the harness and prints one line per unit and length.
     *
     * @param args lengths (comma-separated) and, optionally, units separated by {@code |}
     */
    public static void main(String[] args) {
        int[] sizes = args.length > 0 ? Arrays.stream(args[0].split(",")).mapToInt(Integer::parseInt).toArray()
                : new int[] {40_000, 160_000};
        String[] units = args.length > 1 ? args[1].split("\\|", -1) : UNITS;
        Clock clock = Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"), ZoneOffset.UTC);
        RuleRegistry registry = RuleRegistry.discover();
        Engine engine = Engine.builder().registry(registry)
                .profile(registry.profileLoader().builtIn("suffolk-fire-rescue")).clock(clock).build();
        Moderator moderator = Moderator.of(engine);
        MessageClassifier classifier = MessageClassifier.forProfile(engine.profile(), clock);
        for (String unit : units) {
            double[] previous = null;
            for (int size : sizes) {
                String text = unit.repeat(Math.max(1, size / unit.length()));
                double[] ms = new double[3];
                for (int run = 0; run < 2; run++) {
                    long t0 = System.nanoTime();
                    engine.check(Draft.of(text));
                    long t1 = System.nanoTime();
                    moderator.decide(Comment.of(text));
                    long t2 = System.nanoTime();
                    classifier.classify(Message.builder(text).build());
                    long t3 = System.nanoTime();
                    ms = new double[] {(t1 - t0) / 1e6, (t2 - t1) / 1e6, (t3 - t2) / 1e6};
                }
                String ratio = previous == null ? "" : String.format(Locale.ROOT, "   x%.1f x%.1f x%.1f",
                        ms[0] / previous[0], ms[1] / previous[1], ms[2] / previous[2]);
                System.out.printf(Locale.ROOT, "%-20s n=%7d  check %8.1f ms  moderate %8.1f ms  classify %8.1f ms%s%n",
                        "'" + unit.replace("\u200B", "ZW") + "'", size, ms[0], ms[1], ms[2], ratio);
                previous = ms;
            }
        }
    }
}
