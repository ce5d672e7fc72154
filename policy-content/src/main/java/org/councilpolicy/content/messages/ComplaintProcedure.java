package org.councilpolicy.content.messages;

import org.councilpolicy.core.rule.Category;
import org.councilpolicy.core.rule.Procedure;
import org.councilpolicy.core.rule.RuleInfo;
import org.councilpolicy.core.rule.RuleOption;
import org.councilpolicy.core.rule.Severity;

/** Catalogue entry for diverting complaints received on social media (IN-6). */
public final class ComplaintProcedure implements Procedure {

    /** The procedure's id. */
    public static final String ID = "messages.complaint";
    /** Option: who complaints are routed to, as the reply names them. */
    public static final String ROUTE_TO = "routeTo";

    static final RuleInfo INFO = RuleInfo.builder(ID)
            .title("Divert complaints to the complaints workflow")
            .category(Category.PLATFORM)
            .severity(Severity.REVIEW)
            .clauses("IN-6")
            .rationale("Complaints made on social media are diverted to the Customer Call Centre so that they enter "
                    + "the single complaints workflow and are recorded like every other complaint. A message can be "
                    + "both a complaint and a request for information.")
            .fires("Nobody emptied our green bin again, fourth time this month. Sort it out.")
            .passes("Thank you to the team at the library for a brilliant storytime session!")
            .option(RuleOption.string(ROUTE_TO, "our customer services team",
                    "who complaints go to, as the reply names them (e.g. \"our Customer Call Centre\")"))
            .build();

    /** Creates the catalogue entry (for the service loader). */
    public ComplaintProcedure() {
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }
}
