package org.councilpolicy.core.rule;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.councilpolicy.core.profile.Profile;
import org.councilpolicy.core.text.LexiconUnion;
import org.councilpolicy.core.text.SharedLexicons;

/**
 * What a {@link Check} sees while it checks one subject. One context per rule per subject: it is not
 * shared between threads.
 *
 * <p>The engine is the only source of findings: a rule starts one with {@link #finding()} (pre-filled with
 * the rule's id, clauses, category and the profile's severity for it) and hands it back with
 * {@link #report(Finding.Builder)}; a builder started by another context is refused. Implemented by the
 * engine; rules never implement it.
 */
public abstract class RuleContext {

    /** For the engine. */
    protected RuleContext() {
    }

    /** {@return the rule being run} */
    public abstract RuleInfo rule();

    /** {@return the profile the engine was built from} */
    public abstract Profile profile();

    /** {@return this rule's effective settings in the profile} */
    public abstract RuleSettings settings();

    /** {@return the engine's clock: rules never read the system clock themselves} */
    public abstract Clock clock();

    /**
     * {@code Instant.now(clock())}.
     *
     * @return the current instant by {@link #clock()}
     */
    public final Instant now() {
        return Instant.now(clock());
    }

    /**
     * "Today" for the council: the engine's clock read in the profile's zone ({@link Profile#zone()},
     * Europe/London unless the profile says otherwise). Every rule that needs the date uses this.
     *
     * @return today's date in the profile's zone
     */
    public final LocalDate today() {
        return profile().today(clock());
    }

    /**
     * Starts a finding pre-filled with the rule's id, clauses, category and effective severity;
     * finish it with {@link #report(Finding.Builder)}.
     *
     * @return this builder
     */
    public final Finding.Builder finding() {
        return new Finding.Builder(rule(), settings().severity(), this);
    }

    /**
     * Builds and adds a finding to the subject's report.
     *
     * @param finding a builder started by this context's {@link #finding()}
     * @throws IllegalArgumentException if another context started it
     */
    public final void report(Finding.Builder finding) {
        Objects.requireNonNull(finding, "finding");
        if (!finding.startedBy(this)) {
            throw new IllegalArgumentException("rule " + rule().id()
                    + " reported a finding it did not start with its own context's finding()");
        }
        accept(finding.build());
    }

    /**
     * Records a built finding; called only by {@link #report(Finding.Builder)}.
     *
     * @param finding the finding, made from a builder of this context
     */
    protected abstract void accept(Finding finding);

    /**
     * Runs this engine's enabled rules that {@code which} selects over a subject derived from the one being
     * checked (a comment's text read as a draft), with the same profile, clock and rule settings, and returns
     * their findings rather than reporting them: the caller decides which to report in its own name. The
     * calling rule itself never runs again.
     *
     * @param derived the derived subject
     * @param which   which rules to run, by their metadata
     * @return the findings of those rules on the derived subject
     */
    public abstract List<Finding> checkAlso(Object derived, Predicate<RuleInfo> which);

    /**
     * A value computed once per subject and shared by every rule that asks for the same key (the
     * normalised text, the personal data found in it…).
     *
     * @param key     identifies the analysis; compare by identity, so keep keys in constants
     * @param compute computes it on first use
     * @param <T> the type of the value
     * @return the value, computed on first use
     */
    public abstract <T> T shared(SharedKey<T> key, Supplier<T> compute);

    /**
     * The lexicon unions of the engine's modules ({@link SharedLexicons}): the text analyses scan a text's views
     * with them, so that lexicons reading the same view share one scan. They change how fast a check runs, never
     * what it finds.
     *
     * @return the unions; none unless the engine found some
     */
    public List<LexiconUnion> lexiconUnions() {
        return List.of();
    }
}
