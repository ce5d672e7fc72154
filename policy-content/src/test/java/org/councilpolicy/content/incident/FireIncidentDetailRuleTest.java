package org.councilpolicy.content.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.councilpolicy.content.draft.Draft;
import org.councilpolicy.content.publishing.PublishingEngines;
import org.councilpolicy.core.profile.AccountType;
import org.councilpolicy.core.rule.Category;
import org.councilpolicy.core.rule.Finding;
import org.councilpolicy.core.rule.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FireIncidentDetailRuleTest {

    private static final String RULE = "fire-incident.detail";

    private static List<Finding> check(String profile, String text) {
        return PublishingEngines.findings(profile, Draft.builder(text).account(AccountType.SERVICE).build(), RULE);
    }

    static Stream<Arguments> fires() {
        return Stream.of(
                Arguments.of(IncidentDetailKind.CREW_NUMBERS, "Two fire engines attended, with four firefighters on each appliance.", "four firefighters on each appliance"),
                Arguments.of(IncidentDetailKind.CREW_NUMBERS, "Our Framlingham engine was crewed by three tonight.", "crewed by three"),
                Arguments.of(IncidentDetailKind.CREW_NUMBERS, "The pump went out with a crew of 4 to the barn fire.", "crew of 4"),
                Arguments.of(IncidentDetailKind.CREWS_OFF_THE_RUN, "Sudbury's second engine is off the run this weekend.", "off the run"),
                Arguments.of(IncidentDetailKind.CREWS_OFF_THE_RUN, "Eye station unavailable for calls until 6pm due to crewing shortages.", "station unavailable"),
                Arguments.of(IncidentDetailKind.CASUALTY_DETAILS, "Crews rescued a woman in her 80s from the first floor.", "woman"),
                Arguments.of(IncidentDetailKind.CASUALTY_DETAILS, "The driver was taken to hospital with serious head injuries.", "head injuries"),
                Arguments.of(IncidentDetailKind.CASUALTY_DETAILS, "One casualty, aged 34, was treated for smoke inhalation.", "aged 34"),
                Arguments.of(IncidentDetailKind.FATALITY_DETAILS, "Crews were called to a house fire in Haverhill last night where a person sadly died.", "sadly died"),
                Arguments.of(IncidentDetailKind.FATALITY_DETAILS, "Firefighters recovered a body from the river at the scene this morning.", "a body"),
                Arguments.of(IncidentDetailKind.OFFICIAL_SENSITIVE, "OFFICIAL-SENSITIVE: briefing note for the Lowestoft Road incident.", "OFFICIAL-SENSITIVE"),
                Arguments.of(IncidentDetailKind.OFFICIAL_SENSITIVE, "Incident log (not for publication): crews stood down at 14:10.", "not for publication"),
                Arguments.of(IncidentDetailKind.LINKED_TO_INDIVIDUAL_OR_LOCATION, "Crews attended a kitchen fire at 14 Orchard Close, Kesgrave.", "14 Orchard Close"),
                Arguments.of(IncidentDetailKind.LINKED_TO_INDIVIDUAL_OR_LOCATION, "Chimney fire at the home of Mr Example in Hadleigh.", "home of Mr Example"),
                Arguments.of(IncidentDetailKind.LINKED_TO_INDIVIDUAL_OR_LOCATION, "Crews are at a flat fire, IP4 1AB, Ipswich.", "IP4 1AB"),
                Arguments.of(IncidentDetailKind.LINKED_TO_INDIVIDUAL_OR_LOCATION, "Smoke alarm actuation in Flat 3 of the Quay building.", "Flat 3"),
                Arguments.of(IncidentDetailKind.ILO_INFORMATION, "Our ILO is on scene with police at the protest.", "ILO"),
                Arguments.of(IncidentDetailKind.ILO_INFORMATION, "An inter-agency liaison officer has been mobilised to Felixstowe.", "inter-agency liaison officer"),
                Arguments.of(IncidentDetailKind.SENSITIVE_OPERATIONAL, "Ipswich East crew on a standby move to Woodbridge to provide cover.", "standby move"),
                Arguments.of(IncidentDetailKind.SENSITIVE_OPERATIONAL, "Our mobilising system failed for 20 minutes tonight.", "mobilising system"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void fires(IncidentDetailKind kind, String text, String at) {
        List<Finding> found = check("suffolk-fire-rescue", text);
        assertThat(found).filteredOn(f -> f.kindName().equals(kind.name())).singleElement().satisfies(f -> {
            assertThat(f.span().of(text)).isEqualTo(at);
            assertThat(f.category()).isEqualTo(Category.INCIDENT_DETAIL);
            assertThat(f.clauses()).containsExactly("FR-1");
            assertThat(f.severity()).isEqualTo(kind == IncidentDetailKind.SENSITIVE_OPERATIONAL ? Severity.REVIEW
                    : Severity.BLOCK);
        });
    }

    static Stream<Arguments> passes() {
        return Stream.of(
                Arguments.of(IncidentDetailKind.CREW_NUMBERS, "Four fire engines and around 20 firefighters tackled the barn fire."),
                Arguments.of(IncidentDetailKind.CREW_NUMBERS, "Two crews from Bury attended the collision."),
                Arguments.of(IncidentDetailKind.CREWS_OFF_THE_RUN, "We're running a charity car wash at the station this Sunday."),
                Arguments.of(IncidentDetailKind.CREWS_OFF_THE_RUN, "Crews are available to visit schools this summer."),
                Arguments.of(IncidentDetailKind.CASUALTY_DETAILS, "Crews were called to a house fire in Stowmarket. One person was taken to hospital."),
                Arguments.of(IncidentDetailKind.CASUALTY_DETAILS, "Are you a woman thinking about becoming an on-call firefighter? Come along on Tuesday."),
                Arguments.of(IncidentDetailKind.CASUALTY_DETAILS, "Crews attended a car fire on the A14. No one was injured."),
                Arguments.of(IncidentDetailKind.FATALITY_DETAILS, "Most fire deaths happen at night: test your smoke alarm today."),
                Arguments.of(IncidentDetailKind.FATALITY_DETAILS, "Remember the Fatal Four this weekend: speed, seatbelts, phones and drink."),
                Arguments.of(IncidentDetailKind.FATALITY_DETAILS, "Crews at a road safety event this morning talked about the Fatal Four."),
                Arguments.of(IncidentDetailKind.CASUALTY_DETAILS, "Crews rescued a dog from the river this morning; no one was hurt and the man who called us said thanks."),
                Arguments.of(IncidentDetailKind.OFFICIAL_SENSITIVE, "Access to the A12 is restricted while crews work."),
                Arguments.of(IncidentDetailKind.OFFICIAL_SENSITIVE, "Please share this safety advice with older neighbours."),
                Arguments.of(IncidentDetailKind.LINKED_TO_INDIVIDUAL_OR_LOCATION, "Crews attended a kitchen fire on Orchard Close, Kesgrave."),
                Arguments.of(IncidentDetailKind.LINKED_TO_INDIVIDUAL_OR_LOCATION, "Two engines attended a grass fire near the A14 junction 55."),
                Arguments.of(IncidentDetailKind.ILO_INFORMATION, "Crews worked alongside police and ambulance colleagues at the scene."),
                Arguments.of(IncidentDetailKind.ILO_INFORMATION, "Milo the station cat says hello."),
                Arguments.of(IncidentDetailKind.SENSITIVE_OPERATIONAL, "Crews stand by to help at the Ipswich fireworks display on Saturday."),
                Arguments.of(IncidentDetailKind.SENSITIVE_OPERATIONAL, "We cover the whole of Suffolk from 35 fire stations."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void passes(IncidentDetailKind kind, String text) {
        assertThat(check("suffolk-fire-rescue", text)).extracting(Finding::kindName).doesNotContain(kind.name());
    }

    @Test
    void offOutsideTheFireServiceProfile() {
        assertThat(check("suffolk", "Sudbury's second engine is off the run this weekend.")).isEmpty();
        assertThat(check("uk-council", "Our ILO is on scene.")).isEmpty();
    }

    @Test
    void addressExcerptsAreMasked() {
        List<Finding> f = check("suffolk-fire-rescue", "Crews attended a kitchen fire at 14 Orchard Close, Kesgrave.");
        assertThat(f).singleElement().satisfies(x -> assertThat(x.excerpt()).doesNotContain("Orchard"));
    }
}
