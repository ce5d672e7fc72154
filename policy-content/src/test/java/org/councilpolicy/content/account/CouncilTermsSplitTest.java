package org.councilpolicy.content.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class CouncilTermsSplitTest {

    @Test
    void jointCouncilsSplitWhereTheOldLookAheadSplitThem() {
        String old = " and (?=[A-Z][a-z]+ [A-Za-z ]*Council)";
        for (String name : new String[] {"South Hams District Council and West Devon Borough Council",
                "Babergh and Mid Suffolk District Councils", "Adur and Worthing Councils", "Suffolk County Council",
                "Bins and Recycling Council and Parks Committee", "A and B Council and Cee Dee Council"}) {
            assertThat(CouncilTerms.splitJointCouncils(name)).as(name).isEqualTo(List.of(name.split(old)));
        }
    }

    @Test
    void manyAndsAreLinear() {
        String name = "Abc and ".repeat(40_000) + "x";
        assertTimeoutPreemptively(Duration.ofSeconds(2), () ->
                assertThat(CouncilTerms.splitJointCouncils(name)).hasSize(1));
    }
}
