package org.councilpolicy.content.moderation;

/** The reason stated for removing a connection. */
public enum RemovalReason {
    /** The connection poses a risk to the council's reputation and credibility (SC-10). */
    REPUTATION_RISK,
    /** Keeping the connection would breach the council's obligation of political neutrality (PN-4). */
    POLITICAL_NEUTRALITY_BREACH,
    /** The connection disagrees with the council: never a reason. */
    DISAGREES_WITH_US,
    /** The connection criticises the council: never a reason. */
    CRITICISM,
    /** Something else, described in the details. */
    OTHER
}
