package org.councilpolicy.media.clearance;

/** Where a photo was taken; incident photos carry the fire service's extra duties (PH-4 to PH-7). */
public enum PhotoContext {
    /** Anything else: a building, a service, a street. */
    GENERAL,
    /** A council event, open day or ceremony. */
    EVENT,
    /** A school or other setting where children are expected. */
    SCHOOL,
    /** The scene of a fire and rescue (or other emergency) incident. */
    INCIDENT
}
