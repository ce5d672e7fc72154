package org.councilpolicy.content.messages;

import org.councilpolicy.core.rule.Category;
import org.councilpolicy.core.rule.Procedure;
import org.councilpolicy.core.rule.RuleInfo;
import org.councilpolicy.core.rule.Severity;

/** Catalogue entry for acknowledging requests with the profile's templates (IN-4). */
public final class AcknowledgementProcedure implements Procedure {

    /** The procedure's id. */
    public static final String ID = "messages.acknowledgement";

    static final RuleInfo INFO = RuleInfo.builder(ID)
            .title("Acknowledge requests, asking for what is missing")
            .category(Category.PLATFORM)
            .severity(Severity.REVIEW)
            .clauses("IN-4")
            .rationale("The requester is thanked and told the next steps, publicly or by private message, with the "
                    + "council's full and short (X) wording; where no email was given one is asked for, and a "
                    + "request without one is still handled. A subject access request for another adult's records "
                    + "asks for their consent or a power of attorney. The short wording always fits 280 characters.")
            .fires("Could you tell me how many penalty notices were issued on Harbour Street in 2025? DM me")
            .passes("The recycling service round here is a total farce.")
            .build();

    /** Creates the catalogue entry (for the service loader). */
    public AcknowledgementProcedure() {
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }
}
