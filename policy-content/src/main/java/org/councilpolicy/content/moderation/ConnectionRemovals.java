package org.councilpolicy.content.moderation;

import java.util.List;
import java.util.Objects;
import org.councilpolicy.core.profile.Profile;

/**
 * SC-10, PN-4: a connection is removed only for an over-riding reason (a risk to reputation and credibility, or a
 * breach of political neutrality), each case on its merits, so the reason must be described and evidenced.
 */
public final class ConnectionRemovals {

    private ConnectionRemovals() {
    }

    /**
     * Assesses a removal request under a profile.
     *
     * @param profile the council profile
     * @param request the request
     * @return justified or not, with the clause and the reason
     */
    public static ConnectionRemovalDecision assess(Profile profile, ConnectionRemovalRequest request) {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(request, "request");
        boolean supported = !request.details().isBlank() && !request.evidence().isEmpty();
        return switch (request.reason()) {
            case REPUTATION_RISK -> supported
                    ? new ConnectionRemovalDecision(true, List.of("SC-10"), "A risk to the council's reputation and "
                            + "credibility is an over-riding reason; record the evidence with the decision.")
                    : unsupported("SC-10");
            case POLITICAL_NEUTRALITY_BREACH -> supported
                    ? new ConnectionRemovalDecision(true, List.of("SC-10", "PN-4"), "A breach of the council's "
                            + "obligation to maintain political neutrality is an over-riding reason; record the evidence.")
                    : unsupported("PN-4");
            case DISAGREES_WITH_US, CRITICISM -> new ConnectionRemovalDecision(false, List.of("SC-10"),
                    "Disagreement and criticism are not over-riding reasons: a connection is not an endorsement, and "
                            + profile.council() + " keeps it.");
            case OTHER -> new ConnectionRemovalDecision(false, List.of("SC-10"), "Only an over-riding reason, such as "
                    + "a risk to reputation and credibility or a breach of political neutrality, justifies removal; "
                    + "if this case is one, restate it as such with evidence for the profile manager to consider on "
                    + "its merits.");
        };
    }

    private static ConnectionRemovalDecision unsupported(String clause) {
        return new ConnectionRemovalDecision(false, List.of(clause), "Each case is considered on its merits: describe "
                + "what the connection did and attach the evidence before removing it.");
    }
}
