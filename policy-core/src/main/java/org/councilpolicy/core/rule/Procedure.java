package org.councilpolicy.core.rule;

/**
 * A decision procedure that enforces clauses without being a {@link Rule} run by the engine: message
 * classification, deadline arithmetic, a photo clearance checklist, a moderation decision.
 *
 * <p>Listed in {@code META-INF/services/org.councilpolicy.core.rule.Procedure} so that the rule
 * catalogue and the traceability test see which clauses it covers.
 */
public interface Procedure {

    /** {@return what it decides and which clauses it enforces} */
    RuleInfo info();
}
