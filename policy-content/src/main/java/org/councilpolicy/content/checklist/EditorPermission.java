package org.councilpolicy.content.checklist;

/** Whether the relevant wiki editor's permission is needed for an edit, and whether it was given (OFF). */
public enum EditorPermission {
    /** The site's terms do not call for asking the editor. */
    NOT_NEEDED,
    /** Permission is needed and has not been asked for or given. */
    NEEDED,
    /** Permission is needed and the editor gave it. */
    GIVEN
}
