package org.councilpolicy.content.checklist;

/** What has been done so far about a complaint about a post (SFRS 6.3). */
public enum ComplaintResponse {
    /** Nothing yet. */
    NONE,
    /** The post stays, and a reply gives all the reasoning why it is fine to use. */
    REPLIED_WITH_REASONING,
    /** The post was removed and the complainant told about the investigation or the reasoning. */
    REMOVED_AND_EXPLAINED,
    /** The post was removed but the complainant has not been told anything. */
    REMOVED_WITHOUT_EXPLANATION
}
