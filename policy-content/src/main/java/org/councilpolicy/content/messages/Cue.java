package org.councilpolicy.content.messages;

import java.util.Objects;

/**
 * One weighted cue phrase.
 *
 * @param kind   what it is evidence of
 * @param weight how much (negative weights lower the evidence)
 * @param reason how {@link RequestAssessment#reasons()} names it, built once: {@code "request: please send me"}
 */
record Cue(CueKind kind, double weight, String reason) {
    Cue {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reason, "reason");
    }
}
