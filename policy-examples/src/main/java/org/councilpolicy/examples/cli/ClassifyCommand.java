package org.councilpolicy.examples.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import org.councilpolicy.content.messages.MessageClassifier;
import org.councilpolicy.core.engine.SecondOpinion;
import org.councilpolicy.content.messages.RequestDeadlines;
import org.councilpolicy.core.profile.Profile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code classify}: inbound messages in, one classification per line out. Exit 0, or 2 for bad input. */
@Command(name = "classify", mixinStandardHelpOptions = true, description = "Classify inbound messages: FOI, EIR, SAR, complaint.")
final class ClassifyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions input;

    @Mixin
    BatchOptions batch;

    @Mixin
    SemanticOption semantic;

    @Option(names = "--jurisdiction", paramLabel = "NATION",
            description = "ENGLAND, WALES, SCOTLAND or NORTHERN_IRELAND, in any case: where the council is, for the "
                    + "regime and deadlines (default: the profile's).")
    String jurisdiction;

    @Override
    public Integer call() throws IOException {
        Profile profile = input.profile();
        if (jurisdiction != null) {
            try {
                profile = profile.toBuilder().jurisdiction(RequestDeadlines.jurisdiction(jurisdiction)).build();
            } catch (IllegalArgumentException e) {
                spec.commandLine().getErr().println("policykit: --" + e.getMessage());
                return 2;
            }
        }
        MessageClassifier plain = MessageClassifier.forProfile(profile);
        SecondOpinion stage = semantic.stage();
        MessageClassifier classifier = stage == null ? plain : plain.withSecondOpinion(stage);
        // The classifier is immutable (its deadline memo is a concurrent map of a pure function): safe on --threads.
        return CliSupport.runLines(input.file(), spec.commandLine().getOut(), spec.commandLine().getErr(),
                line -> new JsonLines.Result(MessageJson.write(classifier.classify(MessageJson.read(line))), false),
                batch);
    }
}
