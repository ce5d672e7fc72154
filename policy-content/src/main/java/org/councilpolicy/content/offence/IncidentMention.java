package org.councilpolicy.content.offence;

import java.util.Objects;
import org.councilpolicy.core.rule.Span;

/**
 * A person's name in the same sentence as an incident ("It was John Smith from Elm Road who crashed into the bus
 * stop"). Holds only offsets and the incident word, never the name itself.
 *
 * @param name     where the name is, in the original text
 * @param incident the incident word that links the name to an incident (e.g. "crashed")
 */
public record IncidentMention(Span name, String incident) {

    /**
     * Validates that nothing is null.
     *
     * @param name     where the name is, in the original text
     * @param incident the incident word that links the name to an incident
     */
    public IncidentMention {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(incident, "incident");
    }
}
