package org.councilpolicy.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.councilpolicy.content.account.AccountSetup;
import org.councilpolicy.core.engine.Engine;
import org.councilpolicy.core.engine.Report;
import org.councilpolicy.core.engine.Verdict;
import picocli.CommandLine.Command;

/**
 * {@code account}: account set-ups in, one report per line out (the {@code check} report shape; spans point into
 * {@code bio}). Exits 1 when any set-up has a BLOCK finding, 2 on usage, profile or input errors.
 */
@Command(name = "account", mixinStandardHelpOptions = true, description = "Check account set-ups: bio, name, 2FA, disclaimer.")
final class AccountCommand extends LinesCommand {

    @Override
    JsonLines.Handler handler() {
        Engine engine = input.engine();
        return line -> handle(engine, line);
    }

    private static JsonLines.Result handle(Engine engine, JsonNode input) throws InputException {
        AccountSetup setup = AccountJson.read(input);
        Report report = engine.check(setup);
        return new JsonLines.Result(ReportJson.report(report), report.verdict() == Verdict.BLOCK);
    }
}
