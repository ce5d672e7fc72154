package org.councilpolicy.content.judgement;

import org.councilpolicy.core.rule.FindingKind;

/** The kinds of finding the composed judgement rules give (fire incidents use {@code IncidentDetailKind}). */
public enum JudgementKind implements FindingKind {
    /** A national campaign's slogan on an official account. */
    SLOGAN,
    /** An ideological label used as an insult on an official account. */
    IDEOLOGICAL_LABEL,
    /** Blame of a national politician, office or policy, or telling residents whom to blame. */
    POLITICAL_BLAME,
    /** Praise of a national politician, office or policy. */
    POLITICAL_PRAISE,
    /** A position on a culture-war topic stated as the council's. */
    CULTURE_WAR,
    /** A quasi-judicial committee member saying how a matter should be decided. */
    PREDETERMINATION,
    /** Belittling councillors, staff or the public. */
    DISRESPECT,
    /** Discriminatory wording: stereotypes, preferences in job adverts, language the council does not publish. */
    DISCRIMINATORY_WORDING,
    /** Sarcasm or mockery of what a resident, member or officer did. */
    MOCKERY,
    /** A dispute inside the council, or what is not for telling, made public. */
    INTERNAL_DISPUTE,
    /** A council account recommending a business or product. */
    COMMERCIAL_ENDORSEMENT,
    /** Comment on a defendant or a case while proceedings are live. */
    CASE_COMMENT
}
