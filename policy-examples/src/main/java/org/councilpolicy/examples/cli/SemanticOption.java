package org.councilpolicy.examples.cli;

import org.councilpolicy.core.engine.Engine;
import org.councilpolicy.core.engine.SecondOpinion;
import picocli.CommandLine.Option;

/**
 * {@code --semantic} on {@code check}, {@code moderate} and {@code classify}: adds the semantic second opinion
 * (the opt-in {@code policy-semantic} module, which {@code ./policykit} builds and puts on the class path the first
 * time the flag is used). It only escalates: findings to REVIEW, KEEP to REVIEW, a message to "ask whether this is
 * a request"; it never deletes, blocks or clears.
 */
final class SemanticOption {

    @Option(names = "--semantic",
            description = "Add the semantic second opinion (policy-semantic): it may send a draft or comment to "
                    + "REVIEW or ask whether a message is a request; it never deletes, blocks or clears.")
    boolean semantic;

    /** The stage, or {@code null} without {@code --semantic}; a usage error when the module is not on the class path. */
    SecondOpinion stage() {
        if (!semantic) {
            return null;
        }
        return SecondOpinion.discover().orElseThrow(() -> new CliSupport.UsageException(
                "--semantic needs the policy-semantic module on the class path (./policykit builds it when the flag "
                        + "is first used; with java -jar, add policy-semantic and its dependencies with -cp)"));
    }

    /** The engine of {@code input}, with the stage when {@code --semantic} is given. */
    Engine engine(InputOptions input) {
        SecondOpinion stage = stage();
        Engine.Builder b = Engine.builder().registry(CliSupport.registry()).profile(input.profile());
        if (stage != null) {
            b.secondOpinion(stage);
        }
        return b.build();
    }
}
