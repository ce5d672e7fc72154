package org.councilpolicy.content.draft;

import java.util.Objects;
import java.util.Set;

/**
 * Who writes a draft.
 *
 * @param role       their role
 * @param name       their name as they sign replies (a first name), or {@code null}
 * @param committees the committees a councillor sits on (empty when not known or none)
 */
public record Author(AuthorRole role, String name, Set<Committee> committees) {
    /**
     * Validates the components.
     *
     * @param role       their role
     * @param name       their name, or {@code null}
     * @param committees the committees they sit on; never {@code null}
     */
    public Author {
        Objects.requireNonNull(role, "role");
        committees = Set.copyOf(Objects.requireNonNull(committees, "committees"));
    }

    /**
     * An author whose committees are not known.
     *
     * @param role their role
     * @param name their name, or {@code null}
     */
    public Author(AuthorRole role, String name) {
        this(role, name, Set.of());
    }

    /**
     * Whether the author sits on a planning, licensing or other quasi-judicial committee.
     *
     * @return whether one of their committees is quasi-judicial
     */
    public boolean onQuasiJudicialCommittee() {
        return committees.stream().anyMatch(Committee::quasiJudicial);
    }

    @Override
    public String toString() {
        return "Author[role=" + role + ", committees=" + committees + "]";
    }
}
