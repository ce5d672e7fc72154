package org.councilpolicy.content.checklist;

import java.util.List;
import java.util.Objects;
import org.councilpolicy.core.rule.Category;
import org.councilpolicy.core.rule.Procedure;
import org.councilpolicy.core.rule.RuleInfo;
import org.councilpolicy.core.rule.Severity;

/**
 * SC-8 (SCC 2.11): monitoring, or a covert relationship, for a criminal investigation needs RIPA authorisation.
 * Without an authorisation reference it is not allowed: the library cannot judge whether RIPA applies, so it
 * sends the person to the council's RIPA Authorising Officers rather than guessing.
 */
public final class CovertMonitoring implements Procedure {

    static final String CLAUSE = "SC-8";

    static final RuleInfo INFO = RuleInfo.builder("checklist.covert-monitoring")
            .title("Monitoring or covert relationships for a criminal investigation need RIPA authorisation")
            .category(Category.SCHEDULING)
            .severity(Severity.BLOCK)
            .clauses(CLAUSE)
            .rationale("In the course of a criminal investigation or operation, monitoring or surveillance of social "
                    + "networking or internet sites, or a relationship set up in the guise of a member of the public, is "
                    + "likely to need a magistrate's approval under the Regulation of Investigatory Powers Act 2000; "
                    + "contact a RIPA Authorising Officer and the Senior Responsible Officer first (SCC 2.11).")
            .fires("Trading Standards plan to befriend a seller on Facebook as a member of the public, no RIPA "
                    + "authorisation: NOT_ALLOWED (OBTAIN_RIPA_AUTHORISATION)")
            .passes("The same plan with RIPA authorisation reference TS/2026/014: GO")
            .build();

    /** Public no-arg constructor for ServiceLoader; the check holds no state. */
    public CovertMonitoring() {
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }

    /**
     * Evaluates a plan.
     *
     * @param plan what is planned
     * @return NOT_ALLOWED for monitoring or a covert relationship in a criminal investigation without an
     *         authorisation reference, otherwise GO
     */
    public ChecklistDecision evaluate(SurveillancePlan plan) {
        Objects.requireNonNull(plan, "plan");
        if (plan.activities().isEmpty() || !plan.criminalInvestigation() || plan.hasRipaAuthorisation()) {
            return ChecklistDecision.go();
        }
        return new ChecklistDecision(Outcome.NOT_ALLOWED, List.of(ChecklistAction.of("OBTAIN_RIPA_AUTHORISATION",
                CLAUSE, "Monitoring or a covert relationship in a criminal investigation is likely to need a "
                        + "magistrate's approval under RIPA 2000: contact a RIPA Authorising Officer and the Senior "
                        + "Responsible Officer, and do not start before it is authorised.")));
    }
}
