package org.councilpolicy.content.personaldata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.councilpolicy.core.profile.NamedPerson;
import org.councilpolicy.core.rule.Span;

/** Planted names in clean council text: titled gazetteer surnames are always found exactly; listed people never. */
class PersonNameProperties {

    private static final PeopleDetector DETECTOR = PeopleDetector.forProfile(PeopleRulesTestSupport.testProfile());

    private static final List<String> PREFIXES = List.of(
            "Green bin collections resume on Monday across the South Hams. ",
            "Fore Street in Totnes will be closed on Tuesday for resurfacing. ",
            "Our drop-in session is at Tavistock Library on Thursday. ",
            "",
            "Update from the waste team: ");
    private static final List<String> MIDDLES = List.of(
            " called us about the bins", " reported the pothole", " has been in touch", " from Elm Road rang",
            " asked about the consultation");
    private static final List<String> SUFFIXES = List.of(
            ". Thanks for your patience. #SHDC", ". More on our website.", "!", ". #WDBC", "");

    @Provide
    Arbitrary<String> surnames() {
        return Arbitraries.of(NameGazetteer.get().surnames())
                .filter(s -> !NameGazetteer.get().isAmbiguousOrNotName(s))
                .filter(s -> !s.equalsIgnoreCase("pemberton") && !s.equalsIgnoreCase("whitcombe"));
    }

    @Provide
    Arbitrary<String> titles() {
        return Arbitraries.of("Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Mr.", "Mrs.");
    }

    @Property(tries = 300)
    void titledSurnameIsAlwaysFoundWithTheExactSpan(@ForAll("titles") String title, @ForAll("surnames") String surname,
            @ForAll("prefixIndex") int p, @ForAll("prefixIndex") int m, @ForAll("prefixIndex") int s) {
        String name = title + " " + surname;
        String prefix = PREFIXES.get(p);
        String text = prefix + name + MIDDLES.get(m) + SUFFIXES.get(s);
        List<PeopleMention> names = DETECTOR.analyse(text).names();
        assertThat(names).extracting(PeopleMention::span)
                .contains(new Span(prefix.length(), prefix.length() + name.length()));
        assertThat(names).allSatisfy(n -> assertThat(n.sure()).isTrue());
    }

    @Provide
    Arbitrary<Integer> prefixIndex() {
        return Arbitraries.integers().between(0, 4);
    }

    @Provide
    Arbitrary<String> listedNames() {
        var people = PeopleRulesTestSupport.testProfile().namedPeople();
        return Arbitraries.of(java.util.stream.Stream.of(people.councillors(), people.officers(), people.publicFigures())
                .flatMap(List::stream).map(NamedPerson::name).toList());
    }

    @Property(tries = 200)
    void profileListedNamesAreNeverFlagged(@ForAll("listedNames") String name, @ForAll("prefixIndex") int p,
            @ForAll("prefixIndex") int m, @ForAll("prefixIndex") int s,
            @ForAll("contexts") String context) {
        String text = PREFIXES.get(p) + context + name + MIDDLES.get(m) + SUFFIXES.get(s);
        PeopleFindings found = DETECTOR.analyse(text);
        assertThat(found.names()).isEmpty();
        assertThat(found.children()).isEmpty();
    }

    @Provide
    Arbitrary<String> contexts() {
        return Arbitraries.of("", "Thanks to ", "Cllr ", "Thank you to resident ", "Well done to ", "Mrs ");
    }
}
