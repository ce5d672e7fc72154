package org.councilpolicy.content.neutrality;

import org.councilpolicy.content.draft.Draft;
import org.councilpolicy.core.profile.Profile;
import org.councilpolicy.core.rule.BaseRule;
import org.councilpolicy.core.rule.Check;
import org.councilpolicy.core.rule.RuleContext;
import org.councilpolicy.core.rule.RuleInfo;
import org.councilpolicy.core.rule.RuleSettings;

/**
 * Base class for the neutrality draft rules that need only the names the profile lists: it reads them once,
 * when the engine is built, and hands them to every check. Rules of other families compose
 * {@link ProfileNames#checkWith} instead.
 */
public abstract class ProfileNamesRule extends BaseRule<Draft> {

    /**
     * @param info the rule's metadata
     */
    protected ProfileNamesRule(RuleInfo info) {
        super(info, Draft.class);
    }

    @Override
    public final Check<Draft> prepare(Profile profile, RuleSettings settings) {
        return ProfileNames.checkWith(profile, this::check);
    }

    /**
     * Checks one draft.
     *
     * @param draft the draft
     * @param ctx   where to report findings
     * @param names the people and organisations the profile lists
     */
    protected abstract void check(Draft draft, RuleContext ctx, ProfileNames names);
}
