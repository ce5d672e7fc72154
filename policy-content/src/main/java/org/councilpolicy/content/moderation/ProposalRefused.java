package org.councilpolicy.content.moderation;

import java.util.List;
import java.util.Objects;

/**
 * The library's "no": a proposed deletion (or hiding) that has no stated ground.
 *
 * @param proposed what was proposed
 * @param reason   why it is refused, for the person who proposed it
 * @param clauses  the clauses that forbid it (MD-1, MD-3)
 */
public record ProposalRefused(ProposedAction proposed, String reason, List<String> clauses) {

    /**
     * Validates that nothing is null and copies the clauses.
     *
     * @param proposed what was proposed
     * @param reason   why it is refused, for the person who proposed it
     * @param clauses  the clauses that forbid it (MD-1, MD-3)
     */
    public ProposalRefused {
        Objects.requireNonNull(proposed, "proposed");
        Objects.requireNonNull(reason, "reason");
        clauses = List.copyOf(Objects.requireNonNull(clauses, "clauses"));
    }
}
