package org.councilpolicy.content.checklist;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.councilpolicy.core.rule.Category;
import org.councilpolicy.core.rule.Procedure;
import org.councilpolicy.core.rule.RuleInfo;
import org.councilpolicy.core.rule.Severity;

/** SC-4 (SHWD 4.2, SCC 3.5): a public campaign needs a manager's permission and the Communications Team. */
public final class CampaignApproval implements Procedure {

    static final String CLAUSE = "SC-4";

    static final RuleInfo INFO = RuleInfo.builder("checklist.campaign")
            .title("Public campaign: manager permission and the Communications Team")
            .category(Category.SCHEDULING)
            .severity(Severity.BLOCK)
            .clauses(CLAUSE)
            .rationale("Officers obtain permission from a manager before embarking on a public campaign using social "
                    + "media and work with the Communications Team to deliver it (SHWD 4.2); a long term or major "
                    + "campaign starts with the Communications Team, for audience, key messages and how it interacts "
                    + "with other corporate projects (SCC 3.5).")
            .fires("A recycling campaign with the manager's permission but no contact with the Communications Team: "
                    + "HOLD (INVOLVE_COMMUNICATIONS_TEAM)")
            .passes("A recycling campaign with the manager's permission, planned with the Communications Team: GO")
            .build();

    /** Public no-arg constructor for ServiceLoader; the check holds no state. */
    public CampaignApproval() {
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }

    /**
     * Evaluates a campaign plan.
     *
     * @param plan what is in place
     * @return GO when both are in place, otherwise HOLD with what is missing
     */
    public ChecklistDecision evaluate(CampaignPlan plan) {
        Objects.requireNonNull(plan, "plan");
        List<ChecklistAction> actions = new ArrayList<>();
        if (!plan.managerPermission()) {
            actions.add(ChecklistAction.of("OBTAIN_MANAGER_PERMISSION", CLAUSE,
                    "Obtain a manager's permission before embarking on a public campaign."));
        }
        if (!plan.communicationsTeamInvolved()) {
            actions.add(ChecklistAction.of("INVOLVE_COMMUNICATIONS_TEAM", CLAUSE, "Contact the Communications Team "
                    + "before starting and work with them to deliver the campaign: audience, key messages, other "
                    + "corporate projects."));
        }
        return ChecklistDecision.of(Outcome.HOLD, actions);
    }
}
