package org.councilpolicy.examples.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code moderate}: not available yet; parses its input and answers with an error per line. */
@Command(name = "moderate", mixinStandardHelpOptions = true, description = "Decide whether third-party comments may be deleted.")
final class ModerateCommand extends NotYetCommand {

    @Option(names = "--profile", paramLabel = "P", defaultValue = "uk-council",
            description = "Built-in profile name or a YAML/JSON profile file (default: ${DEFAULT-VALUE}).")
    String profile;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "JSON Lines input, or - for standard input.")
    String file;

    @Override
    String file() {
        return file;
    }
}
