package org.councilpolicy.content.conduct;

import org.councilpolicy.core.rule.FindingKind;

/** The kinds of finding the conduct rules report. */
public enum ConductKind implements FindingKind {
    /** {@code CONTEMPT_OF_COURT}. */
    CONTEMPT_OF_COURT,
    /** {@code INSULT}. */
    INSULT,
    /** {@code DISPARAGING}. */
    DISPARAGING,
    /** {@code MEETING_OFF_TOPIC}. */
    MEETING_OFF_TOPIC,
    /** {@code PERSONAL_PROMOTION}. */
    PERSONAL_PROMOTION
}
