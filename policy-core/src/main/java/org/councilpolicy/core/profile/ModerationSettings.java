package org.councilpolicy.core.profile;

/**
 * How third-party comments are moderated.
 *
 * @param mildProfanity whether mild words ("bloody", "damn") count as profanity
 */
public record ModerationSettings(boolean mildProfanity) {

    /** Mild words allowed. */
    public static final ModerationSettings DEFAULT = new ModerationSettings(false);
}
