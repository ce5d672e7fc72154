package org.councilpolicy.media.metadata;

import java.io.IOException;

/** The file is not an image the scanner or stripper can read, or its data is damaged. */
public class UnreadableImageException extends IOException {
    private static final long serialVersionUID = 1L;

    /**
     * With a message saying what is wrong.
     *
     * @param message what is wrong with the file (never its metadata values)
     */
    public UnreadableImageException(String message) {
        super(message);
    }

    /**
     * With a message and the underlying cause.
     *
     * @param message what is wrong with the file (never its metadata values)
     * @param cause   the reader's exception
     */
    public UnreadableImageException(String message, Throwable cause) {
        super(message, cause);
    }
}
