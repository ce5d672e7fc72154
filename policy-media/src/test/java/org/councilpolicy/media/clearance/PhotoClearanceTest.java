package org.councilpolicy.media.clearance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.councilpolicy.media.clearance.PhotoClauseCoverageTest.CLOCK;

import java.nio.file.Path;
import java.time.LocalDate;
import org.councilpolicy.core.engine.RuleRegistry;
import org.councilpolicy.core.profile.Profile;
import org.councilpolicy.core.rule.Procedure;
import org.councilpolicy.core.rule.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PhotoClearanceTest {

    private static final PhotoClearance DEFAULT = new PhotoClearance(Profile.builder("test").build(), CLOCK);

    private static PhotoClearance with(int threshold, int months) {
        return new PhotoClearance(Profile.builder("t").settings(PhotoSettings.SECTION, new PhotoSettings(threshold, months)).build(), CLOCK);
    }

    private static PhotoDeclaration.Builder own(PhotoContext c) {
        return PhotoDeclaration.builder(c).source(ImageSource.OWN);
    }

    private static ClearanceDecision clear(PhotoSubject.Builder subject) {
        return DEFAULT.clear(own(PhotoContext.EVENT).subject(subject).build());
    }

    @Test
    void nothingToWorryAboutIsCleared() {
        ClearanceDecision d = DEFAULT.clear(own(PhotoContext.GENERAL).build());
        assertThat(d.decision()).isEqualTo(ClearanceOutcome.CLEARED);
        assertThat(d.actions()).isEmpty();
        assertThat(d.findings()).isEmpty();
    }

    // ---- consent validity ----------------------------------------------------------------------------

    @Test
    void parentalConsentOlderThanTheValidityPeriodHasExpired() {
        // Given 2025-05-01, valid 12 months: last valid day 2026-04-30; today is 2026-06-01.
        ConsentRecord old = ConsentRecord.written(ConsentKind.PARENTAL_WRITTEN, "F-1", LocalDate.of(2025, 5, 1));
        ClearanceDecision d = clear(PhotoSubject.child(9).consent(old));
        assertThat(d.decision()).isEqualTo(ClearanceOutcome.NOT_CLEARED);
        assertThat(d.actions()).singleElement().satisfies(a -> {
            assertThat(a.code()).isEqualTo(ActionCode.RENEW_CONSENT);
            assertThat(a.clauses()).containsExactly("PH-1");
            assertThat(a.message()).contains("expired on 2026-04-30");
        });
    }

    @Test
    void theValidityPeriodComesFromTheProfile() {
        ConsentRecord old = ConsentRecord.written(ConsentKind.PARENTAL_WRITTEN, "F-1", LocalDate.of(2025, 5, 1));
        PhotoDeclaration decl = own(PhotoContext.EVENT).subject(PhotoSubject.child(9).consent(old)).build();
        assertThat(with(18, 24).clear(decl).decision()).isEqualTo(ClearanceOutcome.CLEARED);
        assertThat(with(18, 12).clear(decl).decision()).isEqualTo(ClearanceOutcome.NOT_CLEARED);
    }

    @Test
    void consentIsValidUpToAndIncludingItsLastDay() {
        ConsentRecord lastDay = new ConsentRecord(ConsentKind.PARENTAL_WRITTEN, "F-1", LocalDate.of(2025, 1, 1),
                LocalDate.of(2026, 6, 1));
        ConsentRecord dayBefore = new ConsentRecord(ConsentKind.PARENTAL_WRITTEN, "F-1", LocalDate.of(2025, 1, 1),
                LocalDate.of(2026, 5, 31));
        assertThat(clear(PhotoSubject.child(9).consent(lastDay)).decision()).isEqualTo(ClearanceOutcome.CLEARED);
        assertThat(clear(PhotoSubject.child(9).consent(dayBefore)).codes()).containsExactly(ActionCode.RENEW_CONSENT);
    }

    @Test
    void anAdultsExpiredPermissionMustBeAskedAgain() {
        ConsentRecord old = new ConsentRecord(ConsentKind.ADULT_WRITTEN, "A-7", LocalDate.of(2024, 1, 1),
                LocalDate.of(2025, 1, 1));
        ClearanceDecision d = clear(PhotoSubject.adult().consent(old));
        assertThat(d.codes()).containsExactly(ActionCode.RENEW_CONSENT);
        assertThat(d.actions().get(0).clauses()).containsExactly("PH-2");
    }

    @Test
    void aChildWhoHasComeOfAgeSinceTheParentalConsentMustGiveTheirOwn() {
        ConsentRecord parental = ConsentRecord.written(ConsentKind.PARENTAL_WRITTEN, "F-2", LocalDate.of(2026, 1, 5));
        // Declared as a child when the form was signed, but 18 now: the exact age wins.
        ClearanceDecision d = clear(PhotoSubject.builder(AgeBand.CHILD).age(18).consent(parental));
        assertThat(d.decision()).isEqualTo(ClearanceOutcome.NOT_CLEARED);
        assertThat(d.actions()).singleElement().satisfies(a -> {
            assertThat(a.code()).isEqualTo(ActionCode.RENEW_CONSENT);
            assertThat(a.clauses()).contains("PH-1", "PH-2");
            assertThat(a.message()).contains("own permission").contains("18");
        });
        // A colleague who has come of age: their own express permission (PD-8).
        assertThat(clear(PhotoSubject.builder(AgeBand.ADULT).age(19).colleague(true).consent(parental))
                .actions().get(0).clauses()).contains("PD-8");
    }

    @Test
    void theAgeThresholdComesFromTheProfile() {
        PhotoDeclaration seventeen = own(PhotoContext.EVENT).subject(PhotoSubject.builder(AgeBand.ADULT).age(17)
                .consent(ConsentRecord.of(ConsentKind.ADULT_VERBAL))).build();
        assertThat(with(16, 12).clear(seventeen).decision()).isEqualTo(ClearanceOutcome.CLEARED);
        ClearanceDecision at18 = with(18, 12).clear(seventeen);
        assertThat(at18.codes()).containsExactly(ActionCode.OBTAIN_PARENTAL_CONSENT);
        assertThat(at18.actions().get(0).message()).contains("under 18").contains("verbal consent");
    }

    // ---- children and unknown ages -------------------------------------------------------------------

    @Test
    void anUnrecognisableChildNeedsNoConsentButCautionIsAdvised() {
        ClearanceDecision d = clear(PhotoSubject.child(6).recognisable(false));
        assertThat(d.decision()).isEqualTo(ClearanceOutcome.CLEARED);
        assertThat(d.actions()).singleElement().satisfies(a -> {
            assertThat(a.code()).isEqualTo(ActionCode.CAUTION_UNRECOGNISABLE_CHILD);
            assertThat(a.isAdvice()).isTrue();
            assertThat(a.clauses()).containsExactly("PH-1");
        });
    }

    @Test
    void aParentalFormWithoutReferenceOrDateCannotBeChecked() {
        assertThat(clear(PhotoSubject.child(6).consent(ConsentRecord.of(ConsentKind.PARENTAL_WRITTEN))).codes())
                .containsExactly(ActionCode.RECORD_CONSENT_FORM);
        assertThat(clear(PhotoSubject.child(6).consent(new ConsentRecord(ConsentKind.PARENTAL_WRITTEN, " ",
                LocalDate.of(2026, 5, 1), null))).actions().get(0).message()).contains("form reference");
    }

    @Test
    void staffOrAdultConsentDoesNotCoverAChild() {
        ClearanceDecision d = clear(PhotoSubject.child(16).colleague(true)
                .consent(ConsentRecord.written(ConsentKind.STAFF, "HR-1", LocalDate.of(2026, 5, 1))));
        assertThat(d.codes()).containsExactly(ActionCode.OBTAIN_PARENTAL_CONSENT);
    }

    @Test
    void aRecognisablePersonOfUnknownAgeIsTreatedAsPossiblyAChild() {
        ClearanceDecision none = clear(PhotoSubject.builder(AgeBand.UNKNOWN));
        assertThat(none.decision()).isEqualTo(ClearanceOutcome.NOT_CLEARED);
        assertThat(none.codes()).containsExactly(ActionCode.CONFIRM_AGE);

        ClearanceDecision own = clear(PhotoSubject.builder(AgeBand.UNKNOWN).consent(ConsentRecord.of(ConsentKind.ADULT_WRITTEN)));
        assertThat(own.decision()).isEqualTo(ClearanceOutcome.CLEARED);
        assertThat(own.actions()).singleElement().satisfies(a -> assertThat(a.isAdvice()).isTrue());

        ConsentRecord parental = ConsentRecord.written(ConsentKind.PARENTAL_WRITTEN, "F-3", LocalDate.of(2026, 5, 1));
        assertThat(clear(PhotoSubject.builder(AgeBand.UNKNOWN).consent(parental)).actions()).isEmpty();
    }

    @Test
    void unrecognisableAdultsNeedNothing() {
        assertThat(clear(PhotoSubject.adult().recognisable(false).colleague(true)).actions()).isEmpty();
    }

    @Test
    void eachPersonIsNumberedInMessages() {
        ClearanceDecision d = DEFAULT.clear(own(PhotoContext.EVENT).subject(PhotoSubject.adult()
                .consent(ConsentRecord.of(ConsentKind.ADULT_VERBAL))).subject(PhotoSubject.child(8)).build());
        assertThat(d.actions()).singleElement().satisfies(a -> assertThat(a.message()).startsWith("Person 2 "));
    }

    // ---- incidents -----------------------------------------------------------------------------------

    @Test
    void anIncidentWithoutDetailsHasNoRecordedPermission() {
        ClearanceDecision d = DEFAULT.clear(own(PhotoContext.INCIDENT).build());
        assertThat(d.codes()).containsExactly(ActionCode.OBTAIN_OIC_PERMISSION);
        assertThat(d.actions().get(0).message()).contains("none is recorded");
    }

    @Test
    void postingFromTheSceneForThePublicGoesThroughTheOfficerInCharge() {
        PhotoDeclaration other = own(PhotoContext.INCIDENT).incident(new IncidentDetails(true, true, true,
                PostedBy.OTHER)).build();
        assertThat(DEFAULT.clear(other).codes()).containsExactly(ActionCode.POST_VIA_OIC);
        PhotoDeclaration admin = own(PhotoContext.INCIDENT).incident(new IncidentDetails(true, true, true,
                PostedBy.SOCIAL_MEDIA_ADMIN)).build();
        assertThat(DEFAULT.clear(admin).decision()).isEqualTo(ClearanceOutcome.CLEARED);
    }

    @Test
    void incidentDetailsOutsideAnIncidentContextAreIgnored() {
        PhotoDeclaration d = own(PhotoContext.GENERAL).incident(new IncidentDetails(false, true, false,
                PostedBy.OTHER)).build();
        assertThat(DEFAULT.clear(d).decision()).isEqualTo(ClearanceOutcome.CLEARED);
    }

    @Test
    void everyVisibleItemHasItsEdit() {
        PhotoDeclaration d = own(PhotoContext.INCIDENT).incident(IncidentDetails.afterTheIncident())
                .visible(VisibleItem.values()).build();
        ClearanceDecision c = DEFAULT.clear(d);
        assertThat(c.codes()).containsExactlyInAnyOrder(ActionCode.REMOVE_PERSONAL_ITEMS,
                ActionCode.DO_NOT_UPLOAD_SIGNS_OF_DEATH, ActionCode.BLUR_HOUSE_NUMBER, ActionCode.BLUR_PROPERTY_FEATURES,
                ActionCode.BLUR_NUMBER_PLATE, ActionCode.CHECK_PPE, ActionCode.BLUR_CASUALTY_FACE, ActionCode.BLUR_UNDER_18);
        assertThat(c.actions()).allSatisfy(a -> assertThat(a.clauses()).contains("PH-6"));
        // Signs of death are for a Station Manager to judge.
        assertThat(c.decision()).isEqualTo(ClearanceOutcome.ESCALATE);
        assertThat(c.actions().get(0).code()).isEqualTo(ActionCode.DO_NOT_UPLOAD_SIGNS_OF_DEATH);
    }

    @Test
    void under18sAreAlwaysEditedOutAtIncidentsButElsewhereOnlyWhenNotDeclared() {
        ConsentRecord parental = ConsentRecord.written(ConsentKind.PARENTAL_WRITTEN, "F-4", LocalDate.of(2026, 5, 1));
        PhotoDeclaration school = own(PhotoContext.SCHOOL).visible(VisibleItem.UNDER_18)
                .subject(PhotoSubject.child(10).consent(parental)).build();
        assertThat(DEFAULT.clear(school).decision()).isEqualTo(ClearanceOutcome.CLEARED);
        PhotoDeclaration undeclared = own(PhotoContext.EVENT).visible(VisibleItem.UNDER_18).build();
        assertThat(DEFAULT.clear(undeclared).codes()).containsExactly(ActionCode.BLUR_UNDER_18);
        PhotoDeclaration incident = own(PhotoContext.INCIDENT).incident(IncidentDetails.afterTheIncident())
                .visible(VisibleItem.UNDER_18).subject(PhotoSubject.child(10).consent(parental)).build();
        assertThat(DEFAULT.clear(incident).codes()).containsExactly(ActionCode.BLUR_UNDER_18);
    }

    @Test
    void doubtOutsideAnIncidentIsTakenToTheCommunicationsTeam() {
        ClearanceDecision d = DEFAULT.clear(own(PhotoContext.EVENT).unsure(true).build());
        assertThat(d.decision()).isEqualTo(ClearanceOutcome.ESCALATE);
        assertThat(d.codes()).containsExactly(ActionCode.SEEK_ADVICE);
    }

    // ---- copyright -----------------------------------------------------------------------------------

    @Test
    void licencesAndPermissionsMustBeNamed() {
        assertThat(DEFAULT.clear(PhotoDeclaration.builder(PhotoContext.GENERAL).source(SourceKind.LICENSED, null)
                .build()).codes()).containsExactly(ActionCode.CONFIRM_LICENCE);
        assertThat(DEFAULT.clear(PhotoDeclaration.builder(PhotoContext.GENERAL)
                .source(SourceKind.THIRD_PARTY_PERMISSION, "").build()).codes()).containsExactly(ActionCode.CONFIRM_LICENCE);
        assertThat(DEFAULT.clear(PhotoDeclaration.builder(PhotoContext.GENERAL)
                .source(SourceKind.THIRD_PARTY_PERMISSION, "Email from the photographer, 2 May 2026").build())
                .decision()).isEqualTo(ClearanceOutcome.CLEARED);
        // Undeclared source: not assumed to be the council's own.
        assertThat(DEFAULT.clear(PhotoDeclaration.builder(PhotoContext.GENERAL).build()).codes())
                .containsExactly(ActionCode.CONFIRM_LICENCE);
    }

    // ---- severity order ------------------------------------------------------------------------------

    @Test
    void aMissingConsentOutranksAnEscalationWhichOutranksAnEdit() {
        PhotoDeclaration d = own(PhotoContext.INCIDENT).incident(IncidentDetails.afterTheIncident())
                .visible(VisibleItem.NUMBER_PLATE).unsure(true).subject(PhotoSubject.adult()).build();
        ClearanceDecision c = DEFAULT.clear(d);
        assertThat(c.decision()).isEqualTo(ClearanceOutcome.NOT_CLEARED);
        assertThat(c.actions()).extracting(ClearanceAction::code).containsExactly(ActionCode.OBTAIN_ADULT_PERMISSION,
                ActionCode.ESCALATE_TO_STATION_MANAGER, ActionCode.BLUR_NUMBER_PLATE);

        PhotoDeclaration noConsentIssue = own(PhotoContext.INCIDENT).incident(IncidentDetails.afterTheIncident())
                .visible(VisibleItem.NUMBER_PLATE).unsure(true).build();
        assertThat(DEFAULT.clear(noConsentIssue).decision()).isEqualTo(ClearanceOutcome.ESCALATE);
    }

    // ---- image file ----------------------------------------------------------------------------------

    @Test
    void anUnreadableImageIsNeverClearedItEscalates(@TempDir Path dir) {
        // Issue 17 item 6: the checklist never clears what it could not see.
        ClearanceDecision d = DEFAULT.clear(own(PhotoContext.GENERAL).image(dir.resolve("missing.jpg")).build());
        assertThat(d.decision()).isEqualTo(ClearanceOutcome.ESCALATE);
        assertThat(d.actions()).extracting(ClearanceAction::code).containsExactly(ActionCode.CHECK_IMAGE_FILE);
        assertThat(d.findings()).singleElement().satisfies(f -> {
            assertThat(f.kindName()).isEqualTo("UNREADABLE");
            assertThat(f.severity()).isEqualTo(Severity.REVIEW);
        });
    }

    // ---- model ---------------------------------------------------------------------------------------

    @Test
    void badInputFailsFast() {
        assertThatThrownBy(() -> new ConsentRecord(ConsentKind.ADULT_WRITTEN, null, LocalDate.of(2026, 2, 1),
                LocalDate.of(2026, 1, 1))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("before");
        assertThatThrownBy(() -> PhotoSubject.builder(AgeBand.CHILD).age(-1).build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DEFAULT.clear(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("declaration");
        assertThatThrownBy(() -> new PhotoClearance(null, CLOCK)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void theProceduresAreDiscoveredWithTheirClauses() {
        assertThat(RuleRegistry.discover().procedures()).extracting(Procedure::info)
                .extracting(i -> i.id()).contains("photo.consent", "photo.incident", "photo.copyright", "photo.metadata");
    }
}
