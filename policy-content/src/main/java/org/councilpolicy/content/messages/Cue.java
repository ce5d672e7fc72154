package org.councilpolicy.content.messages;

import java.util.Objects;

/**
 * One weighted cue phrase.
 *
 * @param kind   what it is evidence of
 * @param weight how much (negative weights cancel a shorter, misleading cue)
 */
record Cue(CueKind kind, double weight) {
    Cue {
        Objects.requireNonNull(kind, "kind");
    }
}
