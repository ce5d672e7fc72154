package org.councilpolicy.examples.service;

import java.time.Duration;
import java.util.Objects;

/**
 * What one request may ask of the service. Every limit has its own clear 4xx answer: a body over
 * {@code maxBodyBytes} gets 413, more than {@code maxItems} JSON Lines items 413, a string field longer than
 * {@code maxTextChars} 413 (one object) or an error line (JSON Lines), and a body still arriving after
 * {@code requestTimeout} 408; JSON Lines items not started within {@code requestTimeout} get error lines.
 *
 * @param maxBodyBytes   largest request body, in bytes
 * @param maxTextChars   longest string in an item (a draft's text, a bio, a sender's name), in UTF-16 units
 * @param maxItems       most items in one JSON Lines request
 * @param requestTimeout longest time a request may take, from its handling starting to its last item starting
 */
public record ServiceLimits(long maxBodyBytes, int maxTextChars, int maxItems, Duration requestTimeout) {

    /** 1 MiB: a thousand long drafts. */
    public static final long DEFAULT_MAX_BODY_BYTES = 1L << 20;
    /** 20,000 characters: far beyond any platform's post (X 280, LinkedIn 3,000) but bounded. */
    public static final int DEFAULT_MAX_TEXT_CHARS = 20_000;
    /** 1,000 items per JSON Lines request; larger batches belong to the command line. */
    public static final int DEFAULT_MAX_ITEMS = 1_000;
    /** 30 seconds. */
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(30);

    /**
     * Validates the limits, naming the one that is wrong.
     *
     * @param maxBodyBytes   largest request body, in bytes
     * @param maxTextChars   longest string in an item
     * @param maxItems       most items in one JSON Lines request
     * @param requestTimeout longest time a request may take
     */
    public ServiceLimits {
        Objects.requireNonNull(requestTimeout, "requestTimeout");
        if (maxBodyBytes < 1) {
            throw new IllegalArgumentException("--max-body-bytes must be at least 1, got " + maxBodyBytes);
        }
        if (maxTextChars < 1) {
            throw new IllegalArgumentException("--max-text-chars must be at least 1, got " + maxTextChars);
        }
        if (maxItems < 1) {
            throw new IllegalArgumentException("--max-items must be at least 1, got " + maxItems);
        }
        if (requestTimeout.isNegative() || requestTimeout.isZero()) {
            throw new IllegalArgumentException("--request-timeout must be positive, got " + requestTimeout);
        }
    }

    /** {@return the defaults: 1 MiB, 20,000 characters, 1,000 items, 30 seconds} */
    public static ServiceLimits defaults() {
        return new ServiceLimits(DEFAULT_MAX_BODY_BYTES, DEFAULT_MAX_TEXT_CHARS, DEFAULT_MAX_ITEMS,
                DEFAULT_REQUEST_TIMEOUT);
    }
}
