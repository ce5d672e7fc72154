package org.councilpolicy.examples.service;

/** A request the service refuses: its HTTP status and a message safe to send back (never the request's text). */
class ApiException extends Exception {
    private static final long serialVersionUID = 1L;

    private final int status;

    ApiException(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    int status() {
        return status;
    }
}
