package org.councilpolicy.examples.cli;

import java.util.concurrent.Callable;
import org.councilpolicy.core.profile.Profile;
import org.councilpolicy.core.profile.ProfileLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code profiles}: the built-in profiles. */
@Command(name = "profiles", mixinStandardHelpOptions = true, description = "List the built-in profiles.")
final class ProfilesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        ProfileLoader loader = CliSupport.registry().profileLoader();
        for (String name : ProfileLoader.BUILT_IN) {
            Profile p = loader.builtIn(name);
            out.printf("%-22s %-17s %s%n", name, p.jurisdiction(), p.council()
                    + (p.extendsProfile() == null ? "" : " (extends " + p.extendsProfile() + ")"));
            out.printf("%-22s %-17s source: %s%n", "", "", p.source());
        }
        out.flush();
        return 0;
    }
}
