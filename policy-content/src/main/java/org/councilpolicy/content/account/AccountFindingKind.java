package org.councilpolicy.content.account;

import org.councilpolicy.core.rule.FindingKind;

/** The kinds of finding the account set-up rules report. */
public enum AccountFindingKind implements FindingKind {
    /** {@code NOT_IDENTIFIED}. */
    NOT_IDENTIFIED,
    /** {@code MIXED_WITH_PERSONAL}. */
    MIXED_WITH_PERSONAL,
    /** {@code MISSING_NAME_OR_TITLE}. */
    MISSING_NAME_OR_TITLE,
    /** {@code NOT_IDENTIFIED_AS_EMPLOYEE}. */
    NOT_IDENTIFIED_AS_EMPLOYEE,
    /** {@code MISSING_HOURS}. */
    MISSING_HOURS,
    /** {@code MISSING_DAYS}. */
    MISSING_DAYS,
    /** {@code MISSING_TIMES}. */
    MISSING_TIMES,
    /** {@code NAMED_AFTER_PERSON}. */
    NAMED_AFTER_PERSON,
    /** {@code NO_COUNCIL_BRAND}. */
    NO_COUNCIL_BRAND,
    /** {@code NOT_MARKED_PROFESSIONAL}. */
    NOT_MARKED_PROFESSIONAL,
    /** {@code NO_COUNCIL_LINK}. */
    NO_COUNCIL_LINK,
    /** {@code TWO_FACTOR_UNKNOWN}. */
    TWO_FACTOR_UNKNOWN,
    /** {@code TWO_FACTOR_OFF}. */
    TWO_FACTOR_OFF,
    /** {@code MISSING_DISCLAIMER}. */
    MISSING_DISCLAIMER
}
