package org.councilpolicy.core.profile;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Someone who may be named in a post: not a private individual.
 *
 * @param name       the name as usually written, e.g. "Judy Pearce"
 * @param role       what they are, e.g. "Leader of the Council", "Head of Environmental Health"
 * @param party      a councillor's party, or {@code null}
 * @param aliases    other ways of writing the name ("Cllr Pearce")
 * @param committees the committees a councillor sits on, lower case ({@link #COMMITTEES}), e.g. "planning"
 */
public record NamedPerson(String name, String role, String party, List<String> aliases, List<String> committees) {

    /**
     * The committees a profile may list for a councillor: the quasi-judicial ones (planning, licensing, regulatory,
     * appeals, standards), whose members must not pre-judge a matter (PN-9), and the others.
     */
    public static final Set<String> COMMITTEES = Set.of("planning", "licensing", "regulatory", "appeals",
            "standards", "scrutiny", "cabinet");

    /**
     * Validates the components.
     *
     * @param name       the name as usually written, e.g. "Judy Pearce"
     * @param role       what they are, e.g. "Leader of the Council", "Head of Environmental Health"
     * @param party      a councillor's party, or {@code null}
     * @param aliases    other ways of writing the name ("Cllr Pearce")
     * @param committees the committees a councillor sits on, each one of {@link #COMMITTEES}
     */
    public NamedPerson {
        Objects.requireNonNull(name, "name");
        aliases = List.copyOf(Objects.requireNonNull(aliases, "aliases"));
        committees = List.copyOf(Objects.requireNonNull(committees, "committees"));
        for (String c : committees) {
            if (!COMMITTEES.contains(c)) {
                throw new IllegalArgumentException("committees: unknown committee \"" + c + "\"; one of "
                        + COMMITTEES.stream().sorted().toList());
            }
        }
    }

    /**
     * Someone on no committee.
     *
     * @param name    the name as usually written
     * @param role    what they are, or {@code null}
     * @param party   a councillor's party, or {@code null}
     * @param aliases other ways of writing the name
     */
    public NamedPerson(String name, String role, String party, List<String> aliases) {
        this(name, role, party, aliases, List.of());
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

    /**
     * Whether a name as given (a draft's author, say) is this person's name or one of their aliases, ignoring case
     * and surrounding spaces.
     *
     * @param given a name, or {@code null}
     * @return whether it is this person
     */
    public boolean isCalled(String given) {
        if (given == null || given.isBlank()) {
            return false;
        }
        String g = given.strip().toLowerCase(Locale.ROOT);
        if (name.strip().toLowerCase(Locale.ROOT).equals(g)) {
            return true;
        }
        for (String a : aliases) {
            if (a.strip().toLowerCase(Locale.ROOT).equals(g)) {
                return true;
            }
        }
        return false;
    }
}
