package org.councilpolicy.content.messages;

import org.councilpolicy.core.rule.Category;
import org.councilpolicy.core.rule.Procedure;
import org.councilpolicy.core.rule.RuleInfo;
import org.councilpolicy.core.rule.Severity;

/**
 * Catalogue entry for a fire and rescue service's reply to questions about incident details (IN-8). Off by
 * default: a fire service's profile turns it on ({@code rules: messages.fire-service-foi: enabled: true}).
 */
public final class FireServiceFoiProcedure implements Procedure {

    /** The procedure's id. */
    public static final String ID = "messages.fire-service-foi";

    static final RuleInfo INFO = RuleInfo.builder(ID)
            .title("Fire service: ask for an FOI request instead of answering incident questions")
            .category(Category.INCIDENT_DETAIL)
            .severity(Severity.REVIEW)
            .clauses("IN-8")
            .rationale("Incident details (crew numbers, crews off the run, casualty or fatality details, incidents "
                    + "linked to a person or an exact location, operational information) are not discussed on open "
                    + "social media; the person asking is asked to make a Freedom of Information request.")
            .fires("How many firefighters were on the engine at the house fire on Elm Road last night?")
            .passes("What time does the fire station open day start on Saturday?")
            .disabledByDefault()
            .build();

    /** Creates the catalogue entry (for the service loader). */
    public FireServiceFoiProcedure() {
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }
}
