package org.councilpolicy.examples.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import org.councilpolicy.content.messages.MessageClassifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code classify}: inbound messages in, one classification per line out. Exit 0, or 2 for bad input. */
@Command(name = "classify", mixinStandardHelpOptions = true, description = "Classify inbound messages: FOI, EIR, SAR, complaint.")
final class ClassifyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--profile", paramLabel = "P", defaultValue = "uk-council",
            description = "Built-in profile name or a YAML/JSON profile file (default: ${DEFAULT-VALUE}).")
    String profile;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "JSON Lines input, or - for standard input.")
    String file;

    @Mixin
    BatchOptions batch;

    @Override
    public Integer call() throws IOException {
        MessageClassifier classifier;
        try {
            classifier = MessageClassifier.forProfile(CliSupport.profile(profile));
        } catch (CliSupport.UsageException e) {
            spec.commandLine().getErr().println("policykit: " + e.getMessage());
            return 2;
        }
        // The classifier is immutable (its deadline memo is a concurrent map of a pure function): safe on --threads.
        return CliSupport.runLines(file, spec.commandLine().getOut(), spec.commandLine().getErr(),
                input -> new JsonLines.Result(MessageJson.write(classifier.classify(MessageJson.read(input))), false),
                batch);
    }
}
