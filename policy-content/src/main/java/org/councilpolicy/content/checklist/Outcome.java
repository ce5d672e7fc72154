package org.councilpolicy.content.checklist;

/** What a checklist decides about the thing a person wants to do. */
public enum Outcome {
    /** Nothing is missing: go ahead. */
    GO,
    /** Something is missing or must be done first: the actions say what. */
    HOLD,
    /** The policy does not allow it as declared: the actions say what would change that, if anything. */
    NOT_ALLOWED
}
