package org.councilpolicy.core.rule;

import java.util.Objects;

/**
 * Base class for a rule that prepares a check from the profile: it holds the rule's metadata and
 * subject type, so a subclass only writes {@link #prepare}.
 *
 * @param <S> the subject type
 */
public abstract class BaseRule<S> implements Rule<S> {

    private final RuleInfo info;
    private final Class<S> subjectType;

    /**
     * @param info        the rule's metadata
     * @param subjectType the type of subject it checks
     */
    protected BaseRule(RuleInfo info, Class<S> subjectType) {
        this.info = Objects.requireNonNull(info, "info");
        this.subjectType = Objects.requireNonNull(subjectType, "subjectType");
    }

    @Override
    public final RuleInfo info() {
        return info;
    }

    @Override
    public final Class<S> subjectType() {
        return subjectType;
    }
}
