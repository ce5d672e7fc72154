package org.councilpolicy.examples.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Predicate;
import org.councilpolicy.content.draft.Draft;
import org.councilpolicy.content.messages.Message;
import org.councilpolicy.content.messages.MessageAction;
import org.councilpolicy.content.messages.MessageClassifier;
import org.councilpolicy.content.messages.MissingDetail;
import org.councilpolicy.content.messages.RequestType;
import org.councilpolicy.content.moderation.Comment;
import org.councilpolicy.content.moderation.Ground;
import org.councilpolicy.content.moderation.Moderator;
import org.councilpolicy.content.moderation.ProposedAction;
import org.councilpolicy.content.moderation.ReportTo;
import org.councilpolicy.core.engine.Engine;
import org.councilpolicy.core.engine.Report;
import org.councilpolicy.core.engine.RuleRegistry;
import org.councilpolicy.core.profile.Profile;
import org.councilpolicy.core.rule.Category;
import org.councilpolicy.core.rule.Finding;
import org.councilpolicy.core.rule.PersonalDataKind;
import org.councilpolicy.core.rule.Severity;
import org.councilpolicy.media.clearance.ActionCode;
import org.councilpolicy.media.clearance.ImageSource;
import org.councilpolicy.media.clearance.PhotoClearance;
import org.councilpolicy.media.clearance.PhotoContext;
import org.councilpolicy.media.clearance.PhotoDeclaration;
import org.councilpolicy.media.clearance.PhotoSubject;
import org.councilpolicy.testkit.DraftGenerators;
import org.councilpolicy.testkit.Planted;
import org.councilpolicy.testkit.PlantedText;
import org.councilpolicy.testkit.PolicyAssertions;
import org.councilpolicy.content.testkit.ContentAssertions;
import org.councilpolicy.media.testkit.MediaAssertions;
import org.junit.jupiter.api.Test;

/**
 * The test a council's developers would write around their use of the library: one engine, classifier,
 * moderator and photo clearance for their profile, asserted on with the test kits, and a property that no
 * generated draft with personal data planted in it gets past the engine.
 */
class IntegratorTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"), ZoneId.of("Europe/London"));
    private static final RuleRegistry REGISTRY = RuleRegistry.discover();
    private static final Profile PROFILE = REGISTRY.profileLoader().builtIn("uk-council");
    private static final Engine ENGINE = Engine.builder().registry(REGISTRY).profile(PROFILE).clock(CLOCK).build();
    private static final MessageClassifier CLASSIFIER = MessageClassifier.forProfile(PROFILE, CLOCK);
    private static final Moderator MODERATOR = Moderator.of(ENGINE);
    private static final PhotoClearance PHOTOS = PhotoClearance.of(PROFILE, CLOCK);

    /**
     * Planted values the current detectors miss, found by this test's property and reported to the lead.
     * Each is left out of the property's check (the rest of the same draft is still checked) ONLY while it
     * stays a gap: {@link #knownGapsAreStillGaps()} fails as soon as a detector finds it, so the exclusion
     * cannot outlive the gap.
     */
    enum KnownGap {
        ; // none known: the bracketed trunk zero, ISO dates of birth and missing first names were fixed

        final PersonalDataKind kind;
        final Predicate<String> value;
        final String exampleValue;
        final String example;

        KnownGap(PersonalDataKind kind, Predicate<String> value, String exampleValue, String example) {
            this.kind = kind;
            this.value = value;
            this.exampleValue = exampleValue;
            this.example = example;
        }

        static boolean covers(PersonalDataKind kind, String value) {
            for (KnownGap g : values()) {
                if (g.kind == kind && g.value.test(value)) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * Clean generated text the current detectors flag as personal data (precision gaps, reported to the lead):
     * place names read as people's names. Findings on exactly these words are left out of the clean-draft
     * property ONLY while they stay false positives: {@link #knownFalsePositivesAreStillFlagged()} fails once
     * they are no longer flagged.
     */
    enum KnownFalsePositive {
        ; // none known: West Bridgford and Mill Hill were fixed (place list and place heuristics)

        final String words;
        final String example;

        KnownFalsePositive(String words, String example) {
            this.words = words;
            this.example = example;
        }

        static boolean covers(String flagged) {
            for (KnownFalsePositive f : values()) {
                if (f.words.equals(flagged)) {
                    return true;
                }
            }
            return false;
        }
    }

    // ---- drafts ------------------------------------------------------------------------------------------

    @Test
    void aPhoneNumberInADraftIsBlockedAndACleanOneGoesOut() {
        PolicyAssertions.assertThat(ENGINE.check(Draft.of("Call Jane on 07700 900123 about the allotments")))
                .describedAs("d1").isBlocked()
                .hasFinding("personal-data.phone").at(13, 25).withKind(PersonalDataKind.PHONE).withSeverity(Severity.BLOCK)
                .citing("PD-1");
        PolicyAssertions.assertThat(ENGINE.check(Draft.of("Green bin collections resume on Monday 5 January.")))
                .hasNoFindingIn(Category.PERSONAL_DATA, Category.POLITICAL);
    }

    @Test
    void plantedPersonalDataIsFoundWithItsKind() {
        for (PlantedText draft : DraftGenerators.withAnyPlanted().sample(141, 1000)) {
            plantedFound(draft);
        }
    }

    private static void plantedFound(PlantedText draft) {
        Report report = ENGINE.check(Draft.of(draft.text()));
        for (Planted p : draft.planted()) {
            if (KnownGap.covers(p.kind(), draft.valueOf(p))) {
                continue;
            }
            PolicyAssertions.assertThat(report).describedAs(draft.toString())
                    .hasFindingOverlapping(p.start(), p.end()).withKind(p.kind());
        }
    }

    @Test
    void eachKindAloneIsFound() {
        for (PersonalDataKind kind : PersonalDataKind.values()) {
            for (PlantedText draft : DraftGenerators.withPlanted(kind).sample(142 + kind.ordinal(), 20)) {
                Planted p = draft.planted().get(0);
                if (!KnownGap.covers(kind, draft.valueOf(p))) {
                    PolicyAssertions.assertThat(ENGINE.check(Draft.of(draft.text()))).describedAs(draft.toString())
                            .hasFindingOverlapping(p.start(), p.end()).withKind(kind);
                }
            }
        }
    }

    @Test
    void cleanDraftsHaveNoPersonalDataFindings() {
        for (PlantedText draft : DraftGenerators.clean().sample(143, 500)) {
            noPersonalData(draft);
        }
    }

    private static void noPersonalData(PlantedText draft) {
        List<Finding> unexplained = ENGINE.check(Draft.of(draft.text())).findings().stream()
                .filter(f -> f.span() == null || !KnownFalsePositive.covers(f.span().of(draft.text()))).toList();
        PolicyAssertions.assertThat(Report.of(unexplained)).describedAs(draft.toString())
                .hasNoFindingIn(Category.PERSONAL_DATA);
    }

    @Test
    void knownFalsePositivesAreStillFlagged() {
        for (KnownFalsePositive fp : KnownFalsePositive.values()) {
            int at = fp.example.indexOf(fp.words);
            PolicyAssertions.assertThat(ENGINE.check(Draft.of(fp.example)))
                    .describedAs(fp + " is no longer flagged: remove it from IntegratorTest.KnownFalsePositive")
                    .hasFindingOverlapping(at, at + fp.words.length()).inCategory(Category.PERSONAL_DATA);
        }
    }

    @Test
    void knownGapsAreStillGaps() {
        for (KnownGap gap : KnownGap.values()) {
            Report report = ENGINE.check(Draft.of(gap.example));
            assertThat(report.findings().stream().filter(f -> gap.kind.name().equals(f.kindName())).toList())
                    .as(gap + " is found now: remove it from IntegratorTest.KnownGap so the property checks it")
                    .isEmpty();
        }
    }

    // ---- inbox, comments, photos ----------------------------------------------------------------------------

    @Test
    void anFoiRequestOnSocialMediaIsForwardedWithItsDeadline() {
        ContentAssertions.assertThatClassification(CLASSIFIER.classify(Message.builder(
                        "Could you tell me how many parking tickets were issued on Station Road last year? Reply to jo@example.com")
                        .receivedAt(LocalDate.of(2026, 3, 2)).sender("Jo Testperson", "@jotest", null, null).build()))
                .describedAs("m1")
                .isRequest().isType(RequestType.FOI).isDue(LocalDate.of(2026, 3, 31))
                .hasAction(MessageAction.FORWARD_TO_INFORMATION_TEAM)
                .hasShortAcknowledgementWithin280();
        ContentAssertions.assertThatClassification(CLASSIFIER.classify(Message.builder("Can you tell me how much the council spent "
                        + "on agency staff in 2024/25?").receivedAt(LocalDate.of(2026, 3, 2)).build()))
                .isRequest().isMissing(MissingDetail.NAME, MissingDetail.ADDRESS).hasAction(MessageAction.ASK_FOR_NAME);
        ContentAssertions.assertThatClassification(CLASSIFIER.classify(Message.of("When is my bin day?"))).isNotARequest();
    }

    @Test
    void hateIsDeletedAndReportedButCriticismStays() {
        ContentAssertions.assertThatModeration(MODERATOR.decide(Comment.of("Immigrants are vermin and should be deported")))
                .isDeleted().onGround(Ground.HATE).reportsTo(ReportTo.HATE_CRIME_SERVICE).retainsEvidence();
        ContentAssertions.assertThatModeration(MODERATOR.decide(Comment.of("This decision is idiotic and the council is useless")
                        .withProposed(ProposedAction.DELETE)))
                .isKept().refusesProposal();
    }

    @Test
    void aRecognisableChildNeedsParentalConsent() {
        MediaAssertions.assertThatClearance(PHOTOS.clear(PhotoDeclaration.builder(PhotoContext.SCHOOL).source(ImageSource.OWN)
                        .subject(PhotoSubject.child(8)).build()))
                .isNotCleared().hasAction(ActionCode.OBTAIN_PARENTAL_CONSENT);
    }

    @Test
    void knownGapExamplesAreCoveredByTheirGap() {
        for (KnownGap gap : KnownGap.values()) {
            assertThat(gap.example).as(gap.name()).contains(gap.exampleValue);
            assertThat(KnownGap.covers(gap.kind, gap.exampleValue)).as(gap.name()).isTrue();
        }
    }
}
