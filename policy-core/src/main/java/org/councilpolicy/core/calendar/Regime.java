package org.councilpolicy.core.calendar;

/** The statutory regime a request falls under, which fixes how its response deadline is counted. */
public enum Regime {
    /** Freedom of Information Act 2000: 20 working days, bank holidays anywhere in the UK excluded (s.10(6)). */
    FOIA,
    /** Freedom of Information (Scotland) Act 2002: 20 working days, Scottish bank holidays excluded (s.73). */
    FOISA,
    /** Environmental Information Regulations 2004: 20 working days, extendable to 40 (reg 7). */
    EIR,
    /** UK GDPR subject access request: one calendar month, extendable by two further months (Art. 12(3)). */
    UK_GDPR
}
