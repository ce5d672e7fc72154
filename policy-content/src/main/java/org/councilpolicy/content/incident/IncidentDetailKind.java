package org.councilpolicy.content.incident;

import org.councilpolicy.core.rule.FindingKind;

/** The items of SFRS 2.5 (clause FR-1): incident details not discussed on open social media. */
public enum IncidentDetailKind implements FindingKind {
    /** How many firefighters ride on each appliance ("crewed by four", "three riders"). */
    CREW_NUMBERS,
    /** Crews or appliances off the run: unavailable for calls, not crewed. */
    CREWS_OFF_THE_RUN,
    /** A casualty's age, sex, injuries or condition. */
    CASUALTY_DETAILS,
    /** That someone died, and how. */
    FATALITY_DETAILS,
    /** Protectively marked (OFFICIAL-SENSITIVE) or otherwise not-for-release material. */
    OFFICIAL_SENSITIVE,
    /** An incident tied to a named person, a house number and street, a flat number or a full postcode. */
    LINKED_TO_INDIVIDUAL_OR_LOCATION,
    /** Anything about the Inter-agency Liaison Officer (ILO) role or its deployment. */
    ILO_INFORMATION,
    /** Cover moves, crewing levels, mobilising or radio systems, terrorism response and similar. */
    SENSITIVE_OPERATIONAL
}
