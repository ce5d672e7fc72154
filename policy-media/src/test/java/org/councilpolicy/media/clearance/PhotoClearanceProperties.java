package org.councilpolicy.media.clearance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilpolicy.media.clearance.PhotoClauseCoverageTest.CLOCK;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.councilpolicy.core.profile.Profile;

class PhotoClearanceProperties {

    private static final PhotoClearance CLEARANCE = new PhotoClearance(Profile.builder("p").build(), CLOCK);
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    @Property(tries = 500)
    void aRecognisableChildWithoutValidParentalConsentIsNeverCleared(@ForAll("declarations") PhotoDeclaration d,
                                                                      @ForAll("children") PhotoSubject child) {
        PhotoDeclaration withChild = new PhotoDeclaration(d.context(),
                concat(d.subjects(), child), d.incident(), d.visible(), d.source(), d.unsure(), null);
        ClearanceDecision c = CLEARANCE.clear(withChild);
        assertThat(c.decision()).isNotEqualTo(Decision.CLEARED);
        assertThat(c.decision()).isIn(Decision.NOT_CLEARED);
    }

    @Property(tries = 500)
    void theDecisionIsTheMostSevereActionOutcome(@ForAll("declarations") PhotoDeclaration d) {
        ClearanceDecision c = CLEARANCE.clear(d);
        Decision max = c.actions().stream().map(ClearanceAction::outcome).reduce(Decision.CLEARED, Decision::max);
        assertThat(c.decision()).isEqualTo(max);
        assertThat(c.decision() == Decision.CLEARED).isEqualTo(c.actions().stream().allMatch(ClearanceAction::isAdvice));
        for (int i = 1; i < c.actions().size(); i++) {
            assertThat(c.actions().get(i - 1).outcome()).isGreaterThanOrEqualTo(c.actions().get(i).outcome());
        }
    }

    @Property(tries = 300)
    void seeingMoreNeverMakesThePhotoSafer(@ForAll("declarations") PhotoDeclaration d, @ForAll VisibleItem extra,
                                          @ForAll boolean unsure) {
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
    @Provide
    Arbitrary<PhotoSubject> children() {
        Arbitrary<ConsentRecord> invalid = Arbitraries.oneOf(
                Arbitraries.just(null),
                Combinators.combine(Arbitraries.of(ConsentKind.ADULT_WRITTEN, ConsentKind.ADULT_VERBAL, ConsentKind.STAFF),
                        consents()).as((k, c) -> new ConsentRecord(k, c.reference(), c.given(), c.expires())),
                Arbitraries.integers().between(1, 2000).map(daysAgo -> new ConsentRecord(ConsentKind.PARENTAL_WRITTEN,
                        "F-1", TODAY.minusDays(daysAgo + 400), TODAY.minusDays(daysAgo))));
        Arbitrary<PhotoSubject> byAge = Combinators.combine(Arbitraries.integers().between(0, 17),
                Arbitraries.of(AgeBand.values()), Arbitraries.of(true, false), invalid)
                .as((age, band, colleague, c) -> new PhotoSubject(band, age, true, colleague, c));
        Arbitrary<PhotoSubject> byBand = Combinators.combine(Arbitraries.of(true, false), invalid)
                .as((colleague, c) -> new PhotoSubject(AgeBand.CHILD, null, true, colleague, c));
        return Arbitraries.oneOf(byAge, byBand);
    }

    private static Arbitrary<ConsentRecord> consents() {
        Arbitrary<String> ref = Arbitraries.oneOf(Arbitraries.just(null), Arbitraries.of("F-1", "HR-2", " "));
        Arbitrary<LocalDate> given = Arbitraries.oneOf(Arbitraries.just(null),
                Arbitraries.integers().between(0, 1500).map(TODAY::minusDays));
        Arbitrary<Integer> lasts = Arbitraries.oneOf(Arbitraries.just(-1), Arbitraries.integers().between(0, 900));
        return Combinators.combine(Arbitraries.of(ConsentKind.values()), ref, given, lasts).as((k, r, g, l) ->
                new ConsentRecord(k, r, g, l < 0 ? null : (g == null ? TODAY.plusDays(l - 450) : g.plusDays(l))));
    }

    @Provide
    Arbitrary<PhotoDeclaration> declarations() {
        Arbitrary<PhotoSubject> subject = Combinators.combine(Arbitraries.of(AgeBand.values()),
                Arbitraries.oneOf(Arbitraries.just(null), Arbitraries.integers().between(0, 90)),
                Arbitraries.of(true, false), Arbitraries.of(true, false),
                Arbitraries.oneOf(Arbitraries.just(null), consents()))
                .as(PhotoSubject::new);
        Arbitrary<IncidentDetails> incident = Arbitraries.oneOf(Arbitraries.just(null),
                Combinators.combine(Arbitraries.of(true, false), Arbitraries.of(true, false), Arbitraries.of(true, false),
                        Arbitraries.of(PostedBy.values())).as(IncidentDetails::new));
        Arbitrary<Set<VisibleItem>> visible = Arbitraries.of(VisibleItem.values()).set().ofMaxSize(4);
        Arbitrary<ImageSource> source = Combinators.combine(Arbitraries.of(SourceKind.values()),
                Arbitraries.oneOf(Arbitraries.just(null), Arbitraries.of("CC BY 4.0", "")))
                .as(ImageSource::new);
        return Combinators.combine(Arbitraries.of(PhotoContext.values()), subject.list().ofMaxSize(3), incident,
                visible, source, Arbitraries.of(true, false))
                .as((c, s, i, v, src, u) -> new PhotoDeclaration(c, s, i, v, src, u, null));
    }
}
