package org.councilpolicy.content.checklist;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.councilpolicy.core.rule.Category;
import org.councilpolicy.core.rule.Procedure;
import org.councilpolicy.core.rule.RuleInfo;
import org.councilpolicy.core.rule.Severity;

/** SC-5 (SCC 2.7): paid promotion needs the budget holder's approval and a budget code, via the Communications Team. */
public final class PaidPromotion implements Procedure {

    static final String CLAUSE = "SC-5";

    static final RuleInfo INFO = RuleInfo.builder("checklist.paid-promotion")
            .title("Paid promotion: budget holder approval and a budget code, via the Communications Team")
            .category(Category.SCHEDULING)
            .severity(Severity.BLOCK)
            .clauses(CLAUSE)
            .rationale("Users who want to boost a post liaise with the Communications Team, who arrange it, secure "
                    + "their budget holder's approval and give the Communications Team a designated budget code; the "
                    + "team checks the promoted content fits the council's communication strategy (SCC 2.7).")
            .fires("Boost the library event with the budget holder's approval but no budget code: HOLD "
                    + "(PROVIDE_BUDGET_CODE)")
            .passes("Boost approved by the budget holder, budget code given, arranged by the Communications Team: GO")
            .build();

    /** Public no-arg constructor for ServiceLoader; the check holds no state. */
    public PaidPromotion() {
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }

    /**
     * Evaluates a boost request.
     *
     * @param request what is in place
     * @return GO when all three are in place, otherwise HOLD with what is missing
     */
    public ChecklistDecision evaluate(PaidPromotionRequest request) {
        Objects.requireNonNull(request, "request");
        List<ChecklistAction> actions = new ArrayList<>();
        if (!request.budgetHolderApproved()) {
            actions.add(ChecklistAction.of("OBTAIN_BUDGET_HOLDER_APPROVAL", CLAUSE,
                    "Secure approval for the spend from your budget holder."));
        }
        if (!request.hasBudgetCode()) {
            actions.add(ChecklistAction.of("PROVIDE_BUDGET_CODE", CLAUSE,
                    "Give the Communications Team the designated budget code for the boost."));
        }
        if (!request.arrangedViaCommunicationsTeam()) {
            actions.add(ChecklistAction.of("ARRANGE_VIA_COMMUNICATIONS_TEAM", CLAUSE, "Ask the Communications Team to "
                    + "arrange the boost: they set up the targeting and check it fits the communication strategy."));
        }
        return ChecklistDecision.of(Outcome.HOLD, actions);
    }
}
