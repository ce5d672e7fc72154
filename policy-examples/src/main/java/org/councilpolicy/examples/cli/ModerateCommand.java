package org.councilpolicy.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.councilpolicy.content.moderation.Moderator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code moderate}: third-party comments in, one moderation decision per line out. */
@Command(name = "moderate", mixinStandardHelpOptions = true, description = "Decide whether third-party comments may be deleted.")
final class ModerateCommand extends LinesCommand {

    @Mixin
    SemanticOption semantic;

    @Override
    JsonLines.Handler handler() {
        Moderator moderator = Moderator.of(semantic.engine(input));
        return line -> handle(moderator, line);
    }

    private static JsonLines.Result handle(Moderator moderator, JsonNode input) throws InputException {
        // Decisions never "fail" a run: the exit status is 0, or 2 for bad lines.
        return new JsonLines.Result(ModerationJson.write(moderator.decide(ModerationJson.read(input))), false);
    }
}
