package org.councilpolicy.content.messages;

/** Where a message was received: in public (a reply or comment) or privately (a direct message). */
public enum Channel {
    /** A public post, reply or comment that anyone can read. */
    PUBLIC,
    /** A private or direct message. */
    PRIVATE
}
