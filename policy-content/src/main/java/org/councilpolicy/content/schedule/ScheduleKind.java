package org.councilpolicy.content.schedule;

import org.councilpolicy.core.rule.FindingKind;

/** The kinds of finding the posting schedule rules report. */
public enum ScheduleKind implements FindingKind {
    /** {@code POSTING_PAUSE}. */
    POSTING_PAUSE
}
