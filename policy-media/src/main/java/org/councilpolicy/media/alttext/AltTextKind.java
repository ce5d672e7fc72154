package org.councilpolicy.media.alttext;

import org.councilpolicy.core.rule.FindingKind;

/** The kinds of finding the alt-text rules report. */
public enum AltTextKind implements FindingKind {
    /** {@code ALT_TEXT_MISSING}. */
    ALT_TEXT_MISSING,
    /** {@code ALT_TEXT_PLACEHOLDER}. */
    ALT_TEXT_PLACEHOLDER
}
