package org.councilpolicy.content.checklist;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The result of evaluating a checklist: the outcome and, unless it is {@link Outcome#GO}, what is missing.
 *
 * @param outcome the decision
 * @param actions what to do, in the order to do it; empty exactly when the outcome is {@link Outcome#GO}
 */
public record ChecklistDecision(Outcome outcome, List<ChecklistAction> actions) {

    private static final ChecklistDecision GO = new ChecklistDecision(Outcome.GO, List.of());

    /**
     * Checks the parts and copies the actions.
     *
     * @param outcome the decision
     * @param actions what to do
     * @throws IllegalArgumentException when a GO carries actions or a HOLD / NOT_ALLOWED carries none
     */
    public ChecklistDecision {
        Objects.requireNonNull(outcome, "outcome");
        actions = List.copyOf(Objects.requireNonNull(actions, "actions"));
        if ((outcome == Outcome.GO) != actions.isEmpty()) {
            throw new IllegalArgumentException(outcome + " with " + actions.size() + " action(s)");
        }
    }

    /** {@return the decision to go ahead, with nothing missing} */
    public static ChecklistDecision go() {
        return GO;
    }

    /**
     * The decision for a list of actions: {@link Outcome#GO} when it is empty, otherwise {@code whenAny}.
     *
     * @param whenAny the outcome when there is something to do
     * @param actions what to do
     * @return the decision
     */
    static ChecklistDecision of(Outcome whenAny, List<ChecklistAction> actions) {
        return actions.isEmpty() ? GO : new ChecklistDecision(whenAny, actions);
    }

    /** {@return whether the person may go ahead} */
    public boolean isGo() {
        return outcome == Outcome.GO;
    }

    /** {@return the action codes, in order} */
    public List<String> codes() {
        return actions.stream().map(ChecklistAction::code).toList();
    }

    /** {@return every clause the actions cite, in order of first citation} */
    public Set<String> clauses() {
        return actions.stream().flatMap(a -> a.clauses().stream())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
