package org.councilpolicy.core.rule;

/** The {@code kind} of a {@link Category#PERSONAL_DATA} finding, as the command-line contract names them. */
public enum PersonalDataKind {
    EMAIL,
    PHONE,
    POSTCODE,
    STREET_ADDRESS,
    PERSON_NAME,
    CHILD,
    NI_NUMBER,
    NHS_NUMBER,
    PAYMENT_CARD,
    BANK_ACCOUNT,
    IBAN,
    DATE_OF_BIRTH,
    VEHICLE_REG,
    PASSPORT,
    DRIVING_LICENCE,
    /** A public reply asking someone to post their details publicly. */
    REQUEST_FOR_DETAILS,
    /** Asking for bank or card details, publicly or privately. */
    FINANCIAL_REQUEST
}
