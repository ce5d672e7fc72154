package org.councilpolicy.core.clause;

import java.util.Objects;
import java.util.Optional;

/**
 * One numbered clause of the source policies (summarised, with each source document and section, in {@code docs/rules.md}).
 *
 * @param id          stable id, e.g. {@code PD-1}
 * @param family      the heading it sits under, e.g. "Personal data and confidentiality"
 * @param source      the policy sections it comes from
 * @param kind        whether the library checks it, evaluates a checklist for it, or leaves it to people
 * @param requirement what the clause requires
 * @param note        for a GUIDE clause why people decide it; for a CHECK or AID clause not yet covered,
 *                    why not yet; otherwise {@code null}
 */
public record Clause(String id, String family, String source, ClauseKind kind, String requirement, String note) {
    /**
     * Validates the components.
     *
     * @param id stable id, e.g. {@code PD-1}
     * @param family the heading it sits under, e.g. "Personal data and confidentiality"
     * @param source the policy sections it comes from
     * @param kind whether the library checks it, evaluates a checklist for it, or leaves it to people
     * @param requirement what the clause requires
     * @param note for a GUIDE clause why people decide it; for a CHECK or AID clause not yet covered, why not yet; otherwise {@code null}
     */
    public Clause {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(requirement, "requirement");
    }

    /** {@return the note, if any} */
    public Optional<String> noteIfAny() {
        return Optional.ofNullable(note);
    }
}
