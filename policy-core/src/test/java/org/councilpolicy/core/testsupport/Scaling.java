package org.councilpolicy.core.testsupport;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.function.IntFunction;

/**
 * Asserts that work grows linearly with its input: the fastest of five runs at {@code 8n} must take at most
 * {@value #MAX_RATIO} times the fastest of five at {@code n} (a linear scan takes about 8 times, a quadratic one 64).
 * A ratio, not a wall-clock bound, so a loaded machine does not make it fail and a fast one does not hide a
 * quadratic; times are the thread's CPU time where the JVM measures it (a thread waiting for one of the machine's
 * two cores is not charged), and a small absolute allowance keeps sub-millisecond runs from failing on timer noise.
 */
public final class Scaling {

    /** The most {@code 8n} may cost relative to {@code n}: 8 for linear, 64 for quadratic. */
    public static final int MAX_RATIO = 24;
    private static final long NOISE_NANOS = 50_000_000L;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private Scaling() {
    }

    /**
     * Asserts the work is linear.
     *
     * @param what  what is measured, for the failure message
     * @param n     the smaller size (the larger is {@code 8n})
     * @param input makes the work for a size: run it, return anything
     */
    public static void assertLinear(String what, int n, IntFunction<Runnable> input) {
        Runnable small = input.apply(n);
        Runnable large = input.apply(8 * n);
        // warm both up (the JIT compiles for the first size it sees): one run of each, as the best of five that
        // follow discards a run the compiler was still working on (five of each until round 9: 40% of the work)
        small.run();
        large.run();
        long a = best(small);
        long b = best(large);
        if (b > MAX_RATIO * a + NOISE_NANOS) {
            throw new AssertionError(what + " is not linear: " + (b / 1_000_000) + " ms at 8n against "
                    + (a / 1_000_000) + " ms at n=" + n + " (more than " + MAX_RATIO + " times)");
        }
    }

    private static long best(Runnable work) {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            long t0 = now();
            work.run();
            best = Math.min(best, now() - t0);
        }
        return best;
    }

    private static long now() {
        return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }
}
