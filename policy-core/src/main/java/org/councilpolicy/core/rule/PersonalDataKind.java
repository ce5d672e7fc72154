package org.councilpolicy.core.rule;

/** The {@code kind} of a {@link Category#PERSONAL_DATA} finding, as the command-line contract names them. */
public enum PersonalDataKind implements FindingKind {
    /** An e-mail address. */
    EMAIL(true),
    /** A phone number. */
    PHONE(true),
    /** A full postcode. */
    POSTCODE(false),
    /** A house number and street. */
    STREET_ADDRESS(true),
    /** A person's name. */
    PERSON_NAME(false),
    /** A child, identifiable by name, age or school. */
    CHILD(false),
    /** A National Insurance number. */
    NI_NUMBER(true),
    /** An NHS number. */
    NHS_NUMBER(true),
    /** A payment card number. */
    PAYMENT_CARD(true),
    /** A sort code and account number. */
    BANK_ACCOUNT(true),
    /** An IBAN. */
    IBAN(true),
    /** A date of birth. */
    DATE_OF_BIRTH(true),
    /** A vehicle registration. */
    VEHICLE_REG(false),
    /** A passport number. */
    PASSPORT(true),
    /** A driving licence number. */
    DRIVING_LICENCE(true),
    /** A public reply asking someone to post their details publicly. */
    REQUEST_FOR_DETAILS(false),
    /** Asking for bank or card details, publicly or privately. */
    FINANCIAL_REQUEST(false);

    private final boolean identifiesOrLocates;

    PersonalDataKind(boolean identifiesOrLocates) {
        this.identifiesOrLocates = identifiesOrLocates;
    }

    /**
     * Whether the data on its own identifies, contacts or locates a person (an e-mail address, a phone number, a
     * street address, an NI number…), as opposed to a name alone, a child, a postcode area or a request: the kinds
     * that are a ground for deleting a third-party comment.
     *
     * @return whether it identifies or locates a person
     */
    public boolean identifiesOrLocates() {
        return identifiesOrLocates;
    }
}
