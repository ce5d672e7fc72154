package org.councilpolicy.core.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.councilpolicy.core.calendar.UkRegion;
import org.councilpolicy.core.rule.Category;
import org.councilpolicy.core.rule.RuleInfo;
import org.councilpolicy.core.rule.RuleOption;
import org.councilpolicy.core.rule.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileLoaderTest {

    private static final RuleInfo PHONE = RuleInfo.builder("personal-data.phone").title("Phone")
            .category(Category.PERSONAL_DATA).clauses("PD-1").rationale("r").fires("f").passes("p").build();
    private static final RuleInfo HASHTAG = RuleInfo.builder("required-content.hashtag").title("Hashtag")
            .category(Category.REQUIRED_CONTENT).clauses("RC-1").rationale("r").fires("f").passes("p")
            .option(RuleOption.bool("strict", false, "s"))
            .option(RuleOption.stringList("tags", List.of(), "t")).build();
    private static final ProfileLoader LOADER = ProfileLoader.forRules(List.of(PHONE, HASHTAG), List.of(Signage.SECTION));

    @Test
    void everyBuiltInLoadsWithOnlyCoreOnTheClassPath() {
        // The built-ins tune rules of policy-content; with only core present those settings are dropped.
        for (String name : ProfileLoader.BUILT_IN) {
            Profile p = ProfileLoader.forRules(List.of()).builtIn(name);
            assertThat(p.name()).isEqualTo(name);
            assertThat(p.source()).isNotBlank();
        }
        assertThat(ProfileLoader.forRules(List.of()).builtIn("uk-council").jurisdiction()).isEqualTo(Jurisdiction.ENGLAND);
    }

    @Test
    void aCouncilFileNamingAnUnknownRuleIsStillAProblemWhenItExtendsABuiltIn() {
        InvalidProfileException e = catchThrowableOfType(InvalidProfileException.class, () -> LOADER.parse("""
                name: mine
                extends: suffolk
                rules:
                  personal-data.fone:
                    enabled: false
                    justification: typo
                """, "mine"));
        assertThat(e.problems()).extracting(ProfileProblem::path).containsExactly("rules.personal-data.fone");
    }

    @Test
    void listsEveryProblemAtOnceWithItsPath() {
        String yaml = """
                name: broken
                council: Test Council
                jurisdiction: MARS
                colour: blue
                requiredHashtags:
                  CORPORATE: ["SHDC"]
                  EVERYONE: ["#x"]
                preElectionPeriods:
                  - name: Election
                    start: 2026-13-01
                    end: 2026-05-07
                rules:
                  personal-data.phone:
                    severity: HIGH
                  personal-data.fone:
                    enabled: false
                    justification: typo
                  required-content.hashtag:
                    enabled: false
                    options:
                      strict: "yes"
                      colour: red
                signage:
                  fontSize: 2
                """;
        InvalidProfileException e = catchThrowableOfType(InvalidProfileException.class,
                () -> LOADER.parse(yaml, "broken.yaml"));
        assertThat(e.problems()).extracting(ProfileProblem::toString).containsExactlyInAnyOrder(
                "jurisdiction: expected one of ENGLAND, WALES, SCOTLAND, NORTHERN_IRELAND, got \"MARS\"",
                "colour: unknown key; expected one of name, version, council, source, extends, jurisdiction, "
                        + "ownContacts, requiredHashtags, encouragedHashtags, namedPeople, preElectionPeriods, "
                        + "postingPauses, extraBankHolidays, rules, signage",
                "requiredHashtags.CORPORATE[0]: expected a hashtag like #SHDC, got \"SHDC\"",
                "requiredHashtags.EVERYONE: unknown account kind; expected one of CORPORATE, SERVICE, COUNCILLOR, "
                        + "OFFICER_PERSONAL, PROFESSIONAL, got \"EVERYONE\"",
                "preElectionPeriods[0].start: expected a date YYYY-MM-DD, got \"2026-13-01\"",
                "rules.personal-data.phone.severity: expected one of BLOCK, REVIEW, ADVICE, got \"HIGH\"",
                "rules.personal-data.phone.justification: required: say why the council departs from the rule's default",
                "rules.personal-data.fone: unknown rule id; did you mean personal-data.phone?",
                "rules.required-content.hashtag.justification: required: say why the council departs from the rule's default",
                "rules.required-content.hashtag.options.strict: expected true or false, got \"yes\"",
                "rules.required-content.hashtag.options.colour: unknown option; expected one of strict, tags",
                "signage.fontSize: expected at least 8, got 2");
        assertThat(e.getMessage()).startsWith("profile broken.yaml has 12 problems:");
    }

    @Test
    void readsAFullProfileFromJsonExtendingABuiltIn(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("mine.json");
        Files.writeString(file, """
                {"name": "mine", "extends": "uk-council", "council": "My Council", "jurisdiction": "WALES",
                 "requiredHashtags": {"CORPORATE": ["#SHDC", "#WDBC"]},
                 "namedPeople": {"councillors": ["Cllr Ann Example", {"name": "Bob Sample", "party": "Independent",
                   "aliases": ["Cllr Sample"]}], "partners": ["Devon and Cornwall Police"]},
                 "postingPauses": [{"name": "National mourning", "start": "2026-09-08"},
                                   {"name": "Short", "start": "2026-10-01", "days": 2}],
                 "extraBankHolidays": {"SCOTLAND": ["2026-06-15"]},
                 "rules": {"personal-data.phone": {"severity": "REVIEW", "justification": "We check by hand."},
                           "required-content.hashtag": {"options": {"strict": true, "tags": ["#A"]}}},
                 "messages": {"counting": "next-working-day"}}
                """);
        Profile p = LOADER.load(file);
        assertThat(p.jurisdiction()).isEqualTo(Jurisdiction.WALES);
        assertThat(p.requiredHashtags(AccountType.CORPORATE)).containsExactly("#SHDC", "#WDBC");
        assertThat(p.namedPeople().allNames()).contains("Cllr Ann Example", "Bob Sample", "Cllr Sample",
                "Devon and Cornwall Police");
        assertThat(p.postingPauses().get(0).end()).isEqualTo(LocalDate.parse("2026-09-17"));
        assertThat(p.postingPauses().get(1).end()).isEqualTo(LocalDate.parse("2026-10-02"));
        assertThat(p.postingPauseOn(LocalDate.parse("2026-09-17"))).isPresent();
        assertThat(p.postingPauseOn(LocalDate.parse("2026-09-18"))).isEmpty();
        assertThat(p.extraBankHolidays(UkRegion.ANY_PART_OF_UK)).containsExactly(LocalDate.parse("2026-06-15"));
        assertThat(p.extraBankHolidays(UkRegion.ENGLAND_AND_WALES)).isEmpty();
        assertThat(p.settingsFor(PHONE).severity()).isEqualTo(Severity.REVIEW);
        assertThat(p.settingsFor(PHONE).justification()).isEqualTo("We check by hand.");
        assertThat(p.settingsFor(HASHTAG).booleanOption("strict")).isTrue();
        assertThat(p.settingsFor(HASHTAG).stringListOption("tags")).containsExactly("#A");
        assertThat(p.sections().keys()).as("modules' sections kept for the modules to read")
                .containsExactly("messages", "moderation", "photos");
    }

    @Test
    void councillorsListTheCommitteesTheySitOn() {
        Profile p = LOADER.parse("""
                name: mine
                council: My Council
                jurisdiction: ENGLAND
                namedPeople:
                  councillors:
                    - {name: "Jo Dean", aliases: ["Cllr Dean"], committees: [planning, Licensing]}
                    - "Cllr Ann Example"
                """, "mine");
        NamedPerson dean = p.namedPeople().councillors().get(0);
        assertThat(dean.committees()).containsExactly("planning", "licensing");
        assertThat(dean.isCalled(" cllr dean ")).isTrue();
        assertThat(dean.isCalled("Jo Deane")).isFalse();
        assertThat(p.namedPeople().councillors().get(1).committees()).isEmpty();
    }

    @Test
    void aWrongCommitteeIsAProblemAtItsPathAndOnlyCouncillorsHaveCommittees() {
        InvalidProfileException e = catchThrowableOfType(InvalidProfileException.class, () -> LOADER.parse("""
                name: mine
                council: My Council
                jurisdiction: ENGLAND
                namedPeople:
                  councillors:
                    - {name: "Jo Dean", committees: [planning, plannning, 3]}
                  officers:
                    - {name: "Chris Officer", role: "Head of Planning", committees: [planning]}
                """, "mine"));
        assertThat(e.problems()).extracting(ProfileProblem::path).containsExactlyInAnyOrder(
                "namedPeople.councillors[0].committees[1]", "namedPeople.councillors[0].committees[2]",
                "namedPeople.officers[0].committees");
        assertThat(e.getMessage()).contains("expected one of [appeals, cabinet, licensing, planning, regulatory, "
                + "scrutiny, standards], got \"plannning\"");
        assertThatThrownBy(() -> new NamedPerson("Jo Dean", null, null, List.of(), List.of("parking")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("parking");
    }

    @Test
    void extendingAFileRelativeToTheExtendingFile(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("base.yaml"), "name: base\ncouncil: Base\njurisdiction: SCOTLAND\n");
        Files.writeString(dir.resolve("child.yaml"), "name: child\nextends: base.yaml\ncouncil: Child\n");
        Profile p = LOADER.load(dir.resolve("child.yaml"));
        assertThat(p.jurisdiction()).isEqualTo(Jurisdiction.SCOTLAND);
        assertThat(p.council()).isEqualTo("Child");
    }

    @Test
    void cyclesAndMissingParentsAreReported(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.yaml"), "name: a\nextends: b.yaml\ncouncil: A\njurisdiction: ENGLAND\n");
        Files.writeString(dir.resolve("b.yaml"), "name: b\nextends: a.yaml\ncouncil: B\njurisdiction: ENGLAND\n");
        assertThatThrownBy(() -> LOADER.load(dir.resolve("a.yaml"))).isInstanceOf(InvalidProfileException.class)
                .hasMessageContaining("cycle");
        assertThatThrownBy(() -> LOADER.parse("name: x\nextends: nowhere\ncouncil: X\njurisdiction: ENGLAND\n", "x"))
                .hasMessageContaining("extends: no built-in profile named \"nowhere\"");
    }

    @Test
    void malformedYamlAndNonMappingsAreClearErrors() {
        assertThatThrownBy(() -> LOADER.parse("name: [unclosed", "bad.yaml"))
                .isInstanceOf(InvalidProfileException.class).hasMessageContaining("not valid YAML or JSON");
        assertThatThrownBy(() -> LOADER.parse("- a\n- b\n", "list.yaml"))
                .hasMessageContaining("expected a mapping of profile keys");
    }

    @Test
    void requiredKeysAreReported() {
        InvalidProfileException e = catchThrowableOfType(InvalidProfileException.class, () -> LOADER.parse("{}", "empty"));
        assertThat(e.problems()).extracting(ProfileProblem::toString).contains("name: required", "council: required",
                "jurisdiction: required; expected one of ENGLAND, WALES, SCOTLAND, NORTHERN_IRELAND");
    }

    @Test
    void unknownBuiltInNamesListTheBuiltIns() {
        assertThatThrownBy(() -> LOADER.builtIn("devon")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("uk-council");
    }
}
