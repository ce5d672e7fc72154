package org.councilpolicy.core.rule;

import java.time.Clock;
import java.time.Instant;
import java.util.function.Supplier;
import org.councilpolicy.core.profile.Profile;

/**
 * What a {@link Check} sees while it checks one subject. One context per rule per subject: it is not
 * shared between threads.
 */
public interface RuleContext {

    /** {@return the rule being run} */
    RuleInfo rule();

    /** {@return the profile the engine was built from} */
    Profile profile();

    /** {@return this rule's effective settings in the profile} */
    RuleSettings settings();

    /** {@return the engine's clock: rules never read the system clock themselves} */
    Clock clock();

    /**
     * {@code Instant.now(clock())}.
     *
     * @return the current instant by {@link #clock()}
     */
    default Instant now() {
        return Instant.now(clock());
    }

    /**
     * Starts a finding pre-filled with the rule's id, clauses, category and effective severity;
     * finish it with {@link #report(Finding.Builder)}.
     *
     * @return this builder
     */
    Finding.Builder finding();

    /**
     * Adds a finding to the subject's report.
     *
     * @param finding the finding
     */
    void report(Finding finding);

    /**
     * Builds and adds a finding.
     *
     * @param finding the finding
     */
    default void report(Finding.Builder finding) {
        report(finding.build());
    }

    /**
     * A value computed once per subject and shared by every rule that asks for the same key (the
     * normalised text, the personal data found in it…).
     *
     * @param key     identifies the analysis; compare by identity, so keep keys in constants
     * @param compute computes it on first use
     * @param <T> the type of the value
     * @return a value computed once per subject and shared by every rule that asks for the same key (the normalised text, the personal data found in it…)
     */
    <T> T shared(SharedKey<T> key, Supplier<T> compute);
}
