package org.councilpolicy.content.requiredcontent;

import org.councilpolicy.core.rule.FindingKind;

/** The kinds of finding the required content and plain English rules report. */
public enum RequiredContentKind implements FindingKind {
    /** {@code MEDIA_UNCREDITED}. */
    MEDIA_UNCREDITED,
    /** {@code SHARE_UNATTRIBUTED}. */
    SHARE_UNATTRIBUTED,
    /** {@code REPOST_UNATTRIBUTED}. */
    REPOST_UNATTRIBUTED,
    /** {@code QUOTE_UNATTRIBUTED}. */
    QUOTE_UNATTRIBUTED,
    /** {@code MISSING_SIGN_OFF}. */
    MISSING_SIGN_OFF,
    /** {@code MISSING_SAFETY_MESSAGE}. */
    MISSING_SAFETY_MESSAGE,
    /** {@code OFFICER_NAME}. */
    OFFICER_NAME,
    /** {@code MISSING_DESCRIPTION}. */
    MISSING_DESCRIPTION,
    /** {@code MISSING_ACTION}. */
    MISSING_ACTION,
    /** {@code MISSING_SAFETY_LINK}. */
    MISSING_SAFETY_LINK,
    /** {@code UNOFFICIAL_SOURCE}. */
    UNOFFICIAL_SOURCE,
    /** {@code UNKNOWN_SOURCE}. */
    UNKNOWN_SOURCE,
    /** {@code JARGON}. */
    JARGON,
    /** {@code SHOUTING}. */
    SHOUTING,
    /** {@code PUNCTUATION}. */
    PUNCTUATION,
    /** {@code LENGTH}. */
    LENGTH,
    /** {@code HASHTAGS}. */
    HASHTAGS,
    /** {@code MENTIONS}. */
    MENTIONS
}
