package org.councilpolicy.content.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import org.councilpolicy.content.draft.Draft;
import org.councilpolicy.core.engine.Engine;
import org.councilpolicy.core.engine.Report;
import org.councilpolicy.core.rule.Category;
import org.councilpolicy.core.rule.PersonalDataKind;
import org.councilpolicy.core.rule.RuleContext;
import org.councilpolicy.core.rule.RuleInfo;
import org.councilpolicy.core.rule.Severity;
import org.councilpolicy.core.rule.SimpleRule;
import org.junit.jupiter.api.Test;

/** The comment rule asks the engine to run its PERSONAL_DATA draft rules (one implementation, one registry). */
class PersonalDataCommentRuleTest {

    /** A fixture draft rule that reports every "NI AB123456C"-like token as an NI number. */
    static final class FixtureNiRule extends SimpleRule<Draft> {
        FixtureNiRule() {
            super(RuleInfo.builder("personal-data.fixture-ni").title("fixture").category(Category.PERSONAL_DATA)
                    .severity(Severity.BLOCK).clauses("PD-1").rationale("test").fires("AB123456C").passes("x")
                    .build(), Draft.class);
        }

        @Override
        public void check(Draft draft, RuleContext ctx) {
            int at = draft.text().indexOf("AB123456C");
            if (at >= 0) {
                ctx.report(ctx.finding().kind(PersonalDataKind.NI_NUMBER).span(at, at + 9).excerpt("AB••••••C").message("ni"));
            }
        }
    }

    @Test
    void runsTheEnginesOwnPersonalDataRulesIncludingAddedOnes() {
        Engine engine = Engine.builder().withoutDiscovery().addRule(new PersonalDataCommentRule())
                .addRule(new FixtureNiRule()).build();
        Report r = engine.check(Comment.of("His NI number is AB123456C, phone 07700 900123"));
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("moderation.personal-data");
            assertThat(f.kindName()).isEqualTo("NI_NUMBER");
            assertThat(f.excerpt()).isEqualTo("AB••••••C");
            assertThat(f.message()).contains("personal-data.fixture-ni");
        });
    }

    @Test
    void usesTheDraftPersonalDataRulesOnTheClassPathByDefault() {
        Engine engine = Engine.builder().build();
        Report r = engine.check(Comment.of("Email him at j.bloggs@example.com or ring 0113 496 0789"));
        assertThat(r.findings("moderation.personal-data")).extracting(f -> f.kindName()).containsExactlyInAnyOrder("EMAIL", "PHONE");
        assertThat(r.findings()).allSatisfy(f -> assertThat(f.excerpt()).doesNotContain("bloggs").doesNotContain("0789"));
    }

    @Test
    void findsNothingWhenNoPersonalDataRuleIsInstalled() {
        Engine engine = Engine.builder().withoutDiscovery().addRule(new PersonalDataCommentRule()).build();
        assertThat(engine.check(Comment.of("Email him at j.bloggs@example.com")).findings()).isEmpty();
    }

    private static final Moderator MODERATOR = Moderator.of(org.councilpolicy.core.engine.RuleRegistry.discover()
            .profileLoader().builtIn("uk-council"), java.time.Clock.fixed(java.time.Instant.parse(
            "2026-12-07T10:00:00Z"), java.time.ZoneOffset.UTC));

    /**
     * Issue 12, round 7: a resident's details in a comment are deleted; a problem's place reviewed. Round 10: the
     * poster's own number or email is deleted too (the page must not carry it; PD-1, PD-7); their own street stays
     * for review (residents say where a problem is).
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
            The bloke who reported me is at Flat 2, 9 Station Road if anyone wants a word            | DELETE
            The lad with the quad bike is at 5 Brook Close, go and have a word                        | DELETE
            I live on Park Road too and she's at 14 Park Road, her mobile is 07700 900333             | DELETE
            My number is 07700 900111 but the landlord's is 07700 900222, ring him and give him grief | DELETE
            Ring 07700 900123, that's her mobile, and tell her what you think                         | DELETE
            07700 900123 is my mobile if anyone saw the accident                                      | DELETE
            Text me on 07700 900444 if you found a grey cat near the park                             | DELETE
            My mum at 42 Oak Street waited six hours for a carer                                      | REVIEW
            My number is 07700 900111 if someone from housing wants to ring me back                   | DELETE
            email me on jo.bloggs@example.com, I have been waiting weeks for a reply                  | DELETE
            We live at 12 Birch Road and the bin lorry blocks our drive every Tuesday                 | REVIEW
            Who collects the bins at 12 Mill Lane now?                                                | REVIEW
            """)
    void residentsDetailsAndThePostersOwnAreDeletedAProblemsPlaceReviewed(String text, Decision expected) {
        ModerationDecision d = MODERATOR.decide(Comment.of(text));
        assertThat(d.decision()).as(text).isEqualTo(expected);
        // round 10: a person described by where they are found may also be named in an incident ("who reported me")
        assertThat(d.grounds()).as(text).contains(Ground.PERSONAL_DATA)
                .isSubsetOf(Ground.PERSONAL_DATA, Ground.NAMES_PUBLIC_IN_INCIDENT);
    }

    @Test
    void aNameWithAPostcodeIdentifiesSomeoneAndEachAloneDoesNot() {
        Engine engine = Engine.builder().build();
        Report both = engine.check(Comment.of("Gary Hughes from WF1 2AB keeps blocking the lane"));
        assertThat(both.findings("moderation.personal-data")).extracting(f -> f.kindName())
                .contains("PERSON_NAME", "POSTCODE");
        assertThat(both.findings("moderation.personal-data")).allSatisfy(f ->
                assertThat(f.severity()).isEqualTo(Severity.BLOCK));
        Report alone = engine.check(Comment.of("Someone from WF1 2AB keeps blocking the lane"));
        assertThat(alone.findings("moderation.personal-data")).allSatisfy(f ->
                assertThat(f.severity()).isEqualTo(Severity.REVIEW));
    }

    /** Round 8: an address right after a preposition of place, with nobody said to live there, is where a problem is. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
            Reported the hole outside number 22 Ferndale Road in May and it is still there | KEEP
            The streetlight opposite 15 Kings Road has been out for three weeks             | KEEP
            Rubbish piled behind 3 Mill Lane again, when will it be cleared?                | KEEP
            The man outside 15 Kings Road is dumping rubbish again                          | DELETE
            She lives at 15 Kings Road, go round and tell her what you think                | DELETE
            """)
    void anAddressThatPlacesAProblemIsNoPersonalData(String text, Decision expected) {
        assertThat(MODERATOR.decide(Comment.of(text)).decision()).as(text).isEqualTo(expected);
    }
}
