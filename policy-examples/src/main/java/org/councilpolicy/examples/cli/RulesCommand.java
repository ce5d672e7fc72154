package org.councilpolicy.examples.cli;

import java.util.concurrent.Callable;
import org.councilpolicy.core.profile.Profile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code rules}: every rule with its clause IDs. */
@Command(name = "rules", mixinStandardHelpOptions = true, description = "List every rule with its clause IDs.")
final class RulesCommand implements Callable<Integer> {

    enum Format { text, json, markdown }

    @Spec
    CommandSpec spec;

    @Option(names = "--profile", paramLabel = "P", defaultValue = "uk-council",
            description = "Show effective settings under this profile (default: ${DEFAULT-VALUE}).")
    String profile;

    @Option(names = "--format", defaultValue = "text", description = "text, json or markdown (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() throws Exception {
        Profile p;
        try {
            p = CliSupport.profile(profile);
        } catch (CliSupport.UsageException e) {
            spec.commandLine().getErr().println("policykit: " + e.getMessage());
            return 2;
        }
        RuleCatalog catalog = new RuleCatalog(CliSupport.registry().infos(), p);
        var out = spec.commandLine().getOut();
        switch (format) {
            case text -> out.print(catalog.text());
            case json -> out.println(JsonLines.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(catalog.json()));
            case markdown -> out.print(catalog.markdown());
        }
        out.flush();
        return 0;
    }
}
