package org.councilpolicy.content.draft;

import java.util.Objects;

/**
 * Who writes a draft.
 *
 * @param role their role
 * @param name their name as they sign replies (a first name), or {@code null}
 */
public record Author(AuthorRole role, String name) {
    /**
     * Validates the components.
     *
     * @param role their role
     * @param name their name, or {@code null}
     */
    public Author {
        Objects.requireNonNull(role, "role");
    }

    @Override
    public String toString() {
        return "Author[role=" + role + "]";
    }
}
