package org.councilpolicy.core.profile;

import java.util.List;
import java.util.Objects;

/**
 * Someone who may be named in a post: not a private individual.
 *
 * @param name    the name as usually written, e.g. "Judy Pearce"
 * @param role    what they are, e.g. "Leader of the Council", "Head of Environmental Health"
 * @param party   a councillor's party, or {@code null}
 * @param aliases other ways of writing the name ("Cllr Pearce")
 */
public record NamedPerson(String name, String role, String party, List<String> aliases) {
    /**
     * Validates the components.
     *
     * @param name the name as usually written, e.g. "Judy Pearce"
     * @param role what they are, e.g. "Leader of the Council", "Head of Environmental Health"
     * @param party a councillor's party, or {@code null}
     * @param aliases other ways of writing the name ("Cllr Pearce")
     */
    public NamedPerson {
        Objects.requireNonNull(name, "name");
        aliases = List.copyOf(Objects.requireNonNull(aliases, "aliases"));
    }

    /**
     * A person known only by name.
     *
     * @param name the name as usually written, e.g. "Judy Pearce"
     * @return a person known only by name
     */
    public static NamedPerson of(String name) {
        return new NamedPerson(name, null, null, List.of());
    }
}
