package org.councilpolicy.core.rule;

/** How serious a finding is. Declared from most to least severe. */
public enum Severity {
    /** Must not be published or sent as it stands. */
    BLOCK,
    /** A person should look before it goes out. */
    REVIEW,
    /** Good practice; publishing is not held up. */
    ADVICE;

    /**
     * Whether this severity is at least as serious as {@code other}.
     *
     * @param other the other severity
     * @return whether this severity is at least as serious as {@code other}
     */
    public boolean isAtLeast(Severity other) {
        return compareTo(other) <= 0;
    }

    /**
     * The less severe of this and {@code other}.
     *
     * @param other the other severity
     * @return the less severe of this and {@code other}
     */
    public Severity atMost(Severity other) {
        return compareTo(other) >= 0 ? this : other;
    }
}
