package org.councilpolicy.core.profile;

import java.util.Map;
import java.util.Objects;
import org.councilpolicy.core.rule.Severity;

/**
 * What a profile says about one rule. Changing a rule's default needs a written justification.
 *
 * @param enabled       {@code null} to leave as is
 * @param severity      {@code null} to leave as is
 * @param justification why the council departs from the default
 * @param options       option values, checked against the rule's declared options
 */
public record RuleOverride(Boolean enabled, Severity severity, String justification, Map<String, Object> options) {
    /**
     * Validates the components.
     *
     * @param enabled {@code null} to leave as is
     * @param severity {@code null} to leave as is
     * @param justification why the council departs from the default
     * @param options option values, checked against the rule's declared options
     */
    public RuleOverride {
        options = Map.copyOf(Objects.requireNonNull(options, "options"));
    }
}
