package org.councilpolicy.examples.cli;

import picocli.CommandLine.Option;

/**
 * Batch options every JSON Lines subcommand adds with {@code @Mixin BatchOptions batch;} and passes
 * to {@link CliSupport#runLines(String, java.io.PrintWriter, java.io.PrintWriter, JsonLines.Handler, BatchOptions)}:
 * how many threads check lines at once, and whether to show progress on standard error.
 */
final class BatchOptions {

    /** In-flight lines per thread: enough to keep every thread busy while the writer waits for a slow line. */
    static final int WINDOW_PER_THREAD = 64;

    @Option(names = "--threads", paramLabel = "N",
            description = "Check N lines at once (default: the number of processors). Output stays in input order.")
    Integer threads;

    @Option(names = "--progress", negatable = true,
            description = "Show progress on standard error: items done and items per second, every second "
                    + "(default: on when standard error is a terminal).")
    Boolean progress;

    /** One thread, no progress: exactly the behaviour of the four-argument {@code JsonLines.run}. */
    static BatchOptions sequential() {
        return of(1, false);
    }

    static BatchOptions of(int threads, boolean progress) {
        BatchOptions b = new BatchOptions();
        b.threads = threads;
        b.progress = progress;
        return b;
    }

    /** The number of worker threads, validated. */
    int threads() {
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (n < 1 || n > 1024) {
            throw new CliSupport.UsageException("--threads must be between 1 and 1024, got " + n);
        }
        return n;
    }

    /** The most lines read but not yet written: memory stays bounded whatever the input's size. */
    int window() {
        return threads() * WINDOW_PER_THREAD;
    }

    /** Whether to show progress. */
    boolean progress() {
        return progress != null ? progress : terminal();
    }

    /** Whether standard error is (probably) a terminal, so progress can rewrite one line with {@code \r}. */
    static boolean terminal() {
        return System.console() != null;
    }
}
