package org.councilpolicy.testkit;

/**
 * Builds and throws the {@link AssertionError}s of the test kit, so every assertion reports in one
 * format: an optional description of the subject in brackets, what was expected, then the details.
 * Public for assertion classes in other modules (such as policy-content's).
 */
public final class Failures {

    private Failures() {
    }

    /**
     * Throws an {@link AssertionError}.
     *
     * @param description what is being checked (for example a draft id), or {@code null}
     * @param expectation what was expected and what was found, in one sentence
     * @param details     further lines, such as the findings of a report; may be empty
     * @return never returns; declared so callers can write {@code throw Failures.fail(..)}
     * @throws AssertionError always
     */
    public static AssertionError fail(String description, String expectation, String details) {
        StringBuilder m = new StringBuilder();
        if (description != null && !description.isBlank()) {
            m.append('[').append(description).append("] ");
        }
        m.append(expectation);
        if (details != null && !details.isEmpty()) {
            m.append(System.lineSeparator()).append(details);
        }
        throw new AssertionError(m.toString());
    }
}
