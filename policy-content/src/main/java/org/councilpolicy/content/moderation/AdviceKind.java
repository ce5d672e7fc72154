package org.councilpolicy.content.moderation;

import org.councilpolicy.core.rule.FindingKind;

/** Kinds of moderation finding that advise a reply and are never a ground for deletion. */
public enum AdviceKind implements FindingKind {
    /** The comment spreads something untrue: correct it with a reply. */
    MISINFORMATION,
    /** The comment criticises the council: criticism is answered, never deleted (MD-1). */
    CRITICISM
}
