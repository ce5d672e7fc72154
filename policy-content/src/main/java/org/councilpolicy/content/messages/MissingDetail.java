package org.councilpolicy.content.messages;

/** What a request lacks for FOIA s.8 / FOISA s.8 (a real name, an address for correspondence). */
public enum MissingDetail {
    /** The requester's real name: a handle or a nickname is not one. */
    NAME,
    /** An address for correspondence: an email or postal address; a social media handle alone is not one. */
    ADDRESS
}
