package org.councilpolicy.examples.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;
import org.councilpolicy.examples.cli.PolicyKit;

/**
 * Batch throughput of {@code ./policykit check}: writes N drafts of about 280 characters to a
 * temporary JSON Lines file, runs the real command line on it ({@code check --threads T}) with the
 * output counted and discarded, and reports drafts per second and the heap's peak use. A whole-
 * pipeline measurement (reading, JSON, every rule, writing), so a plain {@code main} rather than
 * JMH; run it with a small {@code -Xmx} to show the memory bound holds:
 *
 * <pre>
 * java -Xmx256m -cp policy-examples/target/policykit.jar \
 *     org.councilpolicy.examples.bench.BatchThroughput 1000000 2 uk-council
 * </pre>
 *
 * Arguments: number of drafts (default 200,000), threads (default 2), profile (default uk-council).
 */
public final class BatchThroughput {

    private BatchThroughput() {
    }

    /**
     * Runs the measurement and prints one summary to standard output.
     *
     * @param args drafts, threads, profile (all optional)
     * @throws IOException if the temporary file cannot be written
     */
    public static void main(String[] args) throws IOException {
        int drafts = args.length > 0 ? Integer.parseInt(args[0].replace(",", "").replace("_", "")) : 200_000;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        String profile = args.length > 2 ? args[2] : "uk-council";
        Path file = Files.createTempFile("policykit-batch-", ".jsonl");
        try {
            long bytes = generate(file, drafts);
            System.gc();
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
            LineCounter out = new LineCounter();
            long t0 = System.nanoTime();
            int status = PolicyKit.execute(new String[] {"check", "--profile", profile, "--threads",
                String.valueOf(threads), "--no-progress", "--fail-on", "never", file.toString()},
                    new PrintWriter(out), new PrintWriter(Writer.nullWriter()));
            double seconds = (System.nanoTime() - t0) / 1e9;
            long peak = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == MemoryType.HEAP)
                    .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            System.out.printf(Locale.UK, "drafts %,d (%,d MB of JSON Lines), threads %d, profile %s, exit %d, "
                            + "output lines %,d%n", drafts, bytes >> 20, threads, profile, status, out.lines);
            System.out.printf(Locale.UK, "%.1f s, %,.0f drafts/s; heap peak %,d MB (sum of pool peaks, garbage "
                            + "included) of max %,d MB; %d processors%n", seconds, drafts / seconds, peak >> 20,
                    Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors());
            if (out.lines != drafts) {
                throw new IllegalStateException("expected " + drafts + " output lines, got " + out.lines);
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static final String[] OPENINGS = {
        "Green bin collections resume on Monday 5 January after the Christmas break.",
        "The A38 is closed northbound between junctions 3 and 4 tonight from 8pm for resurfacing.",
        "Have your say on our draft parking strategy: the consultation closes on Friday 30 January.",
        "Our summer reading challenge starts on Saturday 11 July at every library in the district.",
        "Gritters are out tonight on priority routes; please take care on untreated roads.",
        "The planning committee meets on Wednesday at 10am; papers and the live stream are online.",
        "Council tax bills for 2026/27 are on their way. You can pay online or by direct debit.",
        "Join us in the town square on Saturday from 11am for our free family fun day.",
    };
    private static final String[] MIDDLES = {
        " Check your collection day on our website before you put your bin out.",
        " A signed diversion will be in place and buses will follow it.",
        " Paper copies are available from every library and customer service centre.",
        " Thank you to everyone who has already taken part.",
        " If you have any questions, call Jane on 07700 900123 or email jane.whitfield@example.com.",
        " Thanks to Mrs Jane Whitfield of 14 Acacia Avenue for reporting it.",
        " Well done to Amelia, 7, from St Mary's Primary for her winning poster.",
        " Please message us privately rather than posting your address here.",
    };
    private static final String TAIL = " Find out more at southhams.gov.uk and follow us for updates. #SHDC #WDBC";

    /** Writes {@code n} drafts of about 280 characters; about one in four holds personal data. Shared with {@link ServiceLoad}. */
    static long generate(Path file, int n) throws IOException {
        SplittableRandom random = new SplittableRandom(20260501L);
        long bytes = 0;
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < n; i++) {
                StringBuilder text = new StringBuilder(300);
                text.append(OPENINGS[random.nextInt(OPENINGS.length)]);
                while (text.length() < 200) {
                    text.append(MIDDLES[random.nextInt(MIDDLES.length)]);
                }
                text.append(TAIL);
                text.setLength(Math.min(text.length(), 280));
                String line = "{\"id\":\"d" + i + "\",\"text\":\"" + text.toString().replace("\"", "\\\"")
                        + "\",\"platform\":\"X\",\"account\":\"CORPORATE\"}\n";
                w.write(line);
                bytes += line.length();
            }
        }
        return bytes;
    }

    /** Counts output lines and throws the text away, so the output does not sit in memory. */
    private static final class LineCounter extends Writer {
        long lines;

        @Override
        public void write(char[] buf, int off, int len) {
            for (int i = off; i < off + len; i++) {
                if (buf[i] == '\n') {
                    lines++;
                }
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
