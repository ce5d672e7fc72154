package org.councilpolicy.examples.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** A subcommand whose issue has not landed: parses its input, then answers "not available yet". */
abstract class NotYetCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** Accepted now so scripts can pass {@code --threads}/{@code --progress} before the command lands. */
    @Mixin
    BatchOptions batch;

    /** The input file, or null for standard input. */
    abstract String file();

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (BufferedReader in = CliSupport.open(file())) {
            JsonLines.run(in, out, err, input -> {
                throw new InputException(null, spec.name() + " is not available yet in this version of policykit");
            });
        }
        return 2;
    }
}
