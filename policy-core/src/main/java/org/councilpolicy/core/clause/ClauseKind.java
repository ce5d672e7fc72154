package org.councilpolicy.core.clause;

/** How the library treats a clause. */
public enum ClauseKind {
    /** Decidable from the text and metadata: a rule checks it. */
    CHECK,
    /** Needs facts a person supplies: evaluated as a typed checklist. */
    AID,
    /** Human judgement or organisational process: not decided by the library. */
    GUIDE
}
