package org.councilpolicy.content.moderation;

import java.util.List;
import java.util.Objects;

/**
 * Whether a connection removal is justified.
 *
 * @param justified whether the stated reason is an over-riding one and is supported
 * @param clauses   the clauses applied (SC-10, PN-4)
 * @param reason    why, for the person who asked
 */
public record ConnectionRemovalDecision(boolean justified, List<String> clauses, String reason) {

    /**
     * Validates that nothing is null and copies the clauses.
     *
     * @param justified whether the stated reason is an over-riding one and is supported
     * @param clauses   the clauses applied (SC-10, PN-4)
     * @param reason    why, for the person who asked
     */
    public ConnectionRemovalDecision {
        clauses = List.copyOf(Objects.requireNonNull(clauses, "clauses"));
        Objects.requireNonNull(reason, "reason");
    }
}
