package org.councilpolicy.content.testkit;

import org.councilpolicy.content.messages.Classification;
import org.councilpolicy.content.moderation.ModerationDecision;
import org.councilpolicy.testkit.Failures;

/**
 * Entry point of the fluent assertions on policy-content's decisions, for any test framework (JUnit,
 * TestNG, plain {@code main}): a failed assertion throws {@link AssertionError} whose message
 * describes the decision without the personal data it may be about (an acknowledgement is shown by its
 * length only, findings by their masked excerpts).
 *
 * <pre>{@code
 * import static org.councilpolicy.content.testkit.ContentAssertions.assertThatClassification;
 * import static org.councilpolicy.content.testkit.ContentAssertions.assertThatModeration;
 *
 * assertThatClassification(classifier.classify(message)).describedAs("m1")
 *         .isRequest().isType(RequestType.FOI).isMissing(MissingDetail.ADDRESS)
 *         .isDue(LocalDate.of(2026, 3, 30)).hasAction(MessageAction.ASK_FOR_EMAIL)
 *         .hasShortAcknowledgementWithin280();
 * assertThatModeration(moderator.decide(comment))
 *         .isDeleted().onGround(Ground.HATE).reportsTo(ReportTo.HATE_CRIME_SERVICE).retainsEvidence();
 * }</pre>
 *
 * Built like {@link org.councilpolicy.testkit.PolicyAssertions}, whose failures share the format of
 * {@link Failures}.
 */
public final class ContentAssertions {

    private ContentAssertions() {
    }

    /**
     * Starts assertions on a message's classification.
     *
     * @param classification what {@code MessageClassifier.classify} returned
     * @return assertions on it
     */
    public static ClassificationAssert assertThatClassification(Classification classification) {
        if (classification == null) {
            throw Failures.fail(null, "Expected a classification but was null.", null);
        }
        return new ClassificationAssert(classification);
    }

    /**
     * Starts assertions on a comment's moderation decision.
     *
     * @param decision what {@code Moderator.decide} returned
     * @return assertions on it
     */
    public static ModerationDecisionAssert assertThatModeration(ModerationDecision decision) {
        if (decision == null) {
            throw Failures.fail(null, "Expected a moderation decision but was null.", null);
        }
        return new ModerationDecisionAssert(decision);
    }
}
