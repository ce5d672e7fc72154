package org.councilpolicy.content.moderation;

/** Who a comment must be reported to. */
public enum ReportTo {
    /** The hate crime reporting service (MD-4). */
    HATE_CRIME_SERVICE
}
