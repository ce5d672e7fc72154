package org.councilpolicy.content.draft;

/**
 * A council committee an author sits on. Quasi-judicial committees decide individual applications on their
 * merits, so their members must not appear to have made up their minds beforehand (PN-9).
 */
public enum Committee {
    /** Planning (development management): decides planning applications. */
    PLANNING(true),
    /** Licensing: decides premises, alcohol, taxi and other licences. */
    LICENSING(true),
    /** A regulatory committee or panel (for example rights of way, or licensing and regulation combined). */
    REGULATORY(true),
    /** Appeals or hearings panels (for example staff or school admission appeals). */
    APPEALS(true),
    /** Standards: hears complaints about members' conduct. */
    STANDARDS(true),
    /** Scrutiny or overview: reviews decisions; not quasi-judicial. */
    SCRUTINY(false),
    /** The cabinet or executive: makes policy; not quasi-judicial. */
    CABINET(false);

    private final boolean quasiJudicial;

    Committee(boolean quasiJudicial) {
        this.quasiJudicial = quasiJudicial;
    }

    /**
     * Whether members of this committee decide individual cases on their merits.
     *
     * @return whether it is quasi-judicial
     */
    public boolean quasiJudicial() {
        return quasiJudicial;
    }
}
