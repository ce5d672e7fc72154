package org.councilpolicy.content.testkit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.councilpolicy.content.testkit.ContentAssertions.assertThatClassification;
import static org.councilpolicy.content.testkit.ContentAssertions.assertThatModeration;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.councilpolicy.content.messages.Classification;
import org.councilpolicy.content.messages.Message;
import org.councilpolicy.content.messages.MessageAction;
import org.councilpolicy.content.messages.MessageClassifier;
import org.councilpolicy.content.messages.MissingDetail;
import org.councilpolicy.content.messages.RequestType;
import org.councilpolicy.content.moderation.Comment;
import org.councilpolicy.content.moderation.Ground;
import org.councilpolicy.content.moderation.ModerationDecision;
import org.councilpolicy.content.moderation.Moderator;
import org.councilpolicy.content.moderation.ProposedAction;
import org.councilpolicy.content.moderation.ReportTo;
import org.councilpolicy.core.engine.RuleRegistry;
import org.councilpolicy.core.profile.Profile;
import org.junit.jupiter.api.Test;

class ContentAssertionsTest {

    private static final Profile PROFILE = RuleRegistry.discover().profileLoader().builtIn("uk-council");
    private static final LocalDate MON_2_MAR_2026 = LocalDate.of(2026, 3, 2);
    private static final MessageClassifier CLASSIFIER = MessageClassifier.forProfile(PROFILE,
            Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC));
    private static final Moderator MODERATOR = Moderator.of(PROFILE,
            Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC));

    private static Classification classify(String text) {
        return CLASSIFIER.classify(Message.builder(text).receivedAt(MON_2_MAR_2026).build());
    }

    private static Classification classifyFrom(String text, String name, String email) {
        return CLASSIFIER.classify(Message.builder(text).receivedAt(MON_2_MAR_2026)
                .sender(name, null, email, null).build());
    }

    // ---- classifications -----------------------------------------------------------------------------

    @Test
    void anFoiRequestPassesItsAssertions() {
        assertThatClassification(classify("Can you tell me how much the council spent on the new signage last year?"))
                .isRequest().isType(RequestType.FOI).isNotValid()
                .isMissing(MissingDetail.ADDRESS, MissingDetail.NAME)
                .isNotComplaint()
                .isDue(LocalDate.of(2026, 3, 31))
                .hasAction(MessageAction.FORWARD_TO_INFORMATION_TEAM, MessageAction.ASK_FOR_NAME)
                .hasNoAction(MessageAction.ASK_IF_FOI)
                .hasShortAcknowledgementWithin280();
    }

    @Test
    void aRequestWithNameAndEmailIsValid() {
        assertThatClassification(classifyFrom("Please send me a copy of the contract with the leisure operator",
                "Jane Testperson", "jane.testperson@example.com"))
                .isRequest().isValid().isMissing();
    }

    @Test
    void aServiceQuestionIsNotARequest() {
        assertThatClassification(classify("What day are the green bins collected in Totnes?")).isNotARequest().isType(RequestType.NONE);
    }

    @Test
    void wrongTypeSaysWhatItWas() {
        Classification c = classify("Under FOI I want all the information you hold about me");
        assertThatThrownBy(() -> assertThatClassification(c).describedAs("m7").isType(RequestType.FOI))
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("[m7] Expected type FOI but was SAR.")
                .hasMessageContaining("regime UK_GDPR")
                .hasMessageContaining("actions [");
    }

    @Test
    void failuresOnRequestsAndAmbiguityAreWorded() {
        Classification none = classify("What day are the green bins collected in Totnes?");
        assertThatThrownBy(() -> assertThatClassification(none).isRequest())
                .hasMessageStartingWith("Expected a request for information but it is not a request.");
        assertThatThrownBy(() -> assertThatClassification(none).isAmbiguous())
                .hasMessageStartingWith("Expected an ambiguous message (ask the customer) but it is not a request.");
        assertThatThrownBy(() -> assertThatClassification(none).isDue(MON_2_MAR_2026))
                .hasMessageStartingWith("Expected due 2026-03-02 but there is no deadline.");
        assertThatThrownBy(() -> assertThatClassification(none).hasShortAcknowledgementWithin280())
                .hasMessageStartingWith("Expected an acknowledgement but there is none.");
        Classification foi = classify("Can you tell me how much the council spent on the new signage last year?");
        assertThatThrownBy(() -> assertThatClassification(foi).isNotARequest())
                .hasMessageStartingWith("Expected no request for information but it is a request of type FOI.");
        assertThatThrownBy(() -> assertThatClassification(foi).isValid())
                .hasMessageStartingWith("Expected a valid request but it is not valid: missing [NAME, ADDRESS].");
        assertThatThrownBy(() -> assertThatClassification(foi).isMissing(MissingDetail.NAME))
                .hasMessageStartingWith("Expected missing [NAME] but missing is [NAME, ADDRESS].");
        assertThatThrownBy(() -> assertThatClassification(foi).isDue(LocalDate.of(2026, 3, 30)))
                .hasMessageStartingWith("Expected due 2026-03-30 but it is due 2026-03-31.");
        assertThatThrownBy(() -> assertThatClassification(foi).hasAction(MessageAction.ROUTE_TO_COMPLAINTS, MessageAction.ASK_FOR_NAME))
                .hasMessageStartingWith("Expected action ROUTE_TO_COMPLAINTS but the actions are [");
        assertThatThrownBy(() -> assertThatClassification(foi).isComplaint())
                .hasMessageStartingWith("Expected a complaint but it is not one.");
    }

    @Test
    void anAmbiguousMessageIsNeitherARequestNorNot() {
        Classification c = classify("How much did you waste on that ridiculous sculpture?!");
        assertThatClassification(c).isAmbiguous().hasAction(MessageAction.ASK_IF_FOI).isNotValid().hasShortAcknowledgementWithin280();
        assertThatThrownBy(() -> assertThatClassification(c).isRequest()).hasMessageContaining("but it is ambiguous (possibly");
        assertThatThrownBy(() -> assertThatClassification(c).isNotARequest()).hasMessageContaining("but it is ambiguous (possibly");
    }

    @Test
    void failureMessagesNeverQuoteTheAcknowledgementOrTheSender() {
        Classification c = classifyFrom("Please send me a copy of the contract with the leisure operator",
                "Jane Testperson", "jane.testperson@example.com");
        assertThat(c.acknowledgement().full()).contains("Jane");
        assertThatThrownBy(() -> assertThatClassification(c).isComplaint())
                .hasMessageContaining("acknowledgement full ")
                .satisfies(e -> assertThat(e.getMessage())
                        .doesNotContain("Jane").doesNotContain("Testperson").doesNotContain("example.com"));
    }

    @Test
    void nullsFailFast() {
        assertThatThrownBy(() -> assertThatClassification((Classification) null))
                .isInstanceOf(AssertionError.class).hasMessage("Expected a classification but was null.");
        assertThatThrownBy(() -> assertThatModeration((ModerationDecision) null))
                .isInstanceOf(AssertionError.class).hasMessage("Expected a moderation decision but was null.");
        Classification c = classify("What day are the green bins collected in Totnes?");
        assertThatThrownBy(() -> assertThatClassification(c).isType(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> assertThatClassification(c).hasAction()).isInstanceOf(IllegalArgumentException.class);
    }

    // ---- moderation decisions --------------------------------------------------------------------------

    @Test
    void hateIsDeletedReportedAndKept() {
        assertThatModeration(MODERATOR.decide(Comment.of("Immigrants are vermin and should be deported")))
                .isDeleted().onGround(Ground.HATE).reportsTo(ReportTo.HATE_CRIME_SERVICE)
                .doesNotAllowRepost().retainsEvidence();
    }

    @Test
    void swearingMayBeRepostedWithoutIt() {
        assertThatModeration(MODERATOR.decide(Comment.of("The bins on Oak Road were missed again, f**king useless")))
                .isDeleted().onGround(Ground.PROFANITY).reportsToNoOne().allowsRepost().retainsEvidence();
    }

    @Test
    void criticismIsKeptAndItsDeletionRefused() {
        assertThatModeration(MODERATOR.decide(Comment.of("The council is useless and this decision is idiotic")
                .withProposed(ProposedAction.DELETE)))
                .isKept().hasNoGround().refusesProposal();
    }

    @Test
    void defamationNeedsReview() {
        assertThatModeration(MODERATOR.decide(Comment.of("Cllr Smith took bribes from the developer")))
                .needsReview().onGround(Ground.DEFAMATION).retainsEvidence();
    }

    @Test
    void moderationFailuresAreWordedAndMasked() {
        ModerationDecision kept = MODERATOR.decide(Comment.of("When is the tip open?"));
        assertThatThrownBy(() -> assertThatModeration(kept).describedAs("c3").isDeleted())
                .hasMessageStartingWith("[c3] Expected decision DELETE but was KEEP.")
                .hasMessageContaining("explanation: Keep the comment")
                .hasMessageContaining("(no findings)");
        assertThatThrownBy(() -> assertThatModeration(kept).retainsEvidence())
                .hasMessageStartingWith("Expected evidence to be retained but it is not.");
        assertThatThrownBy(() -> assertThatModeration(kept).refusesProposal())
                .hasMessageStartingWith("Expected the proposal to be refused but it was not.");
        assertThatThrownBy(() -> assertThatModeration(kept).allowsRepost())
                .hasMessageStartingWith("Expected re-posting to be allowed but it is not.");
        assertThatThrownBy(() -> assertThatModeration(kept).reportsTo(ReportTo.HATE_CRIME_SERVICE))
                .hasMessageStartingWith("Expected a report to [HATE_CRIME_SERVICE] but reportTo is [].");

        ModerationDecision pd = MODERATOR.decide(Comment.of("His mobile is 07700 900123, ring him and complain"));
        assertThatThrownBy(() -> assertThatModeration(pd).onGround(Ground.HATE, Ground.PERSONAL_DATA))
                .hasMessageStartingWith("Expected ground HATE but the grounds are [PERSONAL_DATA")
                .hasMessageContaining("PHONE")
                .satisfies(e -> assertThat(e.getMessage())
                        .doesNotContain("07700").doesNotContain("900123"));
        assertThatThrownBy(() -> assertThatModeration(pd).isKept()).hasMessageStartingWith("Expected decision KEEP but was DELETE.");
        assertThatThrownBy(() -> assertThatModeration(pd).hasNoGround()).hasMessageStartingWith("Expected no ground but the grounds are [");
        assertThatThrownBy(() -> assertThatModeration(pd).onGround()).isInstanceOf(IllegalArgumentException.class);
    }
}
