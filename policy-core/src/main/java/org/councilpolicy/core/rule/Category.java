package org.councilpolicy.core.rule;

/** The family of policy a finding belongs to, as the command-line contract names them. */
public enum Category {
    /** Personal data of members of the public, staff or children. */
    PERSONAL_DATA,
    /** Confidential or internal council information. */
    CONFIDENTIAL,
    /** Political content and breaches of neutrality. */
    POLITICAL,
    /** Content the policy requires, such as hashtags. */
    REQUIRED_CONTENT,
    /** How staff and councillors behave online. */
    CONDUCT,
    /** Details of an incident that must not be published. */
    INCIDENT_DETAIL,
    /** When a post may go out: pre-election periods, pauses. */
    SCHEDULING,
    /** How an account is set up. */
    ACCOUNT,
    /** What a platform allows or needs. */
    PLATFORM,
    /** Photos, video and their metadata. */
    MEDIA
}
