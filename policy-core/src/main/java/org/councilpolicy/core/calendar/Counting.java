package org.councilpolicy.core.calendar;

/** How the first day of a statutory period is counted. */
public enum Counting {
    /** Day one is the first working day after the day of receipt (the ICO's guidance). */
    ICO,
    /** Receipt on a non-working day is deemed to be on the next working day; day one follows that. */
    NEXT_WORKING_DAY
}
