package org.councilpolicy.content.moderation;

import org.councilpolicy.core.rule.FindingKind;

/** A stated ground for deleting a third-party comment (SHWD 3.7/3.8, SFRS 5.3, RBC, MEM, OFF). */
public enum Ground implements FindingKind {
    /** Swear words (MD-2, MD-3). */
    PROFANITY,
    /** Abuse of a person (MD-3: breaks the law). */
    ABUSE,
    /** Harassment or intimidation of a person (MD-3). */
    HARASSMENT,
    /** A threat of violence or damage (MD-3). */
    THREAT,
    /** Hate against people for a protected characteristic; reported to the hate crime service (MD-3, MD-4). */
    HATE,
    /** A possibly defamatory allegation against an identifiable person (MD-7). */
    DEFAMATION,
    /** Names members of the public, linking them to an incident (MD-3). */
    NAMES_PUBLIC_IN_INCIDENT,
    /** Someone's personal data, such as a phone number or email address (PD-1, PD-7). */
    PERSONAL_DATA,
    /** Derogatory or offensive content that is none of the above, such as a slur used of oneself (MD-2). */
    OFFENSIVE
}
