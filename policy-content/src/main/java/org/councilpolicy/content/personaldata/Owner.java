package org.councilpolicy.content.personaldata;

/**
 * Whose an identifier is (PD-1): only a member of the public's data, or data of unknown owner in a personal
 * context, is personal data; the council's and other organisations' contact points are not.
 */
enum Owner {
    /** A member of the public. */
    PUBLIC("a member of the public"),
    /** The council itself (the profile's own contacts). */
    COUNCIL("the council"),
    /** Another organisation: a public body, business, charity, or a school as an institution. */
    ORGANISATION("an organisation"),
    /** No evidence either way. */
    UNKNOWN("unknown");

    private final String description;

    Owner(String description) {
        this.description = description;
    }

    /** In words, for messages. */
    String description() {
        return description;
    }
}
