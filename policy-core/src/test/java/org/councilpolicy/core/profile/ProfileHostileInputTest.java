package org.councilpolicy.core.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.councilpolicy.core.rule.Category;
import org.councilpolicy.core.rule.RuleInfo;
import org.councilpolicy.core.rule.RuleOption;
import org.councilpolicy.core.rule.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A profile path may name any file: problems name the place and the problem, never the file's content. */
class ProfileHostileInputTest {

    private static final RuleInfo PAUSE = RuleInfo.builder("schedule.pause").title("Pause").category(Category.SCHEDULING)
            .clauses("SC-1").rationale("r").fires("f").passes("p")
            .option(RuleOption.enumList("accounts", AccountType.class, List.of(AccountType.CORPORATE), "a"))
            .option(RuleOption.integer("window", 10, 1, "w"))
            .option(RuleOption.severity("mildSeverity", Severity.ADVICE, "m"))
            .option(RuleOption.date("from", null, "d")).build();
    private static final ProfileLoader LOADER = ProfileLoader.forRules(List.of(PAUSE));
    private static final String HEAD = "name: t\ncouncil: Test Council\njurisdiction: ENGLAND\n";

    private static String problems(Runnable load) {
        InvalidProfileException e = catchThrowableOfType(InvalidProfileException.class, load::run);
        assertThat(e).as("an InvalidProfileException").isNotNull();
        return e.getMessage() + " " + e.problems();
    }

    @Test
    void aShadowFileIsNotEchoed(@TempDir Path dir) throws Exception {
        Path shadow = Files.writeString(dir.resolve("shadow"), """
                root:$6$saltsalt$hashhashhashhash:19000:0:99999:7:::
                daemon:*:19000:0:99999:7:::
                jane: $6$janesalt$janehashjanehash
                """);
        String shown = problems(() -> LOADER.load(shadow));
        assertThat(shown).contains(shadow.toString()).doesNotContain("hashhash", "janehash", "saltsalt", "daemon",
                "root:");
    }

    @Test
    void aMappingOfSecretsIsNotAProfileAndItsKeysAndValuesAreNotEchoed(@TempDir Path dir) throws Exception {
        Path secrets = Files.writeString(dir.resolve("secrets.yaml"), "db_password: hunter2\napi_key: s3cr3tK3y\n");
        String shown = problems(() -> LOADER.load(secrets));
        assertThat(shown).contains("not a council profile").doesNotContain("hunter2", "s3cr3tK3y", "db_password");
    }

    @Test
    void anUnknownKeyThatCouldNotBeAProfileKeyIsNotEchoed() {
        String shown = problems(() -> LOADER.parse(HEAD + "\"$6$abc$secrethash:x\": 1\ncolour: blue\n", "p"));
        assertThat(shown).doesNotContain("secrethash").contains("colour: unknown key");
    }

    @Test
    void aSyntaxErrorGivesLineAndColumnWithoutQuotingTheLine() {
        String shown = problems(() -> LOADER.parse(HEAD + "source: [unclosed 'Tr0ub4dor&3' and more\n", "p"));
        assertThat(shown).contains("not valid YAML or JSON at line").doesNotContain("Tr0ub4dor", "unclosed");
    }

    @Test
    void yamlAliasesAreRejectedWithAProblemEach() {
        InvalidProfileException e = catchThrowableOfType(InvalidProfileException.class,
                () -> LOADER.parse("name: &n t\ncouncil: *n\nsource: *n\njurisdiction: ENGLAND\n", "p"));
        assertThat(e.problems()).extracting(ProfileProblem::path).containsExactly("council", "source");
        assertThat(e.problems()).allSatisfy(p -> assertThat(p.message()).contains("alias"));
    }

    @Test
    void duplicateKeysAreRejectedWithAProblemEach() {
        InvalidProfileException e = catchThrowableOfType(InvalidProfileException.class, () -> LOADER.parse(
                HEAD + "name: u\nrules:\n  schedule.pause:\n    options:\n      window: 3\n      window: 4\n", "p"));
        assertThat(e.problems()).extracting(ProfileProblem::path)
                .containsExactly("name", "rules.schedule.pause.options.window");
        assertThat(e.problems()).allSatisfy(p -> assertThat(p.message()).contains("duplicate key"));
    }

    @Test
    void aVeryLongExtendsChainIsAProblemNotAStackOverflow(@TempDir Path dir) throws Exception {
        for (int i = 0; i < 2_000; i++) {
            Files.writeString(dir.resolve("p" + i + ".yaml"),
                    "name: p" + i + "\nextends: " + (i == 1_999 ? "uk-council" : "p" + (i + 1) + ".yaml") + "\n");
        }
        InvalidProfileException e = catchThrowableOfType(InvalidProfileException.class,
                () -> LOADER.load(dir.resolve("p0.yaml")));
        assertThat(e).isNotNull();
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("extends");
            assertThat(p.message()).contains("more than " + ProfileLoader.MAX_EXTENDS_DEPTH);
        });
    }

    @Test
    void aNameThatIsNeitherABuiltInNorAFileSaysSoAndSuggestsTheNearest() {
        String shown = problems(() -> LOADER.resolve("suffok"));
        assertThat(shown).contains("\"suffok\" is neither a built-in profile", "uk-council", "suffolk-fire-rescue",
                "did you mean suffolk?", "nor a readable file");
    }

    @Test
    void aDirectoryIsNotReadAsAProfile(@TempDir Path dir) {
        assertThat(problems(() -> LOADER.load(dir))).contains("not a regular file");
    }

    @Test
    void typedOptionsAreCheckedAtLoadWithTheirPathAndTheNearestValue() {
        InvalidProfileException e = catchThrowableOfType(InvalidProfileException.class, () -> LOADER.parse(HEAD + """
                rules:
                  schedule.pause:
                    options:
                      accounts: [SERVICE, CORPRATE]
                      window: 0
                      mildSeverity: HIGH
                      from: 2026-02-30
                """, "p"));
        assertThat(e.problems()).extracting(ProfileProblem::toString).containsExactly(
                "rules.schedule.pause.options.accounts[1]: unknown value; expected one of CORPORATE, SERVICE, COUNCILLOR, "
                        + "OFFICER_PERSONAL, PROFESSIONAL, got \"CORPRATE\"; did you mean CORPORATE?",
                "rules.schedule.pause.options.window: expected at least 1, got 0",
                "rules.schedule.pause.options.mildSeverity: unknown value; expected one of BLOCK, REVIEW, ADVICE, "
                        + "got \"HIGH\"",
                "rules.schedule.pause.options.from: expected a date YYYY-MM-DD, got \"2026-02-30\"");
    }

    @Test
    void enumOptionsAcceptAnyCaseAndReachTheRuleAsConstants() {
        Profile p = LOADER.parse(HEAD + """
                rules:
                  schedule.pause:
                    options:
                      accounts: [service, Professional]
                      mildSeverity: review
                """, "p");
        var settings = p.settingsFor(PAUSE);
        assertThat(settings.enumListOption("accounts", AccountType.class))
                .containsExactly(AccountType.SERVICE, AccountType.PROFESSIONAL);
        assertThat(settings.severityOption("mildSeverity")).isEqualTo(Severity.REVIEW);
        assertThat(LOADER.parse(HEAD, "p").settingsFor(PAUSE).severityOption("mildSeverity")).isEqualTo(Severity.ADVICE);
    }
}
