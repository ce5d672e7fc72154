package org.councilpolicy.media.clearance;

/** Who will post an incident photo (PH-5). */
public enum PostedBy {
    /** The officer in charge of the incident posts it directly. */
    OFFICER_IN_CHARGE,
    /** A social media administrator posts it on the officer in charge's behalf. */
    SOCIAL_MEDIA_ADMIN,
    /** Anyone else, e.g. the firefighter who took it. */
    OTHER
}
