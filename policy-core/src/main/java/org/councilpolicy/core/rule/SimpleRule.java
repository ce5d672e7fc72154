package org.councilpolicy.core.rule;

import org.councilpolicy.core.profile.Profile;

/**
 * Base class for a rule that needs nothing from the profile beyond what {@link RuleContext} gives at
 * check time: it is its own {@link Check}.
 *
 * @param <S> the subject type
 */
public abstract class SimpleRule<S> extends BaseRule<S> implements Check<S> {


    /**
     * Creates the rule.
     *
     * @param info the rule's metadata
     * @param subjectType the type of subject it checks
     */
    protected SimpleRule(RuleInfo info, Class<S> subjectType) {
        super(info, subjectType);
    }

    @Override
    public Check<S> prepare(Profile profile, RuleSettings settings) {
        return this;
    }
}
