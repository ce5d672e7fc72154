package org.councilpolicy.content.personaldata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilpolicy.content.personaldata.PeopleRulesTestSupport.findings;

import java.util.List;
import org.councilpolicy.core.rule.Finding;
import org.councilpolicy.core.rule.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 13, round 6: names and addresses the law makes public. A defendant named in a report of criminal
 * proceedings (open justice) is ADVICE, not a private name; a promoter's address in an election imprint (Elections
 * Act 2022 s.41) is not a resident's address. The same names and addresses outside those frames still block.
 */
class OpenRecordsTest {

    private static final String NAME = "personal-data.person-name";
    private static final String ADDRESS = "personal-data.street-address";

    @ParameterizedTest
    @ValueSource(strings = {
        "Scaffolder Stephen Mortimer, 54, of Totnes, was sentenced at Plymouth Crown Court for dumping asbestos.",
        "Trader Colin Brierley pleaded guilty to selling fake cigarettes and was fined £2,300.",
        "A man has been charged after the shed fire in Loddiswell. Carl Whitby, 37, will appear at Plymouth Magistrates' Court.",
        "Landlord Sarah Pengelly, who is accused of renting out an unsafe flat, will stand trial in March.",
    })
    void defendantInCourtReportIsAdviceOnly(String text) {
        List<Finding> f = findings(NAME, text);
        assertThat(f).isNotEmpty().allSatisfy(x -> assertThat(x.severity()).isEqualTo(Severity.ADVICE));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Thanks to resident Sarah Jenkins for reporting the fly-tipping on the lane.",
        "Resident Stephen Mortimer, 54, has been told his garden waste bin will be replaced.",
        // "the trial" of a service is not a trial in court
        "Resident Sarah Pengelly joined the trial of the new food waste caddies.",
        // a charge for a service is not a criminal charge
        "Resident Colin Brierley was charged £40 for a replacement bin.",
    })
    void privateNamesOutsideProceedingsStillCount(String text) {
        assertThat(findings(NAME, text)).isNotEmpty()
                .anySatisfy(x -> assertThat(x.severity()).isNotEqualTo(Severity.ADVICE));
    }

    @Test
    void promoterAddressInAnImprintIsNotReported() {
        assertThat(findings(ADDRESS, "Vote for a greener Totnes on Thursday.\n"
                + "Promoted by J. Hext on behalf of R. Cole (Green Party), both at 14 Fore Street, Totnes.")).isEmpty();
    }

    @Test
    void sameAddressOutsideAnImprintStillCounts() {
        assertThat(findings(ADDRESS, "The resident who lives at 14 Fore Street, Totnes has been fined.")).isNotEmpty();
    }
}
