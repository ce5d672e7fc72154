package org.councilpolicy.core.calendar;

/**
 * A part of the United Kingdom with its own list of bank holidays.
 */
public enum UkRegion {
    /** England and Wales (one list). */
    ENGLAND_AND_WALES("england-and-wales", "eng"),
    /** Scotland. */
    SCOTLAND("scotland", "sct"),
    /** Northern Ireland. */
    NORTHERN_IRELAND("northern-ireland", "nir"),
    /**
     * The union of the three regions' bank holidays: a day that is a bank holiday in any part of the UK
     * (the FOIA s.10(6) and EIR definition of a non-working day).
     */
    ANY_PART_OF_UK("any-part-of-uk", null);

    private final String key;
    private final String jollydayCode;

    UkRegion(String key, String jollydayCode) {
        this.key = key;
        this.jollydayCode = jollydayCode;
    }

    /**
     * The region's key as used by gov.uk's bank holiday data and the bundled overrides file,
     * e.g. {@code "england-and-wales"}.
     *
     * @return the key, never null
     */
    public String key() {
        return key;
    }

    /** Jollyday sub-configuration code, or null for the union. */
    String jollydayCode() {
        return jollydayCode;
    }
}
