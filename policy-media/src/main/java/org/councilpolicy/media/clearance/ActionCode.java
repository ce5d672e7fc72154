package org.councilpolicy.media.clearance;

/** What must (or should) be done before a photo is shared; the stable codes of the command-line contract. */
public enum ActionCode {
    /** A recognisable child needs written parental consent on the official form (PH-1). */
    OBTAIN_PARENTAL_CONSENT,
    /** A recognisable adult has not given permission (PH-2, PH-3). */
    OBTAIN_ADULT_PERMISSION,
    /** A recognisable colleague has not given express permission (PD-8). */
    OBTAIN_COLLEAGUE_PERMISSION,
    /** The consent has expired, or was a parent's and the person has since come of age. */
    RENEW_CONSENT,
    /** A parental consent has no form reference or no date, so it cannot be checked. */
    RECORD_CONSENT_FORM,
    /** Someone's age is not known: confirm it (or treat them as a child). */
    CONFIRM_AGE,
    /** Advice: an unrecognisable child needs no consent, but err on the side of caution (PH-1). */
    CAUTION_UNRECOGNISABLE_CHILD,
    /** An incident photo was taken without the officer in charge's permission (PH-4). */
    OBTAIN_OIC_PERMISSION,
    /** Do not upload while still at the incident (PH-5). */
    WAIT_UNTIL_LEFT_SCENE,
    /** Posting from the scene for the public's benefit: the officer in charge posts, or an administrator for them (PH-5). */
    POST_VIA_OIC,
    /** Edit out personal items (PH-6). */
    REMOVE_PERSONAL_ITEMS,
    /** Signs of death: do not upload unless edited out and a Station Manager agrees (PH-6, PH-7). */
    DO_NOT_UPLOAD_SIGNS_OF_DEATH,
    /** Blur the house number (PH-6). */
    BLUR_HOUSE_NUMBER,
    /** Blur or crop distinguishing features of the property (PH-6). */
    BLUR_PROPERTY_FEATURES,
    /** Blur the number plates (PH-6). */
    BLUR_NUMBER_PLATE,
    /** Edit out crews in inappropriate PPE, or do not use the photo (PH-6). */
    CHECK_PPE,
    /** Blur casualties' faces (PH-6). */
    BLUR_CASUALTY_FACE,
    /** Blur or crop under-18s (PH-6, PH-1). */
    BLUR_UNDER_18,
    /** Check with a Station Manager or above (PH-7). */
    ESCALATE_TO_STATION_MANAGER,
    /** In doubt outside an incident: check with the communications team before posting (PH-7). */
    SEEK_ADVICE,
    /** Copyright: name the licence or permission, or do not use the photo (CO-4). */
    CONFIRM_LICENCE,
    /** The declared image file could not be read: what it shows and carries is unknown, so a person checks it (PH-8). */
    CHECK_IMAGE_FILE,
    /** The file carries embedded metadata: strip it before sharing (PH-8). */
    REMOVE_METADATA
}
