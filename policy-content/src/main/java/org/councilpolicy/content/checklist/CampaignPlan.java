package org.councilpolicy.content.checklist;

/**
 * A planned public campaign on social media (SHWD 4.2, SCC 3.5).
 *
 * @param managerPermission          a manager gave permission to embark on the campaign
 * @param communicationsTeamInvolved the Communications Team has been contacted and works on it
 */
public record CampaignPlan(boolean managerPermission, boolean communicationsTeamInvolved) {
}
