package org.councilpolicy.content.checklist;

import java.util.List;
import java.util.Objects;

/**
 * One thing to do, or one reason for the outcome, named by a stable code.
 *
 * @param code    the stable upper-case code, e.g. {@code STOP_POSTING}
 * @param clauses the clause IDs that require it (never empty)
 * @param message what to do and why, in plain English (never holds personal data)
 */
public record ChecklistAction(String code, List<String> clauses, String message) {

    /**
     * Checks the parts and copies the clauses.
     *
     * @param code    the stable code
     * @param clauses the clause IDs that require it
     * @param message what to do and why
     * @throws IllegalArgumentException when the code or message is blank or no clause is cited
     */
    public ChecklistAction {
        Objects.requireNonNull(code, "code");
        clauses = List.copyOf(Objects.requireNonNull(clauses, "clauses"));
        Objects.requireNonNull(message, "message");
        if (code.isBlank() || message.isBlank()) {
            throw new IllegalArgumentException("an action needs a code and a message");
        }
        if (clauses.isEmpty()) {
            throw new IllegalArgumentException("action " + code + " cites no clause");
        }
    }

    static ChecklistAction of(String code, String clause, String message) {
        return new ChecklistAction(code, List.of(clause), message);
    }
}
