package org.councilpolicy.examples.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Progress of a long run on standard error, at most once a second: "12,345 items, 31,200/s". On a
 * terminal the line is rewritten in place with {@code \r}; otherwise each update is its own line.
 * Used from the one thread that writes the output, so it needs no locking beyond the shared error
 * stream's.
 */
final class Progress {

    private static final long SECOND = 1_000_000_000L;

    private final PrintWriter err;
    private final boolean enabled;
    private final boolean terminal;
    private final LongSupplier nanos;
    private final long started;
    private long lastShown;
    private boolean lineOpen;

    Progress(PrintWriter err, boolean enabled, boolean terminal, LongSupplier nanos) {
        this.err = err;
        this.enabled = enabled;
        this.terminal = terminal;
        this.nanos = nanos;
        this.started = nanos.getAsLong();
        this.lastShown = started;
    }

    static Progress none(PrintWriter err) {
        return new Progress(err, false, false, () -> 0L);
    }

    /** Called after each item is written; shows the count if a second has passed since the last update. */
    void done(long items) {
        if (!enabled) {
            return;
        }
        long now = nanos.getAsLong();
        if (now - lastShown >= SECOND) {
            lastShown = now;
            show(line(items, now), false);
        }
    }

    /** Before a message on standard error: ends a progress line left open on a terminal. */
    void beforeMessage() {
        if (lineOpen) {
            err.println();
            lineOpen = false;
        }
    }

    /** The final count, when the run is over. */
    void finish(long items) {
        if (!enabled) {
            return;
        }
        long now = nanos.getAsLong();
        show(line(items, now) + String.format(Locale.UK, " in %.1f s", (now - started) / 1e9), true);
    }

    private String line(long items, long now) {
        double seconds = Math.max(now - started, 1) / 1e9;
        return String.format(Locale.UK, "%,d items, %,d/s", items, Math.round(items / seconds));
    }

    private void show(String text, boolean last) {
        synchronized (err) {
            if (terminal) {
                err.print("\r" + text + "\u001b[K");
                lineOpen = !last;
                if (last) {
                    err.println();
                }
            } else {
                err.println(text);
            }
            err.flush();
        }
    }
}
