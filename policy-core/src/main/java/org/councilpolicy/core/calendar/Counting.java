package org.councilpolicy.core.calendar;

/** How the day of receipt is treated when counting a deadline. */
public enum Counting {
    /**
     * ICO guidance: the day of receipt may be any calendar day, and day one is the first working day after it.
     * The default, and never later than {@link #NEXT_WORKING_DAY}.
     */
    ICO,
    /**
     * A request received on a non-working day is deemed received on the next working day; day one is the
     * working day after that. Some authorities and published tables use this convention.
     */
    NEXT_WORKING_DAY
}
