package org.councilpolicy.examples.cli;

import org.councilpolicy.content.messages.MessageClassifier;
import org.councilpolicy.content.messages.RequestDeadlines;
import org.councilpolicy.core.engine.SecondOpinion;
import org.councilpolicy.core.profile.Profile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code classify}: inbound messages in, one classification per line out. Exit 0, or 2 for bad input. */
@Command(name = "classify", mixinStandardHelpOptions = true, description = "Classify inbound messages: FOI, EIR, SAR, complaint.")
final class ClassifyCommand extends LinesCommand {

    @Mixin
    SemanticOption semantic;

    @Option(names = "--jurisdiction", paramLabel = "NATION",
            description = "ENGLAND, WALES, SCOTLAND or NORTHERN_IRELAND, in any case: where the council is, for the "
                    + "regime and deadlines (default: the profile's).")
    String jurisdiction;

    @Override
    JsonLines.Handler handler() {
        Profile profile = input.profile();
        if (jurisdiction != null) {
            try {
                profile = profile.toBuilder().jurisdiction(RequestDeadlines.jurisdiction(jurisdiction)).build();
            } catch (IllegalArgumentException e) {
                throw new CliSupport.UsageException("--" + e.getMessage());
            }
        }
        MessageClassifier plain = MessageClassifier.forProfile(profile);
        SecondOpinion stage = semantic.stage();
        MessageClassifier classifier = stage == null ? plain : plain.withSecondOpinion(stage);
        // The classifier is immutable (its deadline memo is a concurrent map of a pure function): safe on --threads.
        return line -> new JsonLines.Result(MessageJson.write(classifier.classify(MessageJson.read(line))), false);
    }
}
