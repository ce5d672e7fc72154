package org.councilpolicy.core.rule;

/**
 * A rule prepared for one profile: immutable, called concurrently on many subjects.
 *
 * @param <S> the subject type
 */
@FunctionalInterface
public interface Check<S> {

    /**
     * Checks one subject, reporting what it finds through {@code context}.
     *
     * @param subject the draft, message, comment… to check
     * @param context where to report findings; also gives the clock and per-subject shared analyses
     */
    void check(S subject, RuleContext context);
}
