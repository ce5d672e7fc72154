package org.councilpolicy.examples.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.councilpolicy.core.engine.RuleRegistry;
import org.councilpolicy.core.profile.InvalidProfileException;
import org.councilpolicy.core.profile.Profile;

/** What every subcommand shares: the rule registry, the profile, the input stream. */
final class CliSupport {

    private CliSupport() {
    }

    /** Every rule and procedure on the class path, discovered once. */
    static RuleRegistry registry() {
        return RegistryHolder.REGISTRY;
    }

    private static final class RegistryHolder {
        static final RuleRegistry REGISTRY = RuleRegistry.discover();
    }

    /** Reads the profile, or throws a {@link UsageException} listing every problem in it. */
    static Profile profile(String nameOrPath) {
        try {
            return registry().profileLoader().resolve(nameOrPath);
        } catch (InvalidProfileException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /** The input: a file, or standard input for {@code -} or none. */
    static BufferedReader open(String file) throws IOException {
        if (file == null || file.equals("-")) {
            return new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        }
        try {
            return Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new UsageException("no such input file: " + file);
        }
    }

    /** Runs a JSON Lines subcommand end to end, on one thread, and returns its exit status. */
    static int runLines(String file, PrintWriter out, PrintWriter err, JsonLines.Handler handler) throws IOException {
        return runLines(file, out, err, handler, BatchOptions.sequential());
    }

    /**
     * Runs a JSON Lines subcommand end to end with its {@code @Mixin BatchOptions}: several threads,
     * output in input order, progress on standard error. The handler must be thread-safe.
     */
    static int runLines(String file, PrintWriter out, PrintWriter err, JsonLines.Handler handler, BatchOptions batch)
            throws IOException {
        batch.threads(); // a bad --threads is a usage error before any input is read
        try (BufferedReader in = open(file)) {
            return JsonLines.run(in, out, err, handler, batch).exitCode();
        }
    }

    /** A usage, profile or input problem: exit status 2 with the message. */
    static final class UsageException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }
}
