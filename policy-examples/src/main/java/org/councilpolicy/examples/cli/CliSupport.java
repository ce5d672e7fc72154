package org.councilpolicy.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
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

    /**
     * Reads the profile, or throws a {@link UsageException} listing every problem in it. Strictly: the command line
     * carries every module, so a top-level section no module reads is a mistake, reported as an unknown key.
     */
    static Profile profile(String nameOrPath) {
        refuseSpecialFile(nameOrPath, "profile");
        try {
            return registry().profileLoader().strict().resolve(nameOrPath);
        } catch (InvalidProfileException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /**
     * The input: a file, or standard input for {@code -} or none, read as UTF-8 bytes line by line with the batch's
     * line cap (see {@link LineReader}).
     */
    static LineReader open(String file, BatchOptions batch) throws IOException {
        if (file == null || file.equals("-")) {
            return LineReader.of(System.in, batch.maxLineBytes());
        }
        Path path;
        try {
            path = Path.of(file);
        } catch (InvalidPathException e) {
            throw new UsageException("not a valid input file path: " + file);
        }
        if (Files.isDirectory(path)) {
            throw new UsageException("the input file is a directory: " + file);
        }
        try {
            return LineReader.of(Files.newInputStream(path), batch.maxLineBytes());
        } catch (NoSuchFileException e) {
            throw new UsageException("no such input file: " + file);
        } catch (AccessDeniedException e) {
            throw new UsageException("cannot read the input file (permission denied): " + file);
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
        batch.threads(); // a bad --threads or --max-text-length is a usage error before any input is read
        batch.maxTextLength();
        try (LineReader in = open(file, batch)) {
            return JsonLines.run(in, out, err, handler, batch).exitCode();
        }
    }

    /**
     * Refuses a path naming a FIFO, device or socket: reading one can block for ever ({@code mkfifo}) or never
     * end ({@code /dev/zero}). Names that are not existing paths are left to the caller.
     */
    static void refuseSpecialFile(String nameOrPath, String what) {
        if (nameOrPath == null) {
            return;
        }
        try {
            Path p = Path.of(nameOrPath);
            if (Files.exists(p) && !Files.isRegularFile(p) && !Files.isDirectory(p)) {
                throw new UsageException("the " + what + " is not a regular file (a FIFO, device or socket): "
                        + nameOrPath);
            }
        } catch (InvalidPathException e) {
            // not a path: a built-in name, or an error the caller reports
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
