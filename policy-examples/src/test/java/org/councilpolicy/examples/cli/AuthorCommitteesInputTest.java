package org.councilpolicy.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Issue 13: a draft line may say which committees its councillor author sits on; a bad one is named by path. */
class AuthorCommitteesInputTest {

    private static final String TEXT = "The Mill Lane application is wrong for our village and it won't get my vote.";

    @Test
    void aPlanningCommitteeMemberStatingAViewIsPredetermination() {
        CliRun on = CliRun.run("{\"id\":\"d1\",\"text\":\"" + TEXT + "\",\"account\":\"COUNCILLOR\","
                + "\"author\":{\"role\":\"COUNCILLOR\",\"committees\":[\"planning\"]}}\n", "check", "--fail-on", "never", "-");
        assertThat(on.exit()).as(on.err()).isZero();
        assertThat(on.out()).contains("neutrality.committee-predetermination");
        CliRun off = CliRun.run("{\"id\":\"d1\",\"text\":\"" + TEXT + "\",\"account\":\"COUNCILLOR\","
                + "\"author\":{\"role\":\"COUNCILLOR\"}}\n", "check", "--fail-on", "never", "-");
        assertThat(off.out()).doesNotContain("neutrality.committee-predetermination");
    }

    @Test
    void anUnknownCommitteeIsAnErrorNamingItsPath() {
        CliRun bad = CliRun.run("{\"id\":\"d1\",\"text\":\"Hello\",\"author\":{\"role\":\"COUNCILLOR\","
                + "\"committees\":[\"planing\"]}}\n", "check", "-");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.out()).contains("author.committees[0]");
    }
}
