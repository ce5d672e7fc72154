package org.councilpolicy.content.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.councilpolicy.content.draft.Platform;
import org.councilpolicy.core.engine.RuleRegistry;
import org.councilpolicy.core.profile.Profile;
import org.junit.jupiter.api.Test;

class ModeratorTest {

    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    private static final Profile PROFILE = RuleRegistry.discover().profileLoader().builtIn("uk-council");
    private static final Moderator MODERATOR = Moderator.of(PROFILE, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void swearingIsDeletedAndMayBeRepostedWithoutIt() {
        ModerationDecision d = MODERATOR.decide(Comment.of("The bins on Oak Road were missed again, f**king useless"));
        assertThat(d.decision()).isEqualTo(Decision.DELETE);
        assertThat(d.grounds()).containsExactly(Ground.PROFANITY);
        assertThat(d.repostAllowed()).isTrue();
        assertThat(d.explanation()).contains("swearing").contains("post your comment again without the swearing");
        assertThat(d.retainEvidence()).isTrue();
        assertThat(d.clauses()).contains("MD-2", "MD-3", "MD-5", "MD-6");
        assertThat(d.findings()).filteredOn(f -> f.excerpt() != null).allSatisfy(f -> assertThat(f.excerpt()).doesNotContain("fuck"));
    }

    @Test
    void hateIsReportedAndNotRepostable() {
        ModerationDecision d = MODERATOR.decide(Comment.of("Immigrants are vermin and should be deported"));
        assertThat(d.decision()).isEqualTo(Decision.DELETE);
        assertThat(d.grounds()).contains(Ground.HATE);
        assertThat(d.reportTo()).containsExactly(ReportTo.HATE_CRIME_SERVICE);
        assertThat(d.repostAllowed()).isFalse();
        assertThat(d.clauses()).contains("MD-4");
    }

    @Test
    void proposedDeletionOfCriticismIsRefused() {
        ModerationDecision d = MODERATOR.decide(Comment.of("The council is useless and this decision is idiotic")
                .withProposed(ProposedAction.DELETE));
        assertThat(d.decision()).isEqualTo(Decision.KEEP);
        assertThat(d.proposalRefused()).isTrue();
        assertThat(d.refusal()).get().satisfies(r -> {
            assertThat(r.reason()).startsWith("Deletion refused: criticism is not a ground (MD-1)");
            assertThat(r.clauses()).contains("MD-1");
        });
        assertThat(d.retainEvidence()).isFalse();
        assertThat(d.evidence()).isEmpty();
        assertThat(d.replySuggestion()).isPresent();
    }

    @Test
    void hidingNeedsAGroundToo() {
        ModerationDecision d = MODERATOR.decide(Comment.of("When is the tip open?").withProposed(ProposedAction.HIDE));
        assertThat(d.proposalRefused()).isTrue();
        assertThat(d.explanation()).contains("no stated ground applies (MD-3)");
    }

    @Test
    void misinformationIsKeptWithAReplySuggestion() {
        ModerationDecision d = MODERATOR.decide(Comment.of("Apparently the council is secretly selling the park"));
        assertThat(d.decision()).isEqualTo(Decision.KEEP);
        assertThat(d.replySuggestion()).get().asString().contains("MD-9");
    }

    @Test
    void defamationNeedsReview() {
        ModerationDecision d = MODERATOR.decide(Comment.of("Cllr Smith took bribes from the developer"));
        assertThat(d.decision()).isEqualTo(Decision.REVIEW);
        assertThat(d.grounds()).containsExactly(Ground.DEFAMATION);
        assertThat(d.retainEvidence()).isTrue();
    }

    @Test
    void namingSomeoneInAnIncidentIsDeletedButNotTheirNameInTheReport() {
        ModerationDecision d = MODERATOR.decide(
                Comment.of("It was John Smith from Elm Road who crashed into the bus stop"));
        assertThat(d.decision()).isEqualTo(Decision.DELETE);
        assertThat(d.grounds()).containsExactly(Ground.NAMES_PUBLIC_IN_INCIDENT);
        assertThat(d.findings()).filteredOn(f -> f.excerpt() != null).allSatisfy(f -> assertThat(f.excerpt()).doesNotContain("John Smith"));
    }

    @Test
    void personalDataIsDeleted() {
        ModerationDecision d = MODERATOR.decide(Comment.of("His mobile is 07700 900123, ring him and complain"));
        assertThat(d.decision()).isEqualTo(Decision.DELETE);
        assertThat(d.grounds()).containsExactly(Ground.PERSONAL_DATA);
        assertThat(d.findings()).filteredOn(f -> f.excerpt() != null).allSatisfy(f -> assertThat(f.excerpt()).doesNotContain("900123"));
    }

    /** Round 10 (issue 12): the poster's own number is deleted too, with a private route offered; their street reviewed. */
    @Test
    void ownNumberIsDeletedWithAPrivateRouteOwnStreetReviewed() {
        ModerationDecision d = MODERATOR.decide(Comment.of("Please call me on 07700 900123 about my missed bin"));
        assertThat(d.decision()).isEqualTo(Decision.DELETE);
        assertThat(d.findings()).anySatisfy(f -> assertThat(f.suggestion()).contains("privately"));
        assertThat(MODERATOR.decide(Comment.of("I live at 3 Park View and nobody has emptied my bin")).decision())
                .isEqualTo(Decision.REVIEW);
    }

    @Test
    void evidenceHoldsADigestNotTheText() {
        String text = "You absolute f*cking idiot";
        ModerationDecision d = MODERATOR.decide(Comment.of(text).withPlatform(Platform.FACEBOOK));
        assertThat(d.grounds()).containsExactly(Ground.PROFANITY, Ground.ABUSE);
        EvidenceRecord e = d.evidence().orElseThrow();
        assertThat(e.recordedAt()).isEqualTo(NOW);
        assertThat(e.textSha256()).isEqualTo(Moderator.sha256(text)).hasSize(64);
        assertThat(e.profileName()).isEqualTo("uk-council");
        assertThat(e.ruleIds()).contains("moderation.profanity", "moderation.abuse");
        assertThat(e.toString()).doesNotContain("idiot").doesNotContain("f*cking");
        assertThat(d.repostAllowed()).isFalse();
    }

    @Test
    void mildSwearingCountsOnlyWhenTheProfileSaysSo() {
        assertThat(MODERATOR.decide(Comment.of("Bloody potholes again")).decision()).isEqualTo(Decision.KEEP);
    }

    @Test
    void commentToStringHidesText() {
        assertThat(Comment.of("call John on 07700 900123").toString()).doesNotContain("John").doesNotContain("07700");
    }
}
