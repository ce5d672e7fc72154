package org.councilpolicy.media.clearance;

/** Who owns the copyright in the photo (CO-4). */
public enum SourceKind {
    /** Taken by the council or its staff in the course of their work. */
    OWN,
    /** Used under a licence (stock library, Creative Commons); name the licence. */
    LICENSED,
    /** The owner gave permission; record who and how. */
    THIRD_PARTY_PERMISSION,
    /** Not known, e.g. found online. */
    UNKNOWN
}
