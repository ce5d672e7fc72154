package org.councilpolicy.media.clearance;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.councilpolicy.core.rule.Finding;

/**
 * The answer of {@link PhotoClearance#clear}: the decision, what to do, and what the image file gave away.
 *
 * @param decision the most severe outcome of any action (CLEARED when there are none, or only advice)
 * @param actions  what to do, most severe first, in checklist order within a severity
 * @param findings MEDIA findings from the image file's embedded metadata (PH-8), or one REVIEW finding when
 *                 the file could not be read; empty without an image
 */
public record ClearanceDecision(ClearanceOutcome decision, List<ClearanceAction> actions, List<Finding> findings) {

    /**
     * Checks the parts and copies the collections.
     *
     * @param decision the most severe outcome of any action
     * @param actions  what to do, most severe first
     * @param findings findings from the image file's embedded metadata; empty without an image
     */
    public ClearanceDecision {
        Objects.requireNonNull(decision, "decision");
        actions = List.copyOf(Objects.requireNonNull(actions, "actions"));
        findings = List.copyOf(Objects.requireNonNull(findings, "findings"));
    }

    /** {@return the codes of the actions} */
    public Set<ActionCode> codes() {
        return actions.stream().map(ClearanceAction::code).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * Whether an action with that code is listed.
     *
     * @param code the action wanted
     * @return whether it is among the actions
     */
    public boolean has(ActionCode code) {
        return actions.stream().anyMatch(a -> a.code() == code);
    }

    /** {@return every clause cited by an action or finding} */
    public Set<String> clauses() {
        return java.util.stream.Stream.concat(actions.stream().flatMap(a -> a.clauses().stream()),
                findings.stream().flatMap(f -> f.clauses().stream())).collect(Collectors.toUnmodifiableSet());
    }
}
