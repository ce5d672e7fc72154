package org.councilpolicy.media.metadata;

import java.io.IOException;

/** The file is not an image the scanner or stripper can read, or its data is damaged. */
public class UnreadableImageException extends IOException {
    private static final long serialVersionUID = 1L;

    /** With a message saying what is wrong. */
    public UnreadableImageException(String message) {
        super(message);
    }

    /** With a message and the underlying cause. */
    public UnreadableImageException(String message, Throwable cause) {
        super(message, cause);
    }
}
