package org.councilpolicy.examples.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code ./policykit}: the command-line face of the library, exactly as {@code docs/cli.md}
 * fixes it. It only converts between JSON and the Java types; the rules live in the library.
 */
@Command(name = "policykit", mixinStandardHelpOptions = true, version = "policykit 0.1.0",
        description = "Apply UK council social media policies to drafts, messages, comments and photos.",
        subcommands = {
            CheckCommand.class,
            ClassifyCommand.class,
            ModerateCommand.class,
            AccountCommand.class,
            PhotoCommand.class,
            StripMetadataCommand.class,
            DeadlineCommand.class,
            RulesCommand.class,
            ProfilesCommand.class,
            ServeCommand.class
        })
public final class PolicyKit implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a subcommand");
    }

    /**
     * Runs the command line and exits with its status.
     *
     * @param args the subcommand and its options, as {@code docs/cli.md} gives them
     */
    public static void main(String[] args) {
        System.exit(execute(args, new PrintWriter(System.out, false, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
    }

    /**
     * Runs the command line with the given streams, for tests and embedding.
     *
     * @param args the subcommand and its options
     * @param out  where results go (JSON Lines, text or SARIF)
     * @param err  where errors and progress go
     * @return the exit status: 0 done, 1 an item at or above the failure threshold, 2 a usage, profile or input error
     */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new PolicyKit());
        cli.setOut(out);
        cli.setErr(err);
        // Output writes enum values in upper case and help in lower case: accept either, and any mix (issue 17).
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExitCodeExceptionMapper(e -> 2);
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println("policykit: " + ex.getMessage());
            commandLine.getErr().flush();
            return 2;
        });
        cli.setParameterExceptionHandler((ex, args1) -> {
            CommandLine c = ex.getCommandLine();
            c.getErr().println("policykit: " + ex.getMessage());
            c.getErr().println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for usage.");
            c.getErr().flush();
            return 2;
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }
}
