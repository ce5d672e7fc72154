package org.councilpolicy.core.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Each module declares and validates its own section; core keeps the sections it does not know. */
class SettingsSectionTest {

    private static final String HEAD = "name: t\ncouncil: T\njurisdiction: ENGLAND\n";
    private static final ProfileLoader CORE_ONLY = ProfileLoader.forRules(List.of(), List.of());
    private static final ProfileLoader WITH_SIGNAGE = CORE_ONLY.withSections(List.of(Signage.SECTION));

    @Test
    void aKnownSectionIsReadByItsModuleAtLoad() {
        Profile p = WITH_SIGNAGE.parse(HEAD + "signage:\n  fontSize: 14\n  tone: formal-and-brief\n"
                + "  print:\n    footer: Printed by the council\n", "p");
        assertThat(p.settings(Signage.SECTION)).isEqualTo(new Signage(14, Signage.Tone.FORMAL_AND_BRIEF,
                "Printed by the council"));
    }

    @Test
    void aProfileWithoutTheSectionGetsTheModulesDefaults() {
        assertThat(WITH_SIGNAGE.parse(HEAD, "p").settings(Signage.SECTION)).isSameAs(Signage.DEFAULT);
        assertThat(Profile.builder("b").build().settings(Signage.SECTION)).isSameAs(Signage.DEFAULT);
    }

    @Test
    void everySectionsProblemsAreListedWithCoresEachWithItsPathAndTheNearestName() {
        InvalidProfileException e = catchThrowableOfType(InvalidProfileException.class, () -> WITH_SIGNAGE.parse("""
                name: t
                council: T
                jurisdiction: ENGLND
                signage:
                  fontSize: 2
                  tone: frendly
                  colour: red
                  print:
                    foter: x
                """, "p.yaml"));
        assertThat(e.problems()).extracting(ProfileProblem::toString).containsExactly(
                "jurisdiction: expected one of ENGLAND, WALES, SCOTLAND, NORTHERN_IRELAND, got \"ENGLND\"; "
                        + "did you mean ENGLAND?",
                "signage.colour: unknown key; expected one of fontSize, tone, print",
                "signage.fontSize: expected at least 8, got 2",
                "signage.tone: expected one of plain, friendly, formal-and-brief, got \"frendly\"; "
                        + "did you mean friendly?",
                "signage.print.foter: unknown key; expected one of footer; did you mean footer?");
    }

    @Test
    void aSectionOfAModuleNotOnTheClassPathIsKeptAndReadWhenTheModuleAsks() {
        Profile p = CORE_ONLY.parse(HEAD + "signage:\n  fontSize: 20\n", "p");
        assertThat(p.sections().keys()).containsExactly("signage");
        assertThat(p.settings(Signage.SECTION).fontSize()).isEqualTo(20);
        assertThat(p.toBuilder().build().settings(Signage.SECTION).fontSize()).isEqualTo(20);
    }

    @Test
    void aKeptSectionWithAProblemFailsWithItsPathWhenTheModuleReadsIt() {
        Profile p = CORE_ONLY.parse(HEAD + "signage:\n  fontSize: small\n", "p");
        assertThatThrownBy(() -> p.settings(Signage.SECTION)).isInstanceOf(InvalidProfileException.class)
                .hasMessageContaining("signage.fontSize: expected a whole number, got \"small\"");
    }

    @Test
    void aStrictLoaderReportsASectionNoModuleReads() {
        InvalidProfileException e = catchThrowableOfType(InvalidProfileException.class,
                () -> CORE_ONLY.strict().parse(HEAD + "signage:\n  fontSize: 20\n", "p"));
        assertThat(e.problems()).extracting(ProfileProblem::toString).containsExactly(
                "signage: unknown key; expected one of name, version, council, source, extends, jurisdiction, "
                        + "ownContacts, requiredHashtags, encouragedHashtags, namedPeople, preElectionPeriods, "
                        + "postingPauses, extraBankHolidays, rules");
        assertThat(WITH_SIGNAGE.strict().parse(HEAD + "signage:\n  fontSize: 20\n", "p").settings(Signage.SECTION)
                .fontSize()).isEqualTo(20);
    }

    @Test
    void aLikelyTypoOfAKnownKeyOrAKeyThatIsNotAMappingIsAProblemEvenWhenNotStrict() {
        InvalidProfileException e = catchThrowableOfType(InvalidProfileException.class,
                () -> WITH_SIGNAGE.parse(HEAD + "signge:\n  fontSize: 20\nrule:\n  x: {}\ncolour: blue\n", "p"));
        assertThat(e.problems()).extracting(ProfileProblem::toString).containsExactly(
                "signge: unknown key; expected one of name, version, council, source, extends, jurisdiction, "
                        + "ownContacts, requiredHashtags, encouragedHashtags, namedPeople, preElectionPeriods, "
                        + "postingPauses, extraBankHolidays, rules, signage; did you mean signage?",
                "rule: unknown key; expected one of name, version, council, source, extends, jurisdiction, "
                        + "ownContacts, requiredHashtags, encouragedHashtags, namedPeople, preElectionPeriods, "
                        + "postingPauses, extraBankHolidays, rules, signage; did you mean rules?",
                "colour: unknown key; expected one of name, version, council, source, extends, jurisdiction, "
                        + "ownContacts, requiredHashtags, encouragedHashtags, namedPeople, preElectionPeriods, "
                        + "postingPauses, extraBankHolidays, rules, signage");
    }

    @Test
    void aBuilderSetsAModulesSettingsInPlaceOfTheSection() {
        Profile p = CORE_ONLY.parse(HEAD + "signage:\n  fontSize: small\n", "p").toBuilder()
                .settings(Signage.SECTION, new Signage(9, Signage.Tone.PLAIN, null)).build();
        assertThat(p.settings(Signage.SECTION).fontSize()).isEqualTo(9);
        assertThat(p).isEqualTo(Profile.builder("t").council("T")
                .settings(Signage.SECTION, new Signage(9, Signage.Tone.PLAIN, null)).build());
    }

    /** A section that reads nothing, under another key. */
    private static SettingsSection<Signage> stub(String key) {
        return new SettingsSection<>() {
            @Override
            public String key() {
                return key;
            }

            @Override
            public Signage defaults() {
                return Signage.DEFAULT;
            }

            @Override
            public Signage read(SectionReader in) {
                return Signage.DEFAULT;
            }
        };
    }

    @Test
    void sectionsSharingAKeyOrTakingOneOfCoresAreRefused() {
        assertThatThrownBy(() -> CORE_ONLY.withSections(List.of(stub("rules"))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("one of core's own keys");
        assertThatThrownBy(() -> WITH_SIGNAGE.withSections(List.of(stub("signage"))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("two sections share the key signage");
        assertThat(WITH_SIGNAGE.withSections(List.of(Signage.SECTION)).sections()).containsOnlyKeys("signage");
    }

    @Test
    void everyBuiltInKeepsItsModuleSectionsWithOnlyCoreOnTheClassPath() {
        for (String name : ProfileLoader.BUILT_IN) {
            assertThat(CORE_ONLY.builtIn(name).sections().keys()).as(name).contains("messages");
        }
        assertThat(CORE_ONLY.builtIn("uk-council").sections().keys()).containsExactly("messages", "moderation", "photos");
    }
}
