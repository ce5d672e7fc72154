package org.councilpolicy.examples.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code strip-metadata IMAGE OUT}: not available yet. */
@Command(name = "strip-metadata", mixinStandardHelpOptions = true,
        description = "Write a copy of a JPEG or PNG with no metadata and the same pixels.")
final class StripMetadataCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "IMAGE")
    String image;

    @Parameters(index = "1", paramLabel = "OUT")
    String out;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("policykit: strip-metadata is not available yet in this version of policykit");
        return 2;
    }
}
