package org.councilpolicy.content.moderation;

/** The moderation decision for a comment. */
public enum Decision {
    /** Delete it: a ground applies (MD-2, MD-3). */
    DELETE,
    /** Keep it: no ground applies; criticism, disagreement and misinformation are never grounds (MD-1). */
    KEEP,
    /** A person must decide (e.g. a defamation signal, MD-7, or an unsure detection). */
    REVIEW
}
