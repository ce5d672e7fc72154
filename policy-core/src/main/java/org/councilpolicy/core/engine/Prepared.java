package org.councilpolicy.core.engine;

import org.councilpolicy.core.rule.Check;
import org.councilpolicy.core.rule.RuleContext;
import org.councilpolicy.core.rule.RuleInfo;
import org.councilpolicy.core.rule.RuleSettings;

/** One enabled rule as an engine runs it: its metadata, settings and prepared check. Immutable. */
final class Prepared<S> {
    final RuleInfo info;
    final Class<S> subjectType;
    final RuleSettings settings;
    final Check<S> check;
    /** A second-opinion rule: it may only escalate, and never judges a derived subject. */
    final boolean escalateOnly;

    Prepared(RuleInfo info, Class<S> subjectType, RuleSettings settings, Check<S> check, boolean escalateOnly) {
        this.info = info;
        this.subjectType = subjectType;
        this.settings = settings;
        this.check = check;
        this.escalateOnly = escalateOnly;
    }

    void run(Object subject, RuleContext context) {
        check.check(subjectType.cast(subject), context);
    }
}
