package org.councilpolicy.core.rule;

/** The family of policy a finding belongs to, as the command-line contract names them. */
public enum Category {
    PERSONAL_DATA,
    CONFIDENTIAL,
    POLITICAL,
    REQUIRED_CONTENT,
    CONDUCT,
    INCIDENT_DETAIL,
    SCHEDULING,
    ACCOUNT,
    PLATFORM,
    MEDIA
}
