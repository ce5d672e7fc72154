package org.councilpolicy.content.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.councilpolicy.core.engine.RuleRegistry;
import org.councilpolicy.core.profile.Profile;
import org.junit.jupiter.api.Test;

class ConnectionRemovalsTest {

    private static final Profile PROFILE = RuleRegistry.discover().profileLoader().builtIn("scottish-borders");

    @Test
    void criticismAndDisagreementNeverJustifyRemoval() {
        for (RemovalReason r : List.of(RemovalReason.CRITICISM, RemovalReason.DISAGREES_WITH_US)) {
            ConnectionRemovalDecision d = ConnectionRemovals.assess(PROFILE,
                    new ConnectionRemovalRequest(r, "They post against our budget", List.of("https://example.org/1")));
            assertThat(d.justified()).isFalse();
            assertThat(d.clauses()).containsExactly("SC-10");
        }
    }

    @Test
    void neutralityBreachWithEvidenceIsJustified() {
        ConnectionRemovalDecision d = ConnectionRemovals.assess(PROFILE, new ConnectionRemovalRequest(
                RemovalReason.POLITICAL_NEUTRALITY_BREACH, "Account now campaigns for a party during the election",
                List.of("screenshot-17")));
        assertThat(d.justified()).isTrue();
        assertThat(d.clauses()).contains("PN-4", "SC-10");
    }

    @Test
    void overridingReasonWithoutEvidenceIsNotYetJustified() {
        ConnectionRemovalDecision d = ConnectionRemovals.assess(PROFILE,
                new ConnectionRemovalRequest(RemovalReason.REPUTATION_RISK, "", List.of()));
        assertThat(d.justified()).isFalse();
        assertThat(d.reason()).contains("evidence");
    }
}
