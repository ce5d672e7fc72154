package org.councilpolicy.content.offence;

import org.councilpolicy.core.rule.FindingKind;

/** What kind of offence a passage is. */
public enum OffenceKind implements FindingKind {
    /** Swearing or obscenity (graded by {@link Strength}). */
    PROFANITY,
    /** A slur against a group with a protected characteristic, used without hateful intent shown (e.g. reclaimed). */
    SLUR,
    /** A slur quoted or reported in counter-speech ("someone shouted ... at my son"): recorded, never a ground. */
    QUOTED_SLUR,
    /** Hate against a group with a protected characteristic (Equality Act 2010): slurs aimed at it, derogatory,
     * dehumanising or harmful statements, threats to the group. */
    HATE,
    /** A threat of violence or damage to a person or their property. */
    THREAT,
    /** Intimidation of a person ("I know where you live", "watch your back"). */
    HARASSMENT,
    /** An insult aimed at a person ("you are a useless idiot"), as opposed to criticism of a decision. */
    ABUSE,
    /** An allegation of crime or dishonesty against a named or identifiable person (a signal, not a finding of
     * fact: a person must review it). */
    DEFAMATION
}
