package org.councilpolicy.core.calendar;

/** The parts of the UK with their own bank holidays, and their union. */
public enum UkRegion {
    ENGLAND_AND_WALES,
    SCOTLAND,
    NORTHERN_IRELAND,
    /** A day is a bank holiday if it is one in any part of the UK (FOIA s.10(6)). */
    ANY_PART_OF_UK
}
