package org.councilpolicy.content.checklist;

/** What is planned on social networking or internet sites (SCC 2.11). */
public enum SurveillanceActivity {
    /** Monitoring or surveillance of social networking or internet sites. */
    MONITORING,
    /** Establishing a relationship on such sites in the guise of a member of the public. */
    COVERT_RELATIONSHIP
}
