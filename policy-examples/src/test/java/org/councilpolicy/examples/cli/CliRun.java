package org.councilpolicy.examples.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

/** Runs {@link PolicyKit#execute} with captured output (and optionally standard input) for tests. */
record CliRun(int exit, String out, String err) {

    static synchronized CliRun run(String stdin, String... args) {
        return runBytes(stdin == null ? null : stdin.getBytes(StandardCharsets.UTF_8), args);
    }

    /** As {@link #run}, with standard input given as raw bytes (for invalid UTF-8, byte-order marks...). */
    static synchronized CliRun runBytes(byte[] stdin, String... args) {
        InputStream old = System.in;
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        try {
            if (stdin != null) {
                System.setIn(new ByteArrayInputStream(stdin));
            }
            int code = PolicyKit.execute(args, new PrintWriter(out), new PrintWriter(err));
            return new CliRun(code, out.toString(), err.toString());
        } finally {
            System.setIn(old);
        }
    }
}
