package org.councilpolicy.examples.readme;

/** What a README snippet's {@code expression; // => value} line checks, called from the compiled snippets. */
public final class ReadmeExpect {

    private ReadmeExpect() {
    }

    /**
     * Fails when the expression's value, as text, is not what the README says it gives.
     *
     * @param actual   the expression's value
     * @param expected what the README says, after {@code // =>}
     * @param line     the README line, for the failure message
     */
    public static void that(Object actual, String expected, int line) {
        if (!String.valueOf(actual).equals(expected)) {
            throw new AssertionError("README.md line " + line + ": expected " + expected + ", got " + actual);
        }
    }
}
