package org.councilpolicy.content.offence;

/** The protected characteristics of the Equality Act 2010, s.4. */
public enum ProtectedCharacteristic {
    /** Age. */
    AGE,
    /** Disability. */
    DISABILITY,
    /** Gender reassignment. */
    GENDER_REASSIGNMENT,
    /** Marriage and civil partnership. */
    MARRIAGE_AND_CIVIL_PARTNERSHIP,
    /** Pregnancy and maternity. */
    PREGNANCY_AND_MATERNITY,
    /** Race, including colour, nationality and ethnic or national origins. */
    RACE,
    /** Religion or belief. */
    RELIGION_OR_BELIEF,
    /** Sex. */
    SEX,
    /** Sexual orientation. */
    SEXUAL_ORIENTATION
}
