package org.councilpolicy.examples.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code deadline}: not available yet. */
@Command(name = "deadline", mixinStandardHelpOptions = true, description = "Compute a statutory response deadline.")
final class DeadlineCommand implements Callable<Integer> {

    enum RegimeName { FOIA, FOISA, EIR, SAR }

    @Spec
    CommandSpec spec;

    @Option(names = "--regime", required = true, description = "FOIA, FOISA, EIR or SAR.")
    RegimeName regime;

    @Option(names = "--received", required = true, paramLabel = "YYYY-MM-DD")
    java.time.LocalDate received;

    @Option(names = "--extended")
    boolean extended;

    @Option(names = "--counting", defaultValue = "ico", description = "ico or next-working-day (default: ${DEFAULT-VALUE}).")
    String counting;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("policykit: deadline is not available yet in this version of policykit");
        return 2;
    }
}
