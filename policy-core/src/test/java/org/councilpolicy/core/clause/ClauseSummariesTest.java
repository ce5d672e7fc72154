package org.councilpolicy.core.clause;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Issue 17: every clause carries a one-line summary in the project's own words and its documents spelled out. */
class ClauseSummariesTest {

    @Test
    void everyClauseHasItsOwnOneLineSummary() {
        assertThat(ClauseInventory.standard().clauses()).hasSizeGreaterThanOrEqualTo(70).allSatisfy(c -> {
            assertThat(c.summary()).as(c.id()).isNotBlank().hasSizeLessThanOrEqualTo(200).doesNotContain("\n")
                    .isNotEqualToIgnoringCase(c.requirement());
        });
    }

    @Test
    void everySourceNamesAKnownDocumentAndSection() {
        for (Clause c : ClauseInventory.standard().clauses()) {
            assertThat(c.sourceDocuments()).as(c.id()).isNotEmpty().allSatisfy(d ->
                    assertThat(d).as(c.id() + " source " + c.source())
                            .matches("(Suffolk County Council|South Hams|Scottish Borders|Rushcliffe|A council's|\\(privacy practice\\)).*"
                                    + "|platform terms.*"));
        }
        Clause pd1 = ClauseInventory.standard().find("PD-1").orElseThrow();
        assertThat(pd1.sourceDocuments()).first().isEqualTo(
                "Suffolk County Council, Social Media Policy v1.4 (May 2024), section 3.4");
    }
}
