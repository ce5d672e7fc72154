package org.councilpolicy.content.offence;

/** How offensive a word is, in the four bands of Ofcom's 2021 research on offensive language. */
public enum Strength {
    /** Mild ("bloody", "crap"): counted only when the profile's {@code moderation.mildProfanity} is on. */
    MILD,
    /** Medium ("shit", "bollocks", "arse"). */
    MEDIUM,
    /** Strong ("twat", "wanker", "bellend"). */
    STRONG,
    /** Strongest ("fuck", "cunt", racist slurs). */
    STRONGEST
}
