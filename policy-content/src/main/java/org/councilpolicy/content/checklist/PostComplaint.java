package org.councilpolicy.content.checklist;

import java.time.Duration;
import java.util.Objects;

/**
 * A complaint about one of the service's posts (SFRS 6.3). Holds no complainant details.
 *
 * @param sinceReceived          how long ago the complaint was received (not negative)
 * @param response               what has been done so far
 * @param publicExchangeMessages messages in the public conversation since the complaint, both sides, including
 *                               the complaint's reply and the complainant's thanks (0 or more)
 * @param movedToDirectMessages  the other party has been asked to DM us
 */
public record PostComplaint(Duration sinceReceived, ComplaintResponse response, int publicExchangeMessages,
                            boolean movedToDirectMessages) {

    /**
     * Checks the parts.
     *
     * @param sinceReceived          how long ago it was received
     * @param response               what has been done
     * @param publicExchangeMessages messages in the public conversation
     * @param movedToDirectMessages  whether they were asked to DM us
     * @throws IllegalArgumentException when the time or the count is negative
     */
    public PostComplaint {
        Objects.requireNonNull(sinceReceived, "sinceReceived");
        Objects.requireNonNull(response, "response");
        if (sinceReceived.isNegative()) {
            throw new IllegalArgumentException("sinceReceived: must not be negative");
        }
        if (publicExchangeMessages < 0) {
            throw new IllegalArgumentException("publicExchangeMessages: must not be negative");
        }
    }
}
