package org.councilpolicy.content.messages;

import java.util.Objects;

/**
 * A reply to send: a full one (Facebook, email, direct message) and a short one that fits an X post.
 *
 * @param full      the full wording
 * @param shortForm the short wording, at most {@link #SHORT_LIMIT} characters
 */
public record Acknowledgement(String full, String shortForm) {

    /** The most characters a short acknowledgement may have (an X post). */
    public static final int SHORT_LIMIT = 280;

    /**
     * Validates the wording.
     *
     * @param full      the full wording
     * @param shortForm the short wording
     */
    public Acknowledgement {
        Objects.requireNonNull(full, "full");
        Objects.requireNonNull(shortForm, "shortForm");
        if (shortForm.codePointCount(0, shortForm.length()) > SHORT_LIMIT) {
            throw new IllegalArgumentException("short acknowledgement longer than " + SHORT_LIMIT + " characters");
        }
    }

    /** A short summary that does not print the wording, which may hold the requester's name. */
    @Override
    public String toString() {
        return "Acknowledgement[full " + full.length() + " chars, short " + shortForm.length() + " chars]";
    }
}
