package org.councilpolicy.core.rule;

import org.councilpolicy.core.profile.Profile;

/**
 * Base class for a rule that needs nothing from the profile beyond what {@link RuleContext} gives at
 * check time: it is its own {@link Check}.
 *
 * @param <S> the subject type
 */
public abstract class SimpleRule<S> implements Rule<S>, Check<S> {

    private final RuleInfo info;
    private final Class<S> subjectType;

    /**
     * Creates the rule.
     *
     * @param info the rule's metadata
     * @param subjectType the type of subject it checks
     */
    protected SimpleRule(RuleInfo info, Class<S> subjectType) {
        this.info = java.util.Objects.requireNonNull(info, "info");
        this.subjectType = java.util.Objects.requireNonNull(subjectType, "subjectType");
    }

    @Override
    public final RuleInfo info() {
        return info;
    }

    @Override
    public final Class<S> subjectType() {
        return subjectType;
    }

    @Override
    public Check<S> prepare(Profile profile, RuleSettings settings) {
        return this;
    }
}
