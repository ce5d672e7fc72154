package org.councilpolicy.media.clearance;

/** The age band a person declares for someone in a photo when the exact age is not known. */
public enum AgeBand {
    /** Under the profile's age threshold (18 unless the profile says otherwise). */
    CHILD,
    /** At or over the threshold. */
    ADULT,
    /** Not known: treated as possibly a child. */
    UNKNOWN
}
