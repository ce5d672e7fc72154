package org.councilpolicy.media.clearance;

/** What the checker found visible in the photo, from the SFRS 4.2 list (PH-6). */
public enum VisibleItem {
    /** Belongings of the people involved. */
    PERSONAL_ITEMS,
    /** Anything that shows someone died. */
    SIGNS_OF_DEATH,
    /** A house number or name. */
    HOUSE_NUMBER,
    /** Distinguishing features of a property that identify it, other than a house number. */
    DISTINGUISHING_PROPERTY,
    /** A vehicle number plate. */
    NUMBER_PLATE,
    /** Crews wearing personal protective equipment wrongly or not at all. */
    INAPPROPRIATE_PPE,
    /** The face of a casualty. */
    CASUALTY_FACE,
    /** Children and young adults under 18 (the profile's age threshold). */
    UNDER_18
}
