package org.councilpolicy.content.checklist;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.councilpolicy.core.rule.Category;
import org.councilpolicy.core.rule.Procedure;
import org.councilpolicy.core.rule.RuleInfo;
import org.councilpolicy.core.rule.Severity;

/** SC-3 (SCC 4.2): before posting, is anything else happening at the same time that conflicts with the message? */
public final class ConflictCheck implements Procedure {

    static final String CLAUSE = "SC-3";

    static final RuleInfo INFO = RuleInfo.builder("checklist.posting-conflicts")
            .title("Posting: nothing else happening at the same time conflicts with the message")
            .category(Category.SCHEDULING)
            .severity(Severity.REVIEW)
            .clauses(CLAUSE)
            .rationale("Before posting, consider whether anything else happening on social media at the same time "
                    + "might conflict with the message, or be affected by it, and whether someone else in the "
                    + "organisation is about to post something similar: the council must look joined up (SCC 4.2).")
            .fires("Promoting a park event on the day a flood warning is issued: HOLD (RESOLVE_CONFLICT)")
            .passes("Checked the corporate calendar and the feeds, nothing conflicts: GO")
            .build();

    /** Public no-arg constructor for ServiceLoader; the check holds no state. */
    public ConflictCheck() {
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }

    /**
     * Evaluates what the person declared.
     *
     * @param declared what the person found
     * @return GO when they looked and found no conflict, otherwise HOLD with what to do
     */
    public ChecklistDecision evaluate(PostingConflicts declared) {
        Objects.requireNonNull(declared, "declared");
        List<ChecklistAction> actions = new ArrayList<>();
        if (!declared.checked()) {
            actions.add(ChecklistAction.of("CHECK_WHAT_ELSE_IS_HAPPENING", CLAUSE, "Check what else is happening on "
                    + "social media and in the council at the same time before posting."));
        }
        if (!declared.conflicts().isEmpty()) {
            actions.add(ChecklistAction.of("RESOLVE_CONFLICT", CLAUSE, declared.conflicts().size()
                    + " event(s) or message(s) conflict with this one or may be affected by it: reschedule or "
                    + "reword, or agree the timing with whoever owns them."));
        }
        if (declared.similarPostExpected()) {
            actions.add(ChecklistAction.of("COORDINATE_WITH_COLLEAGUES", CLAUSE, "Someone else may be about to post "
                    + "something similar: agree one joined-up message with them first."));
        }
        return ChecklistDecision.of(Outcome.HOLD, actions);
    }
}
