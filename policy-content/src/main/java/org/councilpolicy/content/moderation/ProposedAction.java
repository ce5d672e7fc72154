package org.councilpolicy.content.moderation;

/** What a person proposes to do with a comment. */
public enum ProposedAction {
    /** Delete the comment. */
    DELETE,
    /** Hide the comment (a removal from public view, so it needs a ground like a deletion). */
    HIDE,
    /** Leave the comment up. */
    KEEP
}
