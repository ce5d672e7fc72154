package org.councilpolicy.examples.bench;

import java.util.Arrays;
import java.util.Locale;

/** Latencies of one load run, kept per client thread and merged at the end: count, rate and percentiles. */
final class LoadStats {

    private long[] nanos = new long[1 << 14];
    private int n;
    long errors;

    void add(long latencyNanos) {
        if (n == nanos.length) {
            nanos = Arrays.copyOf(nanos, n * 2);
        }
        nanos[n++] = latencyNanos;
    }

    static LoadStats merge(Iterable<LoadStats> parts) {
        LoadStats all = new LoadStats();
        for (LoadStats p : parts) {
            for (int i = 0; i < p.n; i++) {
                all.add(p.nanos[i]);
            }
            all.errors += p.errors;
        }
        Arrays.sort(all.nanos, 0, all.n);
        return all;
    }

    int count() {
        return n;
    }

    /** The latency at quantile {@code q} in milliseconds; call on a merged (sorted) set only. */
    double percentileMillis(double q) {
        if (n == 0) {
            return Double.NaN;
        }
        int i = (int) Math.min(n - 1, Math.max(0, Math.ceil(q * n) - 1));
        return nanos[i] / 1e6;
    }

    String summary(double seconds) {
        return String.format(Locale.UK, "%,d requests in %.1f s: %,.2f requests/s; latency p50 %.2f ms, p90 %.2f ms, "
                        + "p99 %.2f ms, max %.2f ms; errors %d", n, seconds, n / seconds, percentileMillis(0.50),
                percentileMillis(0.90), percentileMillis(0.99), percentileMillis(1.0), errors);
    }
}
