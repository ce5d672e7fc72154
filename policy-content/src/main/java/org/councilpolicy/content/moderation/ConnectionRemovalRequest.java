package org.councilpolicy.content.moderation;

import java.util.List;
import java.util.Objects;

/**
 * A request to remove a connection (unfollow, unfriend, remove from a network).
 *
 * @param reason   the stated reason
 * @param details  what the connection did, in the requester's words
 * @param evidence references to the evidence (links, screenshot ids)
 */
public record ConnectionRemovalRequest(RemovalReason reason, String details, List<String> evidence) {

    /**
     * Validates that nothing is null and copies the evidence list.
     *
     * @param reason   the stated reason
     * @param details  what the connection did, in the requester's words
     * @param evidence references to the evidence (links, screenshot ids); may be empty
     */
    public ConnectionRemovalRequest {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(details, "details");
        evidence = List.copyOf(Objects.requireNonNull(evidence, "evidence"));
    }
}
