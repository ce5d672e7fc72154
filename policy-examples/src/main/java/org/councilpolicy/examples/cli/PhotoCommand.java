package org.councilpolicy.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.ZoneId;
import org.councilpolicy.core.rule.Severity;
import org.councilpolicy.media.clearance.ClearanceDecision;
import org.councilpolicy.media.clearance.ClearanceOutcome;
import org.councilpolicy.media.clearance.PhotoClearance;
import picocli.CommandLine.Command;

/** {@code photo}: photo clearance declarations in, one decision per line out. */
@Command(name = "photo", mixinStandardHelpOptions = true,
        description = {"Check photo clearance declarations (JSON Lines) against a council profile.",
            "Image paths are relative to the current directory; their embedded metadata is reported as findings.",
            "Exit status: 0 when every photo is CLEARED, or NEEDS_EDIT with no BLOCK finding; 1 when any is NOT_CLEARED or "
                    + "ESCALATE (an image that cannot be read escalates) or has a BLOCK finding; "
                + "2 for a usage, profile or input error."})
final class PhotoCommand extends LinesCommand {

    @Override
    JsonLines.Handler handler() {
        // Consent dates are UK calendar dates.
        PhotoClearance clearance = new PhotoClearance(input.profile(), Clock.system(ZoneId.of("Europe/London")));
        return line -> handle(clearance, line);
    }

    private static JsonLines.Result handle(PhotoClearance clearance, JsonNode input) throws InputException {
        ClearanceDecision d = clearance.clear(PhotoJson.read(input));
        // A BLOCK finding (a GPS position, say) fails the line even when the decision is only NEEDS_EDIT.
        boolean failing = d.decision() == ClearanceOutcome.NOT_CLEARED || d.decision() == ClearanceOutcome.ESCALATE
                || d.findings().stream().anyMatch(f -> f.severity() == Severity.BLOCK);
        return new JsonLines.Result(PhotoJson.write(d), failing);
    }
}
