package org.councilpolicy.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The sample inputs shipped under {@code samples/} at the project root, and a way to run a {@code main}. */
public final class Samples {

    private Samples() {
    }

    /** A sample file; fails the test if the sample is missing (the examples' README points at them). */
    public static Path file(String name) {
        Path inModule = Path.of("..", "samples", name);
        Path atRoot = Path.of("samples", name);
        Path found = Files.exists(inModule) ? inModule : atRoot;
        assertThat(found).as("sample " + name).exists();
        return found;
    }

    /** A program that may throw. */
    public interface Main {
        /** Runs it. */
        void run() throws Exception;
    }

    /** Runs a {@code main} with standard output captured, and returns what it printed. */
    public static synchronized String stdout(Main main) throws Exception {
        PrintStream old = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream capture = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            main.run();
        } finally {
            System.setOut(old);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
