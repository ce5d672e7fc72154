package org.councilpolicy.core.profile;

import org.councilpolicy.core.calendar.UkRegion;

/** The nation whose law and bank holidays a council works under. */
public enum Jurisdiction {
    /** England: England and Wales bank holidays. */
    ENGLAND(UkRegion.ENGLAND_AND_WALES),
    /** Wales: England and Wales bank holidays. */
    WALES(UkRegion.ENGLAND_AND_WALES),
    /** Scotland: FOISA rather than FOIA, Scottish bank holidays. */
    SCOTLAND(UkRegion.SCOTLAND),
    /** Northern Ireland: Northern Ireland bank holidays. */
    NORTHERN_IRELAND(UkRegion.NORTHERN_IRELAND);

    private final UkRegion region;

    Jurisdiction(UkRegion region) {
        this.region = region;
    }

    /** {@return the bank-holiday region of this jurisdiction} */
    public UkRegion region() {
        return region;
    }

    /** {@return whether freedom of information here falls under FOISA rather than FOIA} */
    public boolean isScotland() {
        return this == SCOTLAND;
    }
}
