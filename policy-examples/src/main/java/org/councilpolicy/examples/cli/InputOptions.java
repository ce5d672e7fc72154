package org.councilpolicy.examples.cli;

import org.councilpolicy.core.engine.Engine;
import org.councilpolicy.core.profile.Profile;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * What every JSON Lines subcommand takes: {@code --profile P} and the input {@code FILE}. A bad profile
 * throws {@link CliSupport.UsageException}, which {@link PolicyKit} turns into exit status 2 with every
 * problem listed.
 */
final class InputOptions {

    @Option(names = "--profile", paramLabel = "P", defaultValue = "uk-council",
            description = "Built-in profile name or a YAML/JSON profile file (default: ${DEFAULT-VALUE}).")
    String profile;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "JSON Lines input, or - for standard input.")
    String file;

    /** The profile, read and validated. */
    Profile profile() {
        return CliSupport.profile(profile);
    }

    /** An engine with every rule on the class path, built from the profile. */
    Engine engine() {
        return Engine.builder().registry(CliSupport.registry()).profile(profile()).build();
    }

    /** The input file, or {@code null} for standard input. */
    String file() {
        return file;
    }
}
