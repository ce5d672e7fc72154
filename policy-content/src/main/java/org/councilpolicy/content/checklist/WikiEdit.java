package org.councilpolicy.content.checklist;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.councilpolicy.core.rule.Category;
import org.councilpolicy.core.rule.Procedure;
import org.councilpolicy.core.rule.RuleInfo;
import org.councilpolicy.core.rule.Severity;

/** SC-11 (OFF): before editing a wiki entry about the council, terms read, editor asked if needed, Communications advice. */
public final class WikiEdit implements Procedure {

    static final String CLAUSE = "SC-11";

    static final RuleInfo INFO = RuleInfo.builder("checklist.wiki-edit")
            .title("Wiki edits about the council: site terms, the editor's permission, Communications Team advice")
            .category(Category.SCHEDULING)
            .severity(Severity.REVIEW)
            .clauses(CLAUSE)
            .rationale("Wiki sites record the editing computer's address, so an edit may appear to come from the "
                    + "council itself. Before altering an entry about the council, or one that might be a conflict of "
                    + "interest, read the site's terms, ask the wiki editor's permission if necessary, and seek the "
                    + "Communications Team's advice (OFF, Appendix B).")
            .fires("Correcting the council's Wikipedia entry without reading the site's terms: HOLD (READ_SITE_TERMS)")
            .passes("Terms read, no editor permission needed, Communications Team advised: GO")
            .build();

    /** Public no-arg constructor for ServiceLoader; the check holds no state. */
    public WikiEdit() {
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }

    /**
     * Evaluates a planned edit.
     *
     * @param plan what is in place
     * @return GO for an entry neither about the council nor a conflict of interest, or when every step is done;
     *         otherwise HOLD with the steps still to take
     */
    public ChecklistDecision evaluate(WikiEditPlan plan) {
        Objects.requireNonNull(plan, "plan");
        if (!plan.aboutCouncilOrConflict()) {
            return ChecklistDecision.go();
        }
        List<ChecklistAction> actions = new ArrayList<>();
        if (!plan.readSiteTerms()) {
            actions.add(ChecklistAction.of("READ_SITE_TERMS", CLAUSE,
                    "Read the wiki site's terms and conditions before editing."));
        }
        if (plan.editorPermission() == EditorPermission.NEEDED) {
            actions.add(ChecklistAction.of("ASK_WIKI_EDITOR", CLAUSE,
                    "Ask the relevant wiki editor's permission before editing."));
        }
        if (!plan.communicationsTeamAdvice()) {
            actions.add(ChecklistAction.of("SEEK_COMMUNICATIONS_ADVICE", CLAUSE, "Seek the Communications Team's "
                    + "advice: the edit may appear to come from the council itself."));
        }
        return ChecklistDecision.of(Outcome.HOLD, actions);
    }
}
