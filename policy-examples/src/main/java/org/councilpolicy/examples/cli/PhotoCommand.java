package org.councilpolicy.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import org.councilpolicy.core.rule.Severity;
import org.councilpolicy.media.clearance.ClearanceDecision;
import org.councilpolicy.media.clearance.ClearanceOutcome;
import org.councilpolicy.media.clearance.PhotoClearance;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code photo}: photo clearance declarations in, one decision per line out. */
@Command(name = "photo", mixinStandardHelpOptions = true,
        description = {"Check photo clearance declarations (JSON Lines) against a council profile.",
            "Image paths are relative to the current directory; their embedded metadata is reported as findings.",
            "Exit status: 0 when every photo is CLEARED, or NEEDS_EDIT with no BLOCK finding; 1 when any is NOT_CLEARED or "
                    + "ESCALATE (an image that cannot be read escalates) or has a BLOCK finding; "
                + "2 for a usage, profile or input error."})
final class PhotoCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions input;

    @Mixin
    BatchOptions batch;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        // Consent dates are UK calendar dates.
        PhotoClearance clearance = new PhotoClearance(input.profile(), Clock.system(ZoneId.of("Europe/London")));
        return CliSupport.runLines(input.file(), out, err, line -> handle(clearance, line), batch);
    }

    private static JsonLines.Result handle(PhotoClearance clearance, JsonNode input) throws InputException {
        ClearanceDecision d = clearance.clear(PhotoJson.read(input));
        // A BLOCK finding (a GPS position, say) fails the line even when the decision is only NEEDS_EDIT.
        boolean failing = d.decision() == ClearanceOutcome.NOT_CLEARED || d.decision() == ClearanceOutcome.ESCALATE
                || d.findings().stream().anyMatch(f -> f.severity() == Severity.BLOCK);
        return new JsonLines.Result(PhotoJson.write(d), failing);
    }
}
