package org.councilpolicy.content.draft;

/** Who is writing a draft. */
public enum AuthorRole {
    /** The communications team, posting for the council. */
    COMMS_TEAM,
    /** An officer of the council. */
    OFFICER,
    /** An elected councillor. */
    COUNCILLOR
}
