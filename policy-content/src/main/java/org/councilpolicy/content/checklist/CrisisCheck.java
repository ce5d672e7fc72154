package org.councilpolicy.content.checklist;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.councilpolicy.core.rule.Category;
import org.councilpolicy.core.rule.Procedure;
import org.councilpolicy.core.rule.RuleInfo;
import org.councilpolicy.core.rule.Severity;

/**
 * SC-2 (SCC 4.3): is the account in crisis, and what to do. Any one of the four signs is enough to hold all
 * posting: the policy asks the person to consider them, and a false alarm costs only a pause.
 */
public final class CrisisCheck implements Procedure {

    static final String CLAUSE = "SC-2";

    static final RuleInfo INFO = RuleInfo.builder("checklist.crisis")
            .title("Crisis: post a listening response, stop posting, alert manager and Communications Team")
            .category(Category.SCHEDULING)
            .severity(Severity.BLOCK)
            .clauses(CLAUSE)
            .rationale("When the subject is the only thing people talk about negatively, is highly emotive or a high "
                    + "reputational risk, is legal in nature, or the press report it negatively, the account may be in "
                    + "crisis: post a listening response, stop posting and responding, alert the manager and contact "
                    + "the Communications Team (SCC 4.3).")
            .fires("The press are reporting the closure negatively: HOLD (POST_LISTENING_RESPONSE, STOP_POSTING, "
                    + "ALERT_MANAGER, ALERT_COMMUNICATIONS_TEAM)")
            .passes("A few grumbles about bin collections, none of the four signs: GO")
            .build();

    /** Public no-arg constructor for ServiceLoader; the check holds no state. */
    public CrisisCheck() {
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }

    /**
     * Evaluates the signs.
     *
     * @param signs what the person sees and has done
     * @return GO when no sign is present, otherwise HOLD with the steps still to take (STOP_POSTING always)
     */
    public ChecklistDecision evaluate(CrisisSigns signs) {
        Objects.requireNonNull(signs, "signs");
        if (!signs.anySign()) {
            return ChecklistDecision.go();
        }
        List<ChecklistAction> actions = new ArrayList<>();
        if (!signs.listeningResponsePosted()) {
            actions.add(ChecklistAction.of("POST_LISTENING_RESPONSE", CLAUSE, "Post a listening response, e.g. "
                    + "\"Thank you for bringing this to our attention, we are investigating and will respond as soon "
                    + "as we are able\": silence is read as fear or being ignored."));
        }
        actions.add(ChecklistAction.of("STOP_POSTING", CLAUSE, "Stop posting and responding on the account, and "
                + "collect information: who is talking, how wide their following, how often, hashtags used."));
        if (!signs.managerAlerted()) {
            actions.add(ChecklistAction.of("ALERT_MANAGER", CLAUSE, "Alert your manager now."));
        }
        if (!signs.communicationsTeamAlerted()) {
            actions.add(ChecklistAction.of("ALERT_COMMUNICATIONS_TEAM", CLAUSE, "Contact the Communications Team, "
                    + "who form the Crisis Management Group and agree the response."));
        }
        return new ChecklistDecision(Outcome.HOLD, actions);
    }
}
