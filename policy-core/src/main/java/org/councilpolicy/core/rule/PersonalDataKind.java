package org.councilpolicy.core.rule;

/** The {@code kind} of a {@link Category#PERSONAL_DATA} finding, as the command-line contract names them. */
public enum PersonalDataKind {
    /** An e-mail address. */
    EMAIL,
    /** A phone number. */
    PHONE,
    /** A full postcode. */
    POSTCODE,
    /** A house number and street. */
    STREET_ADDRESS,
    /** A person's name. */
    PERSON_NAME,
    /** A child, identifiable by name, age or school. */
    CHILD,
    /** A National Insurance number. */
    NI_NUMBER,
    /** An NHS number. */
    NHS_NUMBER,
    /** A payment card number. */
    PAYMENT_CARD,
    /** A sort code and account number. */
    BANK_ACCOUNT,
    /** An IBAN. */
    IBAN,
    /** A date of birth. */
    DATE_OF_BIRTH,
    /** A vehicle registration. */
    VEHICLE_REG,
    /** A passport number. */
    PASSPORT,
    /** A driving licence number. */
    DRIVING_LICENCE,
    /** A public reply asking someone to post their details publicly. */
    REQUEST_FOR_DETAILS,
    /** Asking for bank or card details, publicly or privately. */
    FINANCIAL_REQUEST
}
