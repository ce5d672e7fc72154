package org.councilpolicy.core.profile;

import org.councilpolicy.core.calendar.UkRegion;

/** The nation whose law and bank holidays a council works under. */
public enum Jurisdiction {
    ENGLAND(UkRegion.ENGLAND_AND_WALES),
    WALES(UkRegion.ENGLAND_AND_WALES),
    SCOTLAND(UkRegion.SCOTLAND),
    NORTHERN_IRELAND(UkRegion.NORTHERN_IRELAND);

    private final UkRegion region;

    Jurisdiction(UkRegion region) {
        this.region = region;
    }

    /** The bank-holiday region of this jurisdiction. */
    public UkRegion region() {
        return region;
    }

    /** Whether freedom of information here falls under FOISA rather than FOIA. */
    public boolean isScotland() {
        return this == SCOTLAND;
    }
}
