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

    /** The default longest string in an input line, in characters: about a 500-page book, far beyond any post. */
    static final int DEFAULT_MAX_TEXT_LENGTH = 1_000_000;

    @Option(names = "--max-text-length", paramLabel = "N",
            description = "Refuse, as an error for that line only, an input line with a string longer than N "
                    + "characters, or a line longer than 6N+65536 bytes, which is skipped unread "
                    + "(default: " + DEFAULT_MAX_TEXT_LENGTH + "). Keeps memory bounded whatever the input.")
    Integer maxTextLength;

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

    /** The longest string accepted in an input line, in characters, validated. */
    int maxTextLength() {
        int n = maxTextLength == null ? DEFAULT_MAX_TEXT_LENGTH : maxTextLength;
        if (n < 1 || n > 100_000_000) {
            throw new CliSupport.UsageException("--max-text-length must be between 1 and 100000000, got " + n);
        }
        return n;
    }

    /**
     * The longest input line held in memory, in bytes: room for a string of {@link #maxTextLength()} characters
     * even when every character is written as a six-byte backslash-u escape, plus the other fields.
     */
    int maxLineBytes() {
        return (int) Math.min(Integer.MAX_VALUE - 16, 6L * maxTextLength() + 65_536);
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
