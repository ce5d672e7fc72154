package org.councilpolicy.examples.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code photo}: not available yet; parses its input and answers with an error per line. */
@Command(name = "photo", mixinStandardHelpOptions = true, description = "Check photo clearance declarations.")
final class PhotoCommand extends NotYetCommand {

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
