package org.councilpolicy.media.clearance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilpolicy.media.testimages.TestImages.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.councilpolicy.core.engine.RuleRegistry;
import org.councilpolicy.core.profile.Profile;
import org.councilpolicy.core.rule.Procedure;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * For every photo clause (PH-1..PH-8, PD-8, CO-4): one declaration that fires it (an action citing it, with the
 * expected code and decision) and a near-identical one that does not (no action cites it at all).
 */
class PhotoClauseCoverageTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T10:00:00Z"), ZoneId.of("Europe/London"));
    static final PhotoClearance CLEARANCE = new PhotoClearance(Profile.builder("test").build(), CLOCK);
    static final LocalDate LAST_MONTH = LocalDate.of(2026, 5, 1);

    @TempDir
    static Path dir;
    static Path withGps;
    static Path plain;

    @BeforeAll
    static void images() throws IOException {
        byte[] jpeg = jpeg(noise(64, 48, 1), 0.9f, false);
        plain = Files.write(dir.resolve("plain.jpg"), jpeg);
        withGps = Files.write(dir.resolve("gps.jpg"), insertSegments(jpeg, exifApp1(cameraTiff(52.06, 1.16))));
    }

    record Row(String clause, String what, PhotoDeclaration fires, ActionCode code, ClearanceOutcome decision,
               PhotoDeclaration passes) {
        @Override
        public String toString() {
            return clause + ": " + what;
        }
    }

    static PhotoDeclaration.Builder own(PhotoContext c) {
        return PhotoDeclaration.builder(c).source(ImageSource.OWN);
    }

    static Stream<Row> rows() {
        ConsentRecord parental = ConsentRecord.written(ConsentKind.PARENTAL_WRITTEN, "F-123", LAST_MONTH);
        return Stream.of(
                new Row("PH-1", "recognisable child without parental consent",
                        own(PhotoContext.SCHOOL).subject(PhotoSubject.child(7)).build(),
                        ActionCode.OBTAIN_PARENTAL_CONSENT, ClearanceOutcome.NOT_CLEARED,
                        own(PhotoContext.SCHOOL).subject(PhotoSubject.child(7).consent(parental)).build()),
                new Row("PH-2", "recognisable adult who was not asked",
                        own(PhotoContext.EVENT).subject(PhotoSubject.adult()).build(),
                        ActionCode.OBTAIN_ADULT_PERMISSION, ClearanceOutcome.NOT_CLEARED,
                        own(PhotoContext.EVENT).subject(PhotoSubject.adult()
                                .consent(ConsentRecord.of(ConsentKind.ADULT_VERBAL))).build()),
                new Row("PH-3", "photographed without permission",
                        own(PhotoContext.GENERAL).subject(PhotoSubject.builder(AgeBand.ADULT)).build(),
                        ActionCode.OBTAIN_ADULT_PERMISSION, ClearanceOutcome.NOT_CLEARED,
                        own(PhotoContext.GENERAL).subject(PhotoSubject.builder(AgeBand.ADULT).recognisable(false)).build()),
                new Row("PH-4", "incident photo without the officer in charge's permission",
                        own(PhotoContext.INCIDENT).incident(new IncidentDetails(false, false, false,
                                PostedBy.SOCIAL_MEDIA_ADMIN)).build(),
                        ActionCode.OBTAIN_OIC_PERMISSION, ClearanceOutcome.NOT_CLEARED,
                        own(PhotoContext.INCIDENT).incident(IncidentDetails.afterTheIncident()).build()),
                new Row("PH-5", "uploading from the scene with no public benefit",
                        own(PhotoContext.INCIDENT).incident(new IncidentDetails(true, true, false,
                                PostedBy.OFFICER_IN_CHARGE)).build(),
                        ActionCode.WAIT_UNTIL_LEFT_SCENE, ClearanceOutcome.NOT_CLEARED,
                        own(PhotoContext.INCIDENT).incident(new IncidentDetails(true, true, true,
                                PostedBy.OFFICER_IN_CHARGE)).build()),
                new Row("PH-6", "number plate visible in an incident photo",
                        own(PhotoContext.INCIDENT).incident(IncidentDetails.afterTheIncident())
                                .visible(VisibleItem.NUMBER_PLATE).build(),
                        ActionCode.BLUR_NUMBER_PLATE, ClearanceOutcome.NEEDS_EDIT,
                        own(PhotoContext.INCIDENT).incident(IncidentDetails.afterTheIncident()).build()),
                new Row("PH-7", "administrator in doubt about an incident photo",
                        own(PhotoContext.INCIDENT).incident(IncidentDetails.afterTheIncident()).unsure(true).build(),
                        ActionCode.ESCALATE_TO_STATION_MANAGER, ClearanceOutcome.ESCALATE,
                        own(PhotoContext.INCIDENT).incident(IncidentDetails.afterTheIncident()).unsure(false).build()),
                new Row("PH-8", "image file with GPS in its EXIF",
                        own(PhotoContext.GENERAL).image(withGps).build(),
                        ActionCode.REMOVE_METADATA, ClearanceOutcome.NEEDS_EDIT,
                        own(PhotoContext.GENERAL).image(plain).build()),
                new Row("PD-8", "colleague who did not give express permission",
                        own(PhotoContext.GENERAL).subject(PhotoSubject.adult().colleague(true)).build(),
                        ActionCode.OBTAIN_COLLEAGUE_PERMISSION, ClearanceOutcome.NOT_CLEARED,
                        own(PhotoContext.GENERAL).subject(PhotoSubject.adult().colleague(true)
                                .consent(ConsentRecord.written(ConsentKind.STAFF, "HR-9", LAST_MONTH))).build()),
                new Row("CO-4", "photo of unknown origin",
                        PhotoDeclaration.builder(PhotoContext.GENERAL).source(ImageSource.UNKNOWN).build(),
                        ActionCode.CONFIRM_LICENCE, ClearanceOutcome.NOT_CLEARED,
                        PhotoDeclaration.builder(PhotoContext.GENERAL).source(SourceKind.LICENSED, "CC BY 4.0").build()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void firesOnTheFiringDeclaration(Row row) {
        ClearanceDecision d = CLEARANCE.clear(row.fires());
        assertThat(d.decision()).as(row.toString()).isEqualTo(row.decision());
        assertThat(d.actions()).filteredOn(a -> a.code() == row.code()).singleElement()
                .satisfies(a -> {
                    assertThat(a.clauses()).contains(row.clause());
                    assertThat(a.outcome()).isEqualTo(row.decision());
                    assertThat(a.message()).isNotBlank();
                });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void doesNotFireOnThePassingDeclaration(Row row) {
        ClearanceDecision d = CLEARANCE.clear(row.passes());
        assertThat(d.clauses()).as(row.toString()).doesNotContain(row.clause());
        assertThat(d.decision()).as(row + ": " + d.actions()).isEqualTo(ClearanceOutcome.CLEARED);
        assertThat(d.actions()).isEmpty();
    }

    @Test
    void theTableCoversEveryClauseThePhotoProceduresCite() {
        Set<String> cited = RuleRegistry.discover().procedures().stream().map(Procedure::info)
                .filter(i -> i.id().startsWith("photo."))
                .flatMap(i -> i.clauses().stream()).collect(Collectors.toCollection(TreeSet::new));
        Set<String> table = rows().map(Row::clause).collect(Collectors.toCollection(TreeSet::new));
        assertThat(cited).containsExactlyInAnyOrder("PH-1", "PH-2", "PH-3", "PH-4", "PH-5", "PH-6", "PH-7", "PH-8",
                "PD-8", "CO-4");
        assertThat(table).isEqualTo(cited);
    }
}
