package org.councilpolicy.core.profile;

import java.util.Objects;

/**
 * One thing wrong with a profile file.
 *
 * @param path    where, e.g. {@code rules.personal-data.phone.severity} or {@code postingPauses[0].start}
 * @param message what is wrong, e.g. {@code expected one of BLOCK, REVIEW, ADVICE, got "HIGH"}
 */
public record ProfileProblem(String path, String message) {
    /**
     * Validates the components.
     *
     * @param path where, e.g. {@code rules.personal-data.phone.severity} or {@code postingPauses[0].start}
     * @param message what is wrong, e.g. {@code expected one of BLOCK, REVIEW, ADVICE, got "HIGH"}
     */
    public ProfileProblem {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return path.isEmpty() ? message : path + ": " + message;
    }
}
