package org.councilpolicy.content.messages;

/**
 * What a request lacks to be valid as it stands: for FOIA s.8 / FOISA s.8 a real name and an address for
 * correspondence; for a subject access request made for another adult, their authority too.
 */
public enum MissingDetail {
    /** The requester's real name: a handle or a nickname is not one. */
    NAME,
    /** An address for correspondence: an email or postal address; a social media handle alone is not one. */
    ADDRESS,
    /**
     * The authority to act for the person a subject access request is about, when that is another adult (their
     * signed consent, a power of attorney, a deputyship order): the right of access is theirs (UK GDPR Art. 15).
     */
    AUTHORITY
}
