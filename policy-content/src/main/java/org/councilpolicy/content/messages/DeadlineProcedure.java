package org.councilpolicy.content.messages;

import org.councilpolicy.core.rule.Category;
import org.councilpolicy.core.rule.Procedure;
import org.councilpolicy.core.rule.RuleInfo;
import org.councilpolicy.core.rule.Severity;

/** Catalogue entry for the statutory deadline and forwarding to the information team (IN-3). */
public final class DeadlineProcedure implements Procedure {

    /** The procedure's id. */
    public static final String ID = "messages.deadline";

    static final RuleInfo INFO = RuleInfo.builder(ID)
            .title("Statutory deadline and forwarding of requests")
            .category(Category.PLATFORM)
            .severity(Severity.REVIEW)
            .clauses("IN-3")
            .rationale("A request must be answered within 20 working days (FOIA, EIR; FOISA on the Scottish "
                    + "calendar) or one calendar month (subject access), so it is forwarded to the information team "
                    + "at once with its due date, counted from receipt as the profile says.")
            .fires("FOI request: how many penalty notices were issued on Harbour Street in 2024? Jo Bloggs, "
                    + "jo@example.com")
            .passes("Thanks for sorting the streetlight so quickly!")
            .build();

    /** Creates the catalogue entry (for the service loader). */
    public DeadlineProcedure() {
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }
}
