package org.councilpolicy.content.messages;

import org.councilpolicy.core.rule.Category;
import org.councilpolicy.core.rule.Procedure;
import org.councilpolicy.core.rule.RuleInfo;
import org.councilpolicy.core.rule.Severity;

/** Catalogue entry for recognising FOI, EIR and subject access requests in messages (IN-1, IN-2, IN-5). */
public final class RequestRecognitionProcedure implements Procedure {

    /** The procedure's id. */
    public static final String ID = "messages.request-recognition";

    static final RuleInfo INFO = RuleInfo.builder(ID)
            .title("Recognise requests for information in messages")
            .category(Category.PLATFORM)
            .severity(Severity.REVIEW)
            .clauses("IN-1", "IN-2", "IN-5")
            .rationale("Requests for recorded information reach councils through any social media channel, publicly "
                    + "or by private message, usually without saying FOI; the regime follows the information asked "
                    + "for (environmental information is EIR, the sender's own data is a subject access request), "
                    + "and where it is unclear whether a question is a request the customer is asked.")
            .fires("Please send me any emails or meeting minutes about the broken traffic lights on Station Road.")
            .passes("When is my bin day? I've just moved to Mill Road.")
            .build();

    /** Creates the catalogue entry (for the service loader). */
    public RequestRecognitionProcedure() {
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }
}
