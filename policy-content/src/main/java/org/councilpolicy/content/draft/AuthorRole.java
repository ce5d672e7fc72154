package org.councilpolicy.content.draft;

/** Who is writing a draft. */
public enum AuthorRole {
    COMMS_TEAM, OFFICER, COUNCILLOR
}
