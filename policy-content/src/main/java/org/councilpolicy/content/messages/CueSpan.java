package org.councilpolicy.content.messages;

import java.util.Objects;

/**
 * A cue that decided part of a classification, located in the message: offsets only, never the text itself.
 *
 * @param decides which decision it supports: {@code type}, {@code complaint} or {@code ambiguous}
 * @param cue     the cue, as {@link Classification#reasons()} names it ({@code "own_data: about me"})
 * @param start   start offset in the message's original text (UTF-16, inclusive)
 * @param end     end offset in the message's original text (UTF-16, exclusive)
 */
public record CueSpan(String decides, String cue, int start, int end) {

    /**
     * Validates.
     *
     * @param decides which decision
     * @param cue     the cue
     * @param start   start offset
     * @param end     end offset
     */
    public CueSpan {
        Objects.requireNonNull(decides, "decides");
        Objects.requireNonNull(cue, "cue");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }
}
