package org.councilpolicy.content.personaldata;

import java.util.Objects;

/**
 * Whose an identifier is and the evidence a reviewer would accept for it ("a non-geographic 03 number",
 * "a public-sector domain (.gov.uk)", "named with a public building (town hall)").
 *
 * @param owner    who the identifier belongs to
 * @param evidence why, in plain words
 * @param doubt    why a reported identifier may still be an organisation's (review it), or {@code null}
 */
record Attribution(Owner owner, String evidence, String doubt) {

    /** Validates the parts. */
    Attribution {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(evidence, "evidence");
    }

    static Attribution of(Owner owner, String evidence) {
        return new Attribution(owner, evidence, null);
    }

    /** An unknown owner with a reason to doubt it is a person's: the finding goes to review. */
    static Attribution doubtful(String evidence, String doubt) {
        return new Attribution(Owner.UNKNOWN, evidence, Objects.requireNonNull(doubt, "doubt"));
    }

    /** Whether the identifier is reported as personal data: not the council's or another organisation's. */
    boolean personal() {
        return owner == Owner.PUBLIC || owner == Owner.UNKNOWN;
    }

    /** The line a reviewer reads: "not reported: an organisation's (a non-geographic 03 number)". */
    String note() {
        String who = switch (owner) {
            case PUBLIC -> "reported: a member of the public's";
            case UNKNOWN -> "reported: owner unknown";
            case COUNCIL -> "not reported: the council's own";
            case ORGANISATION -> "not reported: an organisation's";
        };
        return who + " (" + evidence + ")";
    }
}
