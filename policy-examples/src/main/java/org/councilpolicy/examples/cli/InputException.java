package org.councilpolicy.examples.cli;

/** One input line cannot be used: names the field and what is wrong with it. */
public final class InputException extends Exception {
    private static final long serialVersionUID = 1L;

    /** The offending field, or {@code null} for the line as a whole. */
    private final String field;

    InputException(String field, String message) {
        super(field == null ? message : field + ": " + message);
        this.field = field;
    }

    /** The offending field, or {@code null} for the line as a whole. */
    String field() {
        return field;
    }
}
