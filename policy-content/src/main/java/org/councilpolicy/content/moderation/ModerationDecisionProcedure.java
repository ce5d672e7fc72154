package org.councilpolicy.content.moderation;

import org.councilpolicy.core.rule.Category;
import org.councilpolicy.core.rule.Procedure;
import org.councilpolicy.core.rule.RuleInfo;
import org.councilpolicy.core.rule.Severity;

/** Catalogue entry for {@link Moderator}: the decision procedure for third-party comments. */
public final class ModerationDecisionProcedure implements Procedure {

    static final RuleInfo INFO = RuleInfo.builder("moderation.decision")
            .title("Deleting third-party comments: only on stated grounds")
            .category(Category.CONDUCT)
            .severity(Severity.BLOCK)
            .clauses("MD-1", "MD-2", "MD-3", "MD-4", "MD-5", "MD-6", "MD-7")
            .rationale("A comment is deleted only for swearing, abuse, harassment, threats, hate (reported to the hate "
                    + "crime service), defamation, naming members of the public in an incident, or personal data; "
                    + "criticism never. The poster is told why and whether they may post again; evidence is kept.")
            .fires("Proposed deletion of \"You absolute f*cking idiot\": DELETE, PROFANITY and ABUSE")
            .passes("Proposed deletion of \"Worst council in England, fix the roads\": refused, KEEP")
            .build();

    /** Public no-arg constructor for ServiceLoader. */
    public ModerationDecisionProcedure() {
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }
}
