package org.councilpolicy.content.neutrality;

import org.councilpolicy.core.rule.FindingKind;

/** The kinds of finding the political neutrality rules report. */
public enum NeutralityKind implements FindingKind {
    /** {@code AFFIRMATION}. */
    AFFIRMATION,
    /** {@code CAMPAIGNING}. */
    CAMPAIGNING,
    /** {@code POLITICAL_SHARE}. */
    POLITICAL_SHARE,
    /** {@code COUNCILLOR_SHARE}. */
    COUNCILLOR_SHARE,
    /** {@code DEBATE}. */
    DEBATE,
    /** {@code PARTISAN_COMMENT}. */
    PARTISAN_COMMENT,
    /** {@code PARTY_NAMED}. */
    PARTY_NAMED,
    /** {@code POLITICAL_OPINION}. */
    POLITICAL_OPINION,
    /** {@code FEATURES_COUNCILLOR}. */
    FEATURES_COUNCILLOR,
    /** {@code CONTROVERSIAL}. */
    CONTROVERSIAL,
    /** {@code PREDETERMINATION}. */
    PREDETERMINATION,
    /** {@code VIEWS_AS_COUNCIL}. */
    VIEWS_AS_COUNCIL
}
