package org.councilpolicy.core.profile;

import java.util.List;
import java.util.stream.Collectors;

/** A profile could not be used; {@link #problems()} lists every problem found, each with its path. */
public final class InvalidProfileException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The profile's name or file. */
    private final String profile;
    private final transient List<ProfileProblem> problems;

    /**
     * Reports every problem found in a profile at once.
     *
     * @param profile the profile's name or file
     * @param problems every problem found, in document order
     */
    public InvalidProfileException(String profile, List<ProfileProblem> problems) {
        super(describe(profile, problems));
        this.profile = profile;
        this.problems = List.copyOf(problems);
    }

    /** {@return the profile's name or file} */
    public String profile() {
        return profile;
    }

    /** {@return every problem found, in document order} */
    public List<ProfileProblem> problems() {
        return problems;
    }

    private static String describe(String profile, List<ProfileProblem> problems) {
        return "profile " + profile + " has " + problems.size() + (problems.size() == 1 ? " problem" : " problems")
                + ":\n" + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n"));
    }
}
