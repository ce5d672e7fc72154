package org.councilpolicy.content.draft;

/** Who is writing a draft. */
public enum AuthorRole {
    /** The communications team, posting for the council. */
    COMMS_TEAM,
    /** An officer of the council. */
    OFFICER,
    /** An elected councillor. */
    COUNCILLOR,
    /**
     * A member of the public: their comment, checked with the draft rules by the moderator. Who writes decides
     * whose a contact detail is ("call 01392 …" is the council's line in its own post, the resident's own in a
     * comment).
     */
    MEMBER_OF_PUBLIC
}
