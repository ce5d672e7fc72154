package org.councilpolicy.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.councilpolicy.content.moderation.Moderator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code moderate}: third-party comments in, one moderation decision per line out. */
@Command(name = "moderate", mixinStandardHelpOptions = true, description = "Decide whether third-party comments may be deleted.")
final class ModerateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions input;

    @Mixin
    BatchOptions batch;

    @Mixin
    SemanticOption semantic;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Moderator moderator = Moderator.of(semantic.engine(input));
        return CliSupport.runLines(input.file(), out, err, line -> handle(moderator, line), batch);
    }

    private static JsonLines.Result handle(Moderator moderator, JsonNode input) throws InputException {
        // Decisions never "fail" a run: the exit status is 0, or 2 for bad lines.
        return new JsonLines.Result(ModerationJson.write(moderator.decide(ModerationJson.read(input))), false);
    }
}
