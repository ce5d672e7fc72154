package org.councilpolicy.content.checklist;

/**
 * The evidence for blocking someone from the council's channels (SCC 3.9). Holds counts only, never who it is.
 *
 * @param removedComments            comments of theirs removed under the moderation rules in the period
 * @param abusiveIncidents           incidents of abuse, harassment or bullying of staff by them in the period
 * @param periodDays                 the length of the period the counts cover, in days (at least 1)
 * @param warningsGiven              warnings given to them in the period that further breaches lead to a block
 * @param communicationsTeamInformed the Communications Team has been told, so it can alert the other channels
 */
public record BlockingEvidence(int removedComments, int abusiveIncidents, int periodDays, int warningsGiven,
                               boolean communicationsTeamInformed) {

    /**
     * Checks the counts.
     *
     * @param removedComments            removed comments in the period
     * @param abusiveIncidents           abusive incidents in the period
     * @param periodDays                 the period, in days
     * @param warningsGiven              warnings given in the period
     * @param communicationsTeamInformed whether the Communications Team knows
     * @throws IllegalArgumentException when a count is negative or the period is under a day
     */
    public BlockingEvidence {
        if (removedComments < 0 || abusiveIncidents < 0 || warningsGiven < 0) {
            throw new IllegalArgumentException("removedComments, abusiveIncidents, warningsGiven: must not be negative");
        }
        if (periodDays < 1) {
            throw new IllegalArgumentException("periodDays: must be at least 1, was " + periodDays);
        }
    }
}
