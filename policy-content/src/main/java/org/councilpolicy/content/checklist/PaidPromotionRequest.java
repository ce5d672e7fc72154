package org.councilpolicy.content.checklist;

/**
 * A request to boost a post or pay to promote it (SCC 2.7).
 *
 * @param budgetHolderApproved        the budget holder approved the spend
 * @param budgetCode                  the designated budget code, or {@code null} / blank when none is given yet
 * @param arrangedViaCommunicationsTeam the boost is arranged through the Communications Team, not set up directly
 */
public record PaidPromotionRequest(boolean budgetHolderApproved, String budgetCode,
                                   boolean arrangedViaCommunicationsTeam) {

    /** {@return whether a budget code is given} */
    public boolean hasBudgetCode() {
        return budgetCode != null && !budgetCode.isBlank();
    }
}
