package org.councilpolicy.content.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.councilpolicy.core.testsupport.Scaling;
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
        assertThat(CouncilTerms.splitJointCouncils("Abc and ".repeat(40_000) + "x")).hasSize(1);
        Scaling.assertLinear("splitting a council name of many ands", 50_000,
                n -> () -> CouncilTerms.splitJointCouncils("Abc and ".repeat(n / 8) + "Def Council"));
    }
}
