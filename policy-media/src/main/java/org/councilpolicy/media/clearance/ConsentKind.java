package org.councilpolicy.media.clearance;

/** How permission to share a person's image was given. */
public enum ConsentKind {
    /** A parent or guardian signed the council's official permissions form (PH-1). */
    PARENTAL_WRITTEN,
    /** The adult signed a permission form. */
    ADULT_WRITTEN,
    /** The adult said yes. */
    ADULT_VERBAL,
    /** A member of staff gave their express permission, e.g. through the staff consent form (PD-8). */
    STAFF
}
