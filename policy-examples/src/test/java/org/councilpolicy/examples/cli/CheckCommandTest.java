package org.councilpolicy.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    record Run(int code, String out, String err) {
        List<JsonNode> lines() throws Exception {
            List<JsonNode> out = new ArrayList<>();
            for (String l : this.out.split("\n")) {
                if (!l.isBlank()) {
                    out.add(JSON.readTree(l));
                }
            }
            return out;
        }
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = PolicyKit.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    private static Path write(Path dir, String name, String content) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, content);
        return f;
    }

    @Test
    void profilesListsTheSixBuiltIns() {
        Run r = run("profiles");
        assertThat(r.code()).isZero();
        for (String p : List.of("uk-council", "south-hams-west-devon", "suffolk", "suffolk-fire-rescue", "rushcliffe",
                "scottish-borders")) {
            assertThat(r.out()).contains(p);
        }
    }

    @Test
    void theShippedSamplePrintsOneReportPerLineInOrder() throws Exception {
        Run r = run("check", "--profile", "south-hams-west-devon", Path.of("..", "samples", "drafts.jsonl").toString());
        List<JsonNode> lines = r.lines();
        assertThat(lines).extracting(n -> n.get("id").asText()).containsExactly("d1", "d2", "d3", "d4", "d5", "d6", "d7");
        assertThat(lines).extracting(n -> n.get("verdict").asText())
                .containsExactly("PASS", "BLOCK", "PASS", "PASS", "BLOCK", "BLOCK", "PASS");
        assertThat(lines.get(4).get("findings").findValuesAsText("kind")).contains("PHONE", "PERSON_NAME");
        assertThat(lines.get(4).toString()).as("personal data never in the clear").doesNotContain("900123");
        assertThat(lines.get(1).get("verdict").asText()).isEqualTo("BLOCK");
        JsonNode f = lines.get(1).get("findings").get(0);
        assertThat(f.get("rule").asText()).isEqualTo("required-content.hashtag");
        assertThat(f.get("clauses").get(0).asText()).isEqualTo("RC-1");
        assertThat(f.get("category").asText()).isEqualTo("REQUIRED_CONTENT");
        assertThat(f.has("start")).as("a missing hashtag has no span").isFalse();
        assertThat(r.code()).isEqualTo(1);
    }

    @Test
    void failOnDecidesTheExitStatus(@TempDir Path dir) throws Exception {
        Path in = write(dir, "in.jsonl", "{\"id\":\"a\",\"text\":\"Bins on Monday\"}\n");
        assertThat(run("check", "--profile", "south-hams-west-devon", in.toString()).code()).isEqualTo(1);
        assertThat(run("check", "--profile", "south-hams-west-devon", "--fail-on", "never", in.toString()).code())
                .isZero();
        assertThat(run("check", "--profile", "uk-council", in.toString()).code()).isZero();
        Path councillor = write(dir, "c.jsonl", "{\"id\":\"c\",\"text\":\"Bins on Monday\",\"account\":\"COUNCILLOR\"}\n");
        assertThat(run("check", "--profile", "south-hams-west-devon", "--fail-on", "review", councillor.toString())
                .code()).as("advice alone does not fail even at review").isZero();
    }

    @Test
    void aMalformedLineGetsAnErrorLineAndExit2WhileTheOthersAreChecked(@TempDir Path dir) throws Exception {
        Path in = write(dir, "in.jsonl", """
                {"id":"ok1","text":"Bins on Monday #SHDC"}
                {"id":"bad","text":"x","account":"MAYOR"}
                {this is not json
                
                {"id":"ok2","text":"Library open late"}
                """);
        Run r = run("check", "--profile", "south-hams-west-devon", in.toString());
        assertThat(r.code()).isEqualTo(2);
        List<JsonNode> lines = r.lines();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0).get("verdict").asText()).isEqualTo("PASS");
        assertThat(lines.get(1).get("id").asText()).isEqualTo("bad");
        assertThat(lines.get(1).get("error").asText()).contains("line 2").contains("account");
        assertThat(lines.get(2).get("id").isNull()).isTrue();
        assertThat(lines.get(2).get("error").asText()).contains("line 3").contains("not valid JSON");
        assertThat(lines.get(3).get("id").asText()).isEqualTo("ok2");
        assertThat(lines.get(3).get("verdict").asText()).isEqualTo("BLOCK");
        assertThat(r.err()).contains("line 2 (id \"bad\"): account: expected one of CORPORATE")
                .contains("line 3: not valid JSON");
    }

    @Test
    void aBrokenProfileExits2ListingEveryProblem(@TempDir Path dir) throws Exception {
        Path profile = write(dir, "broken.yaml", """
                name: broken
                council: Broken Council
                jurisdiction: ATLANTIS
                rules:
                  required-content.hashtag:
                    severity: HIGH
                  personal-data.nope:
                    enabled: false
                    justification: x
                """);
        Path in = write(dir, "in.jsonl", "{\"id\":\"a\",\"text\":\"hi\"}\n");
        Run r = run("check", "--profile", profile.toString(), in.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("has 4 problems")
                .contains("jurisdiction: expected one of ENGLAND, WALES, SCOTLAND, NORTHERN_IRELAND, got \"ATLANTIS\"")
                .contains("rules.required-content.hashtag.severity: expected one of BLOCK, REVIEW, ADVICE, got \"HIGH\"")
                .contains("rules.required-content.hashtag.justification: required")
                .contains("rules.personal-data.nope: unknown rule id");
    }

    @Test
    void theModulesSectionProblemsAreListedWithCoresAndASectionNoModuleReadsIsAnUnknownKey(@TempDir Path dir)
            throws Exception {
        Path profile = write(dir, "broken.yaml", """
                name: broken
                council: Broken Council
                jurisdiction: ATLANTIS
                messages:
                  counting: weekly
                moderation:
                  mildProfanity: sometimes
                photos:
                  ageThreshold: 99
                branding:
                  colour: blue
                """);
        Path in = write(dir, "in.jsonl", "{\"id\":\"a\",\"text\":\"hi\"}\n");
        Run r = run("check", "--profile", profile.toString(), in.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("has 5 problems")
                .contains("jurisdiction: expected one of ENGLAND, WALES, SCOTLAND, NORTHERN_IRELAND, got \"ATLANTIS\"")
                .contains("messages.counting: expected one of ico, next-working-day, got \"weekly\"")
                .contains("moderation.mildProfanity: expected true or false, got \"sometimes\"")
                .contains("photos.ageThreshold: expected an age from 1 to 25, got 99")
                .contains("branding: unknown key; expected one of name, version, council, source, extends, "
                        + "jurisdiction, ownContacts, requiredHashtags, encouragedHashtags, namedPeople, "
                        + "preElectionPeriods, postingPauses, extraBankHolidays, rules, messages, moderation, photos");
    }

    @Test
    void unknownProfileNameOrMissingFileIsAUsageError() {
        Run r = run("check", "--profile", "no-such-profile", "missing.jsonl");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("no-such-profile");
        assertThat(run("check", "--format", "yaml").code()).isEqualTo(2);
        assertThat(run("check", "does-not-exist.jsonl").err()).contains("no such input file");
    }

    @Test
    void textFormatShowsVerdictsFindingsAndSuggestions() throws Exception {
        Run r = run("check", "--profile", "south-hams-west-devon", "--format", "text",
                Path.of("..", "samples", "drafts.jsonl").toString());
        assertThat(r.out()).contains("d2: BLOCK (1 finding)")
                .contains("BLOCK required-content.hashtag [RC-1]")
                .contains("suggestion: Add #SHDC to the post.")
                .contains("7 checked, 3 failing, 0 input errors");
    }

    @Test
    void textFormatMarksTheSpanWithoutShowingThePersonalData(@TempDir Path dir) throws Exception {
        Path in = write(dir, "pd.jsonl",
                "{\"id\":\"p1\",\"text\":\"Please contact jane.whitfield@example.com about it #SHDC\"}\n");
        Run r = run("check", "--profile", "south-hams-west-devon", "--format", "text", in.toString());
        assertThat(r.out()).contains("p1: BLOCK").contains("personal-data.email")
                .doesNotContain("jane.whitfield").doesNotContain("whitfield@example");
        String[] lines = r.out().split("\n");
        for (int i = 0; i + 1 < lines.length; i++) {
            if (lines[i].contains("| Please contact")) {
                int caret = lines[i + 1].indexOf('^');
                assertThat(lines[i].charAt(caret)).as("the carets start under the email").isEqualTo('j');
                assertThat(lines[i + 1].trim()).matches("\\|\\s*\\^{" + "jane.whitfield@example.com".length() + "}");
                return;
            }
        }
        throw new AssertionError("no marked line in:\n" + r.out());
    }

    @Test
    void textFormatShowsAProtectiveMarkingAsWrittenAndMasksOnlyPersonalData(@TempDir Path dir) throws Exception {
        // Issue 17 item 9: the JSON excerpt shows a protective marking as written; so does the text format.
        Path in = write(dir, "marking.jsonl", "{\"id\":\"m1\",\"text\":\"OFFICIAL-SENSITIVE: budget figures for "
                + "next year, ask jane.whitfield@example.com #SHDC\"}\n");
        Run r = run("check", "--profile", "south-hams-west-devon", "--format", "text", in.toString());
        assertThat(r.out()).contains("| OFFICIAL-SENSITIVE: budget figures").doesNotContain("jane.whitfield");
    }

    @Test
    void sarifFormatWritesOneSarif210Log() throws Exception {
        Run r = run("check", "--profile", "south-hams-west-devon", "--format", "sarif",
                Path.of("..", "samples", "drafts.jsonl").toString());
        JsonNode log = JSON.readTree(r.out());
        assertThat(log.get("version").asText()).isEqualTo("2.1.0");
        JsonNode run = log.get("runs").get(0);
        assertThat(run.get("tool").get("driver").get("name").asText()).isEqualTo("policykit");
        assertThat(run.get("tool").get("driver").get("rules")).isNotEmpty();
        JsonNode results = run.get("results");
        assertThat(results).hasSize(7);
        assertThat(results.get(0).get("ruleId").asText()).isEqualTo("required-content.hashtag");
        assertThat(results.get(0).get("level").asText()).isEqualTo("error");
        assertThat(results.get(1).get("level").asText()).isEqualTo("note");
        assertThat(results.get(0).get("locations").get(0).get("logicalLocations").get(0).get("name").asText())
                .isEqualTo("d2");
        assertThat(r.code()).isEqualTo(1);
    }

    @Test
    void rulesListsEveryRuleWithItsClauses() throws Exception {
        Run text = run("rules");
        assertThat(text.out()).contains("required-content.hashtag").contains("RC-1,RC-2");
        Run json = run("rules", "--format", "json", "--profile", "south-hams-west-devon");
        JsonNode arr = JSON.readTree(json.out());
        assertThat(arr.isArray()).isTrue();
        assertThat(arr.findValuesAsText("id")).contains("required-content.hashtag");
    }
}
