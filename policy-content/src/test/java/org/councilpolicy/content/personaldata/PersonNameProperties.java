package org.councilpolicy.content.personaldata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.councilpolicy.core.profile.NamedPerson;
import org.councilpolicy.core.rule.Span;
import org.councilpolicy.core.testsupport.Seeded;
import org.councilpolicy.testkit.Gen;
import org.junit.jupiter.api.Test;

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

    private static Gen<String> surnames() {
        return Gen.of(List.copyOf(NameGazetteer.get().surnames()))
                .filter(s -> !NameGazetteer.get().isAmbiguousOrNotName(s))
                .filter(s -> !s.equalsIgnoreCase("pemberton") && !s.equalsIgnoreCase("whitcombe"));
    }

    private static Gen<String> titles() {
        return Gen.of("Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Mr.", "Mrs.");
    }

    @Test
    void titledSurnameIsAlwaysFoundWithTheExactSpan() {
        Gen<String> titles = titles();
        Gen<String> surnames = surnames();
        Seeded.forAll(61, 300, r -> titledSurnameFound(titles.next(r), surnames.next(r), r.nextInt(5), r.nextInt(5),
                r.nextInt(5)));
    }

    private static void titledSurnameFound(String title, String surname, int p, int m, int s) {
        String name = title + " " + surname;
        String prefix = PREFIXES.get(p);
        String text = prefix + name + MIDDLES.get(m) + SUFFIXES.get(s);
        List<PeopleMention> names = DETECTOR.analyse(text).names();
        assertThat(names).extracting(PeopleMention::span)
                .contains(new Span(prefix.length(), prefix.length() + name.length()));
        assertThat(names).allSatisfy(n -> assertThat(n.sure()).isTrue());
    }

    private static Gen<String> listedNames() {
        var people = PeopleRulesTestSupport.testProfile().namedPeople();
        return Gen.of(java.util.stream.Stream.of(people.councillors(), people.officers(), people.publicFigures())
                .flatMap(List::stream).map(NamedPerson::name).toList());
    }

    @Test
    void profileListedNamesAreNeverFlagged() {
        Gen<String> names = listedNames();
        Gen<String> contexts = contexts();
        Seeded.forAll(62, 200, r -> listedNameNotFlagged(names.next(r), r.nextInt(5), r.nextInt(5), r.nextInt(5),
                contexts.next(r)));
    }

    private static void listedNameNotFlagged(String name, int p, int m, int s, String context) {
        String text = PREFIXES.get(p) + context + name + MIDDLES.get(m) + SUFFIXES.get(s);
        PeopleFindings found = DETECTOR.analyse(text);
        assertThat(found.names()).isEmpty();
        assertThat(found.children()).isEmpty();
    }

    private static Gen<String> contexts() {
        return Gen.of("", "Thanks to ", "Cllr ", "Thank you to resident ", "Well done to ", "Mrs ");
    }
}
