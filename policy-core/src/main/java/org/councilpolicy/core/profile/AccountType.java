package org.councilpolicy.core.profile;

/** The kind of account a draft is posted from; the rules differ between them, as the policies do. */
public enum AccountType {
    /** The council's own corporate account. */
    CORPORATE,
    /** A service's official account (libraries, waste, fire…). */
    SERVICE,
    /** An elected member's own account. */
    COUNCILLOR,
    /** An officer's personal account. */
    OFFICER_PERSONAL,
    /** An officer's professional account, named after the role. */
    PROFESSIONAL;

    /** {@return whether the account speaks for the council, so political neutrality applies} */
    public boolean isOfficial() {
        return this == CORPORATE || this == SERVICE || this == PROFESSIONAL;
    }
}
