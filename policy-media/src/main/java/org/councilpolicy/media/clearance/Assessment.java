package org.councilpolicy.media.clearance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The working state of one clearance: the date, the profile's settings and the actions found so far. */
final class Assessment {

    private final LocalDate today;
    private final PhotoSettings settings;
    private final List<ClearanceAction> actions = new ArrayList<>();

    Assessment(LocalDate today, PhotoSettings settings) {
        this.today = today;
        this.settings = settings;
    }

    LocalDate today() {
        return today;
    }

    PhotoSettings settings() {
        return settings;
    }

    void add(ActionCode code, ClearanceOutcome outcome, String message, String... clauses) {
        actions.add(new ClearanceAction(code, List.of(clauses), message, outcome));
    }

    List<ClearanceAction> actions() {
        return actions;
    }
}
