package org.councilpolicy.media.clearance;

import java.util.Objects;

/**
 * What the photographer declares about an incident photo (SFRS 4.2).
 *
 * @param officerInChargePermission the officer in charge gave permission to take it (PH-4)
 * @param stillAtScene              the crews are still at the incident (PH-5)
 * @param publicBenefit             posting now would benefit the public, e.g. during a major incident (PH-5)
 * @param postedBy                  who will post it (PH-5)
 */
public record IncidentDetails(boolean officerInChargePermission, boolean stillAtScene, boolean publicBenefit,
                              PostedBy postedBy) {

    /**
     * Checks who will post it is given.
     *
     * @param officerInChargePermission the officer in charge gave permission to take it
     * @param stillAtScene              the crews are still at the incident
     * @param publicBenefit             posting now would benefit the public
     * @param postedBy                  who will post it
     */
    public IncidentDetails {
        Objects.requireNonNull(postedBy, "postedBy");
    }

    /**
     * {@return the usual case: permission given, crews have left, to be posted by a social media administrator}
     */
    public static IncidentDetails afterTheIncident() {
        return new IncidentDetails(true, false, false, PostedBy.SOCIAL_MEDIA_ADMIN);
    }
}
