package org.councilpolicy.examples.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A JSON Lines subcommand: {@code --profile}, the input file and the batch options, and a handler built once (from
 * the profile) that turns each line into its output. Exit status: 0, 1 when a line fails, 2 for a usage, profile
 * or input error.
 */
abstract class LinesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions input;

    @Mixin
    BatchOptions batch;

    /**
     * The handler for every line, built once; it must be thread-safe (engines, classifiers and moderators are).
     *
     * @throws CliSupport.UsageException for a bad option or profile
     */
    abstract JsonLines.Handler handler();

    @Override
    public Integer call() throws IOException {
        return CliSupport.runLines(input.file(), spec.commandLine().getOut(), spec.commandLine().getErr(), handler(),
                batch);
    }
}
