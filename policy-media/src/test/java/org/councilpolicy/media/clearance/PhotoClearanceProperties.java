package org.councilpolicy.media.clearance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilpolicy.media.clearance.PhotoClauseCoverageTest.CLOCK;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.councilpolicy.core.profile.Profile;
import org.councilpolicy.core.testsupport.Seeded;
import org.councilpolicy.testkit.Combine;
import org.councilpolicy.testkit.Gen;
import org.junit.jupiter.api.Test;

class PhotoClearanceProperties {

    private static final PhotoClearance CLEARANCE = new PhotoClearance(Profile.builder("p").build(), CLOCK);
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    private static final Gen<PhotoDeclaration> DECLARATIONS = declarations();
    private static final Gen<PhotoSubject> CHILDREN = children();

    @Test
    void aRecognisableChildWithoutValidParentalConsentIsNeverCleared() {
        Seeded.forAll(101, 500, r -> {
            PhotoDeclaration d = DECLARATIONS.next(r);
            PhotoDeclaration withChild = new PhotoDeclaration(d.context(),
                    concat(d.subjects(), CHILDREN.next(r)), d.incident(), d.visible(), d.source(), d.unsure(), null);
            assertThat(CLEARANCE.clear(withChild).decision()).isEqualTo(ClearanceOutcome.NOT_CLEARED);
        });
    }

    @Test
    void theDecisionIsTheMostSevereActionOutcome() {
        Seeded.forAll(102, 500, r -> mostSevere(DECLARATIONS.next(r)));
    }

    private static void mostSevere(PhotoDeclaration d) {
        ClearanceDecision c = CLEARANCE.clear(d);
        ClearanceOutcome max = c.actions().stream().map(ClearanceAction::outcome).reduce(ClearanceOutcome.CLEARED, ClearanceOutcome::max);
        assertThat(c.decision()).isEqualTo(max);
        assertThat(c.decision() == ClearanceOutcome.CLEARED).isEqualTo(c.actions().stream().allMatch(ClearanceAction::isAdvice));
        for (int i = 1; i < c.actions().size(); i++) {
            assertThat(c.actions().get(i - 1).outcome()).isGreaterThanOrEqualTo(c.actions().get(i).outcome());
        }
    }

    @Test
    void seeingMoreNeverMakesThePhotoSafer() {
        Seeded.forAll(103, 300, r -> seeingMore(DECLARATIONS.next(r),
                VisibleItem.values()[r.nextInt(VisibleItem.values().length)], r.nextBoolean()));
    }

    private static void seeingMore(PhotoDeclaration d, VisibleItem extra, boolean unsure) {
        java.util.EnumSet<VisibleItem> more = java.util.EnumSet.of(extra);
        more.addAll(d.visible());
        PhotoDeclaration worse = new PhotoDeclaration(d.context(), d.subjects(), d.incident(), more, d.source(),
                d.unsure() || unsure, null);
        assertThat(CLEARANCE.clear(worse).decision()).isGreaterThanOrEqualTo(CLEARANCE.clear(d).decision());
    }

    private static List<PhotoSubject> concat(List<PhotoSubject> list, PhotoSubject extra) {
        java.util.ArrayList<PhotoSubject> out = new java.util.ArrayList<>(list);
        out.add(extra);
        return out;
    }

    /** Recognisable children whose consent is missing, not a parent's, or expired. */
    private static Gen<PhotoSubject> children() {
        Gen<ConsentRecord> invalid = Gen.oneOf(
                Gen.just((ConsentRecord) null),
                Combine.of(Gen.of(ConsentKind.ADULT_WRITTEN, ConsentKind.ADULT_VERBAL, ConsentKind.STAFF),
                        consents()).as((k, c) -> new ConsentRecord(k, c.reference(), c.given(), c.expires())),
                Gen.ints(1, 2000).map(daysAgo -> new ConsentRecord(ConsentKind.PARENTAL_WRITTEN,
                        "F-1", TODAY.minusDays(daysAgo + 400), TODAY.minusDays(daysAgo))));
        Gen<PhotoSubject> byAge = Combine.of(Gen.ints(0, 17),
                Gen.of(AgeBand.values()), Gen.of(true, false), invalid)
                .as((age, band, colleague, c) -> new PhotoSubject(band, age, true, colleague, c));
        Gen<PhotoSubject> byBand = Combine.of(Gen.of(true, false), invalid)
                .as((colleague, c) -> new PhotoSubject(AgeBand.CHILD, null, true, colleague, c));
        return Gen.oneOf(byAge, byBand);
    }

    private static Gen<ConsentRecord> consents() {
        Gen<String> ref = Gen.oneOf(Gen.just(null), Gen.of("F-1", "HR-2", " "));
        Gen<LocalDate> given = Gen.oneOf(Gen.just(null),
                Gen.ints(0, 1500).map(TODAY::minusDays));
        Gen<Integer> lasts = Gen.oneOf(Gen.just(-1), Gen.ints(0, 900));
        return Combine.of(Gen.of(ConsentKind.values()), ref, given, lasts).as((k, r, g, l) ->
                new ConsentRecord(k, r, g, l < 0 ? null : (g == null ? TODAY.plusDays(l - 450) : g.plusDays(l))));
    }

    private static Gen<PhotoDeclaration> declarations() {
        Gen<PhotoSubject> subject = Combine.of(Gen.of(AgeBand.values()),
                Gen.oneOf(Gen.just(null), Gen.ints(0, 90)),
                Gen.of(true, false), Gen.of(true, false),
                Gen.oneOf(Gen.just(null), consents()))
                .as(PhotoSubject::new);
        Gen<IncidentDetails> incident = Gen.oneOf(Gen.just(null),
                Combine.of(Gen.of(true, false), Gen.of(true, false), Gen.of(true, false),
                        Gen.of(PostedBy.values())).as(IncidentDetails::new));
        Gen<Set<VisibleItem>> visible = Gen.of(VisibleItem.values()).list(0, 4).map(l -> l.isEmpty()
                ? java.util.EnumSet.noneOf(VisibleItem.class) : java.util.EnumSet.copyOf(l));
        Gen<ImageSource> source = Combine.of(Gen.of(SourceKind.values()),
                Gen.oneOf(Gen.just(null), Gen.of("CC BY 4.0", "")))
                .as(ImageSource::new);
        Gen<PhotoContext> contexts = Gen.of(PhotoContext.values());
        Gen<List<PhotoSubject>> subjects = subject.list(0, 3);
        return r -> new PhotoDeclaration(contexts.next(r), subjects.next(r), incident.next(r), visible.next(r),
                source.next(r), r.nextBoolean(), null);
    }
}
