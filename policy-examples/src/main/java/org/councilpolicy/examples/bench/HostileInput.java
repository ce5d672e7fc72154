package org.councilpolicy.examples.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.councilpolicy.content.draft.Draft;
import org.councilpolicy.content.messages.Message;
import org.councilpolicy.content.messages.MessageClassifier;
import org.councilpolicy.content.moderation.Comment;
import org.councilpolicy.content.moderation.Moderator;
import org.councilpolicy.core.engine.Engine;
import org.councilpolicy.core.engine.RuleRegistry;

/**
 * Hostile input: runs the full engine ({@code check}), the moderator ({@code moderate}) and the message classifier
 * ({@code classify}) under one profile on long repetitions of one short unit ("1 ", "0 ", "+44 (0)", combining
 * marks, names and dates...) at each length and prints this thread's CPU time (best of the runs after a warm-up)
 * and the ratio between consecutive lengths. Ten times the length should cost about ten times the time; a
 * quadratic costs a hundred. A plain {@code main} rather than JMH: it looks for blow-ups, not small differences;
 * thread CPU time is what other processes on a shared machine inflate least.
 *
 * <pre>
 * java -Xmx384m -cp policy-examples/target/policykit.jar org.councilpolicy.examples.bench.HostileInput 100000,1000000
 * </pre>
 *
 * Arguments: the lengths, comma-separated (default 100000,1000000); optionally the units, separated by {@code |}
 * ({@code \}{@code uXXXX} escapes read as the character); optionally the profile (default {@code uk-council}, the
 * CLI's); optionally the subcommands, comma-separated (default {@code check,moderate,classify}); optionally the
 * number of timed runs (default 2).
 */
public final class HostileInput {

    /**
     * The patterns of issue 16, as {@code HostileInputTest} asserts them: phone-shaped text, "1 ", "0 ", combining
     * marks alternating two classes, long names and dates, plain English, many short names; and a threat, swearing and
     * an insult at a named person with no sentence break (each finding once looked its word, its sentence and the
     * swearing inside it up from the start of the text: 3.8 s for 400 KB before round 7's fix); and names with an
     * incident word, sentence after sentence (every name was tried against every incident word of the text: 4.5 s
     * for 800 KB before round 12's fix).
     */
    public static final List<String> UNITS = List.of("1 ", "0 ", "07700 900123 ", "+44 ", "+44 (0)", "12 ", "(0)",
            "+44 (0)7700 900123 ", "0", "1-", "(01632) 960", "0044 ", "0800 1111 ", "\u0301\u0316",
            "Priya Patel born 1991-03-17 ", "The library opens late on Thursdays. ",
            "Priya Patel met Cllr Jones on 17 March. ", "Jo Li, ",
            "I'll kill you, you fucking cretin Maureen ", "he is a liar ", "that man is a liar and ",
            "The Hendersons claim benefits. ", "Gary Smith from Elm Street stole it. ");

    private HostileInput() {
    }

    /**
     * Runs the harness and prints one line per unit and length.
     *
     * @param args lengths, units, profile, subcommands and runs, each optional (see the class comment)
     */
    public static void main(String[] args) {
        int[] sizes = args.length > 0 ? Arrays.stream(args[0].split(",")).mapToInt(Integer::parseInt).toArray()
                : new int[] {100_000, 1_000_000};
        List<String> units = args.length > 1 && !args[1].isEmpty()
                ? Arrays.stream(args[1].split("\\|", -1)).map(HostileInput::unescape).toList() : UNITS;
        String profile = args.length > 2 ? args[2] : "uk-council";
        List<String> commands = List.of(args.length > 3 ? args[3].split(",") : new String[] {"check", "moderate", "classify"});
        int runs = args.length > 4 ? Integer.parseInt(args[4]) : 2;
        Clock clock = Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"), ZoneOffset.UTC);
        RuleRegistry registry = RuleRegistry.discover();
        Engine engine = Engine.builder().registry(registry).profile(registry.profileLoader().builtIn(profile))
                .clock(clock).build();
        Moderator moderator = Moderator.of(engine);
        MessageClassifier classifier = MessageClassifier.forProfile(engine.profile(), clock);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (String unit : units) {
            double[] previous = null;
            for (int size : sizes) {
                String text = unit.repeat(Math.max(1, size / unit.length()));
                double[] ms = new double[commands.size()];
                StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-42s n=%8d",
                        "'" + escape(unit) + "'", size));
                for (int c = 0; c < commands.size(); c++) {
                    Consumer<String> task = switch (commands.get(c)) {
                        case "check" -> t -> engine.check(Draft.of(t));
                        case "moderate" -> t -> moderator.decide(Comment.of(t));
                        case "classify" -> t -> classifier.classify(Message.builder(t).build());
                        default -> throw new IllegalArgumentException("unknown subcommand " + commands.get(c));
                    };
                    task.accept(text); // warm-up
                    long best = Long.MAX_VALUE;
                    for (int run = 0; run < runs; run++) {
                        long t0 = threads.getCurrentThreadCpuTime();
                        task.accept(text);
                        best = Math.min(best, threads.getCurrentThreadCpuTime() - t0);
                    }
                    ms[c] = best / 1e6;
                    line.append(String.format(Locale.ROOT, "  %s %8.1f ms", commands.get(c), ms[c]));
                    if (previous != null) {
                        line.append(String.format(Locale.ROOT, " (x%.1f)", ms[c] / Math.max(previous[c], 1.0)));
                    }
                }
                System.out.println(line);
                previous = ms;
            }
        }
    }

    private static String unescape(String unit) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < unit.length(); i++) {
            if (unit.startsWith("\\u", i) && i + 6 <= unit.length()) {
                s.append((char) Integer.parseInt(unit.substring(i + 2, i + 6), 16));
                i += 5;
            } else {
                s.append(unit.charAt(i));
            }
        }
        return s.toString();
    }

    private static String escape(String unit) {
        StringBuilder s = new StringBuilder();
        unit.chars().forEach(c -> s.append(c < 0x7F ? String.valueOf((char) c) : String.format(Locale.ROOT, "\\u%04X", c)));
        return s.toString();
    }
}
