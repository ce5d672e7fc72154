package org.councilpolicy.content.conduct;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.councilpolicy.content.draft.Draft;
import org.councilpolicy.core.engine.Engine;
import org.councilpolicy.core.engine.RuleRegistry;
import org.councilpolicy.core.profile.AccountType;
import org.councilpolicy.core.profile.Profile;
import org.councilpolicy.core.profile.RuleOverride;
import org.councilpolicy.core.rule.Category;
import org.councilpolicy.core.rule.Finding;
import org.councilpolicy.core.rule.Severity;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ConductRulesTest {

    static final RuleRegistry REGISTRY = RuleRegistry.discover();
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-15T10:00:00Z"), ZoneOffset.UTC);
    static final Engine SHWD = Engine.builder().registry(REGISTRY)
            .profile(REGISTRY.profileLoader().builtIn("south-hams-west-devon")).clock(CLOCK).build();

    static List<Finding> check(String rule, AccountType account, String text) {
        return SHWD.check(Draft.builder(text).account(account).build()).findings(rule);
    }

    @Nested
    class ContemptOfCourt {
        static final String ID = "conduct.contempt-of-court";

        @Test
        void guiltAssertedWhileACaseIsLiveIsABlockWithAMaskedExcerpt() {
            List<Finding> f = check(ID, AccountType.CORPORATE,
                    "Kim Example, charged with the arson at the recycling centre, obviously did it.");
            assertThat(f).singleElement().satisfies(x -> {
                assertThat(x.severity()).isEqualTo(Severity.BLOCK);
                assertThat(x.category()).isEqualTo(Category.CONDUCT);
                assertThat(x.excerpt()).doesNotContain("obviously");
            });
            assertThat(check(ID, AccountType.COUNCILLOR, "The thief Mark Example has been charged.")).hasSize(1);
        }

        @Test
        void factsAndFinishedCasesPass() {
            assertThat(check(ID, AccountType.CORPORATE,
                    "A man has been charged with fly-tipping and will appear at Plymouth Magistrates' Court.")).isEmpty();
            assertThat(check(ID, AccountType.CORPORATE,
                    "Pat Example pleaded guilty at Exeter Crown Court and will be sentenced next month.")).isEmpty();
            assertThat(check(ID, AccountType.CORPORATE, "The alleged thief Sam Example appears in court today."))
                    .isEmpty();
            assertThat(check(ID, AccountType.CORPORATE, "Jo Example is guilty of nothing but kindness.")).isEmpty();
        }
    }

    @Nested
    class DisparagingCouncil {
        static final String ID = "conduct.disparaging-council";

        @Test
        void insultsFromOfficersAreBlocksAndMildCriticismAReview() {
            assertThat(check(ID, AccountType.OFFICER_PERSONAL, "Honestly the council is useless, my manager is an idiot."))
                    .singleElement().extracting(Finding::severity).isEqualTo(Severity.BLOCK);
            assertThat(check(ID, AccountType.PROFESSIONAL, "This place is badly run."))
                    .singleElement().extracting(Finding::severity).isEqualTo(Severity.REVIEW);
            assertThat(check(ID, AccountType.OFFICER_PERSONAL, "South Hams is run by idiots.")).hasSize(1);
        }

        @Test
        void otherAccountsAndOtherTargetsPass() {
            assertThat(check(ID, AccountType.CORPORATE, "Sorry, the council website is useless today.")).isEmpty();
            assertThat(check(ID, AccountType.OFFICER_PERSONAL, "My football team is useless this season.")).isEmpty();
            assertThat(check(ID, AccountType.OFFICER_PERSONAL, "Proud of my team at the council this week.")).isEmpty();
        }
    }

    @Nested
    class PersonalPromotion {
        static final String ID = "conduct.personal-promotion";

        @Test
        void affiliationPlusPromotionIsABlock() {
            assertThat(check(ID, AccountType.OFFICER_PERSONAL,
                    "As a South Hams planning officer, I offer private planning consultancy - DM for rates."))
                    .singleElement().extracting(Finding::clauses).isEqualTo(List.of("CO-6"));
            assertThat(check(ID, AccountType.OFFICER_PERSONAL,
                    "Email me at jo.bloggs@southhams.gov.uk for a quote on garden design.")).hasSize(1);
        }

        @Test
        void eitherAloneOrAnotherAccountPasses() {
            assertThat(check(ID, AccountType.OFFICER_PERSONAL, "I offer private garden design - DM for rates.")).isEmpty();
            assertThat(check(ID, AccountType.OFFICER_PERSONAL, "Proud to be a South Hams planning officer.")).isEmpty();
            assertThat(check(ID, AccountType.CORPORATE, "Council planning officers offer pre-application advice for a fee."))
                    .isEmpty();
        }
    }

    @Nested
    class CouncillorInsult {
        static final String ID = "conduct.councillor-insult";

        @Test
        void insultingAPersonIsABlockAndAGroupAReview() {
            assertThat(check(ID, AccountType.COUNCILLOR, "Cllr Bloggs is a clown who hasn't read the report."))
                    .singleElement().extracting(Finding::severity).isEqualTo(Severity.BLOCK);
            assertThat(check(ID, AccountType.COUNCILLOR, "The planning officers are clueless."))
                    .singleElement().extracting(Finding::severity).isEqualTo(Severity.REVIEW);
        }

        @Test
        void policyCriticismAndOtherAccountsPass() {
            assertThat(check(ID, AccountType.COUNCILLOR, "This government is incompetent and its housing policy is a mess."))
                    .isEmpty();
            assertThat(check(ID, AccountType.COUNCILLOR, "I disagree with Cllr Bloggs on parking charges.")).isEmpty();
            assertThat(check(ID, AccountType.OFFICER_PERSONAL, "Cllr Bloggs is a clown.")).isEmpty();
        }
    }

    @Nested
    class MeetingOffTopic {
        static final String ID = "conduct.meeting-off-topic";

        static Draft at(String utc, String text) {
            return Draft.builder(text).account(AccountType.COUNCILLOR).scheduledAt(Instant.parse(utc)).build();
        }

        @Test
        void offTopicDuringAMeetingIsAdvice() {
            assertThat(SHWD.check(at("2026-06-16T19:00:00Z", "Sat in full council and Argyle are 2-0 up!")).findings(ID))
                    .singleElement().extracting(Finding::severity).isEqualTo(Severity.ADVICE);
        }

        @Test
        void onTopicOutOfHoursOrNotThereNow() {
            assertThat(SHWD.check(at("2026-06-16T19:00:00Z", "Sat in full council debating the budget amendment."))
                    .findings(ID)).isEmpty();
            assertThat(SHWD.check(at("2026-06-16T23:30:00Z", "Sat in full council and Argyle are 2-0 up!"))
                    .findings(ID)).isEmpty();
            assertThat(SHWD.check(at("2026-06-16T19:00:00Z", "After full council, off to watch Argyle!"))
                    .findings(ID)).isEmpty();
        }

        @Test
        void badMeetingHoursAreRejectedWhenTheEngineIsBuilt() {
            Profile p = REGISTRY.profileLoader().builtIn("uk-council").toBuilder()
                    .rule(ID, new RuleOverride(null, null, null, Map.of("meetingHours", "evenings"))).build();
            assertThatThrownBy(() -> Engine.builder().registry(REGISTRY).profile(p).build())
                    .hasMessageContaining("meetingHours");
        }
    }
}
