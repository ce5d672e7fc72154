package org.councilpolicy.content.confidential;

import org.councilpolicy.core.rule.FindingKind;

/** The kinds of finding the confidential material rules report. */
public enum ConfidentialKind implements FindingKind {
    /** {@code CASEWORK}. */
    CASEWORK,
    /** {@code EMBARGO}. */
    EMBARGO,
    /** {@code PROTECTIVE_MARKING}. */
    PROTECTIVE_MARKING,
    /** {@code INTERNAL_ONLY}. */
    INTERNAL_ONLY
}
