package org.councilpolicy.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.councilpolicy.content.moderation.Moderator;
import org.councilpolicy.core.engine.Engine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code moderate}: third-party comments in, one moderation decision per line out. */
@Command(name = "moderate", mixinStandardHelpOptions = true, description = "Decide whether third-party comments may be deleted.")
final class ModerateCommand implements Callable<Integer> {

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
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Moderator moderator;
        try {
            moderator = Moderator.of(Engine.builder().registry(CliSupport.registry()).profile(CliSupport.profile(profile))
                    .clock(Clock.systemUTC()).build());
        } catch (CliSupport.UsageException e) {
            err.println("policykit: " + e.getMessage());
            return 2;
        }
        return CliSupport.runLines(file, out, err, input -> handle(moderator, input), batch);
    }

    private static JsonLines.Result handle(Moderator moderator, JsonNode input) throws InputException {
        // Decisions never "fail" a run: the exit status is 0, or 2 for bad lines.
        return new JsonLines.Result(ModerationJson.write(moderator.decide(ModerationJson.read(input))), false);
    }
}
