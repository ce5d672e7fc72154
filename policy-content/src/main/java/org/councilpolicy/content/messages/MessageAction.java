package org.councilpolicy.content.messages;

/** What the person handling a message should do next. */
public enum MessageAction {
    /** Forward the message at once to the information team (IN-3): the statutory clock is running. */
    FORWARD_TO_INFORMATION_TEAM,
    /** Ask for an email address to send the response to (IN-4). */
    ASK_FOR_EMAIL,
    /** Ask for the requester's full name, which a valid FOI request needs (FOIA s.8(1)(b)). */
    ASK_FOR_NAME,
    /** Ask whether the person wants the question handled as an FOI request (IN-5). */
    ASK_IF_FOI,
    /** Check the requester's identity before releasing personal data (subject access). */
    VERIFY_IDENTITY,
    /**
     * Ask for the authority to act for the person a subject access request is about (their consent, a power of
     * attorney): the request is for another adult's records and shows none.
     */
    ASK_FOR_AUTHORITY,
    /** Continue a conversation about personal data in a private message, not in public. */
    REPLY_BY_PRIVATE_MESSAGE,
    /** Divert the complaint to the Customer Call Centre / complaints workflow (IN-6). */
    ROUTE_TO_COMPLAINTS,
    /** Do not answer on social media; ask the person to make an FOI request instead (IN-8). */
    SUGGEST_FOI_REQUEST,
    /** Answer as an everyday service enquiry (business as usual, not a statutory request). */
    ANSWER_AS_SERVICE_ENQUIRY
}
