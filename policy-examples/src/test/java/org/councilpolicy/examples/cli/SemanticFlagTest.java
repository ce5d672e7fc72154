package org.councilpolicy.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Issue 15: {@code --semantic} on check, moderate and classify. The CLI's own class path (and policykit.jar) lacks
 * the opt-in module, so the flag is a clear usage error here; without it nothing changes.
 */
class SemanticFlagTest {

    @Test
    void withoutTheModuleTheFlagIsAUsageErrorNamingIt() {
        for (String command : new String[] {"check", "moderate", "classify"}) {
            CliRun r = CliRun.run("{\"text\":\"Bins go out on Monday\"}\n", command, "--semantic", "-");
            assertThat(r.exit()).as(command).isEqualTo(2);
            assertThat(r.err()).as(command).contains("--semantic needs the policy-semantic module");
            assertThat(r.out()).as(command).isEmpty();
        }
    }

    @Test
    void withoutTheFlagTheOutputIsAsBefore() {
        CliRun r = CliRun.run("{\"text\":\"Bins go out on Monday\"}\n", "check", "-");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).doesNotContain("semantic");
    }

    @Test
    void theHelpOfEachCommandOffersTheFlag() {
        for (String command : new String[] {"check", "moderate", "classify"}) {
            assertThat(CliRun.run(null, command, "--help").out()).as(command).contains("--semantic");
        }
    }
}
