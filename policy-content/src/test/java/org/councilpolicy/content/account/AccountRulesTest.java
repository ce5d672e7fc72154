package org.councilpolicy.content.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.List;
import org.councilpolicy.content.draft.Platform;
import org.councilpolicy.content.publishing.PublishingEngines;
import org.councilpolicy.core.engine.Report;
import org.councilpolicy.core.engine.Verdict;
import org.councilpolicy.core.profile.AccountType;
import org.councilpolicy.core.rule.Category;
import org.councilpolicy.core.rule.Finding;
import org.councilpolicy.core.rule.Severity;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AccountRulesTest {

    private static AccountSetup.Builder setup(AccountType type) {
        return AccountSetup.builder().platform(Platform.X).account(type).twoFactor(true);
    }

    private static List<Finding> check(String profile, AccountSetup a, String rule) {
        return PublishingEngines.findings(profile, a, rule);
    }

    @Test
    void aWellSetUpCorporateAccountPassesEveryRule() {
        AccountSetup a = setup(AccountType.CORPORATE).displayName("Suffolk County Council").handle("@suffolkcc")
                .bio("News and services from Suffolk County Council. Monitored Mon–Fri 9am–5pm.")
                .link("https://www.suffolk.gov.uk").build();
        Report r = PublishingEngines.check("suffolk", a);
        assertThat(r.findings()).isEmpty();
        assertThat(r.verdict()).isEqualTo(Verdict.PASS);
    }

    @Test
    void setUpRejectsNullsAndHidesTheBio() {
        assertThatNullPointerException().isThrownBy(() -> AccountSetup.builder().platform(null));
        AccountSetup a = setup(AccountType.CORPORATE).bio("Monitored 24/7 by Jane").build();
        assertThat(a.toString()).doesNotContain("Jane");
        assertThat(AccountSetup.builder().build().displayName()).isEmpty();
    }

    @Nested
    class MonitoringHours {
        static final String RULE = "account.monitoring-hours";

        @Test
        void fires() {
            assertThat(check("suffolk", setup(AccountType.CORPORATE).bio("News from Suffolk County Council.").build(), RULE))
                    .singleElement().satisfies(f -> {
                        assertThat(f.kindName()).isEqualTo("MISSING_HOURS");
                        assertThat(f.category()).isEqualTo(Category.ACCOUNT);
                        assertThat(f.severity()).isEqualTo(Severity.REVIEW);
                    });
            assertThat(check("suffolk", setup(AccountType.SERVICE).bio("Monitored Monday to Friday.").build(), RULE))
                    .extracting(Finding::kindName).containsExactly("MISSING_TIMES");
            assertThat(check("suffolk", setup(AccountType.SERVICE).bio("Monitored 9am to 5pm.").build(), RULE))
                    .extracting(Finding::kindName).containsExactly("MISSING_DAYS");
        }

        @Test
        void passes() {
            for (String bio : List.of("Monitored Mon–Fri 9am–5pm", "We reply weekdays 08:30-17:00",
                    "Staffed 24/7 for emergencies", "Open Monday to Friday, 9 to 5", "Mon-Thu 0900-1700, Fri 0900-1630")) {
                assertThat(check("suffolk", setup(AccountType.CORPORATE).bio(bio).build(), RULE)).as(bio).isEmpty();
            }
            assertThat(check("suffolk", setup(AccountType.OFFICER_PERSONAL).bio("Dad. Runner.").build(), RULE)).isEmpty();
        }
    }

    @Nested
    class ProfessionalAccount {
        static final String RULE = "account.professional-account";

        @Test
        void firesPerMissingPart() {
            AccountSetup a = setup(AccountType.PROFESSIONAL).displayName("Jane Marsh").bio("Thoughts on libraries").build();
            assertThat(check("suffolk", a, RULE)).extracting(Finding::kindName).containsExactlyInAnyOrder(
                    "NAMED_AFTER_PERSON", "NO_COUNCIL_BRAND", "NOT_MARKED_PROFESSIONAL", "NO_COUNCIL_LINK");
            assertThat(check("suffolk", a, RULE)).filteredOn(f -> f.kindName().equals("NAMED_AFTER_PERSON"))
                    .singleElement().satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.REVIEW));
            assertThat(check("suffolk", a, RULE)).filteredOn(f -> f.kindName().equals("NO_COUNCIL_LINK"))
                    .singleElement().satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.BLOCK));
        }

        @Test
        void passes() {
            AccountSetup a = setup(AccountType.PROFESSIONAL).displayName("Suffolk CC Library Development Officer")
                    .bio("Professional account of Suffolk County Council's library development officer.")
                    .link("https://www.suffolk.gov.uk/libraries").build();
            assertThat(check("suffolk", a, RULE)).isEmpty();
            assertThat(check("suffolk", setup(AccountType.SERVICE).displayName("Jane Marsh").build(), RULE)).isEmpty();
        }
    }

    @Nested
    class CouncillorIdentity {
        static final String RULE = "account.councillor-identity";

        @Test
        void fires() {
            assertThat(check("rushcliffe", setup(AccountType.COUNCILLOR).displayName("Fred Bloggs")
                    .bio("Dad, cyclist, Forest fan").build(), RULE)).extracting(Finding::kindName)
                    .containsExactly("NOT_IDENTIFIED");
            String bio = "Cllr for Abbey ward. Also my personal account for family news.";
            assertThat(check("rushcliffe", setup(AccountType.COUNCILLOR).displayName("Fred Bloggs").bio(bio).build(), RULE))
                    .singleElement().satisfies(f -> {
                        assertThat(f.kindName()).isEqualTo("MIXED_WITH_PERSONAL");
                        assertThat(f.span().of(bio)).isEqualTo("my personal account");
                    });
        }

        @Test
        void passes() {
            assertThat(check("rushcliffe", setup(AccountType.COUNCILLOR).displayName("Cllr Fred Bloggs").build(), RULE))
                    .isEmpty();
            assertThat(check("rushcliffe", setup(AccountType.COUNCILLOR).displayName("Fred Bloggs")
                    .bio("Borough Councillor for Abbey ward").build(), RULE)).isEmpty();
            assertThat(check("rushcliffe", setup(AccountType.COUNCILLOR).handle("@CllrFredBloggs").build(), RULE))
                    .isEmpty();
        }
    }

    @Nested
    class ViewsDisclaimer {
        static final String RULE = "account.views-disclaimer";

        @Test
        void firesWithSpanOnTheCouncil() {
            String bio = "Planning officer at South Hams District Council. Walker, baker.";
            assertThat(check("south-hams-west-devon", setup(AccountType.OFFICER_PERSONAL).bio(bio).build(), RULE))
                    .singleElement().satisfies(f -> assertThat(f.span().of(bio)).isEqualTo("South Hams District Council"));
            String generic = "Proud to work for Anytown Borough Council. Parkrun addict.";
            assertThat(check("uk-council", setup(AccountType.OFFICER_PERSONAL).bio(generic).build(), RULE)).hasSize(1);
        }

        @Test
        void passes() {
            assertThat(check("south-hams-west-devon", setup(AccountType.OFFICER_PERSONAL)
                    .bio("Planning officer at South Hams District Council. Views my own.").build(), RULE)).isEmpty();
            assertThat(check("south-hams-west-devon", setup(AccountType.OFFICER_PERSONAL)
                    .bio("Works for @SouthHamsDC. The views I express here are mine alone.").build(), RULE)).isEmpty();
            assertThat(check("uk-council", setup(AccountType.OFFICER_PERSONAL)
                    .bio("Interested in local council politics and cricket.").build(), RULE)).isEmpty();
            assertThat(check("uk-council", setup(AccountType.OFFICER_PERSONAL).bio("Mum, runner, Town fan").build(), RULE))
                    .isEmpty();
        }
    }

    @Nested
    class EmployeeIdentity {
        static final String RULE = "account.employee-identity";

        @Test
        void fires() {
            assertThat(check("south-hams-west-devon", setup(AccountType.SERVICE).displayName("Totnes Recycling Help")
                    .bio("Answers about bins and recycling").build(), RULE)).extracting(Finding::kindName)
                    .containsExactly("NOT_IDENTIFIED_AS_EMPLOYEE");
        }

        @Test
        void passes() {
            assertThat(check("south-hams-west-devon", setup(AccountType.SERVICE).displayName("Totnes Recycling Help")
                    .bio("Run by the waste team at South Hams District Council").build(), RULE)).isEmpty();
            assertThat(check("south-hams-west-devon", setup(AccountType.SERVICE).displayName("South Hams DC Recycling")
                    .bio("Answers about bins").build(), RULE)).isEmpty();
            assertThat(check("south-hams-west-devon", setup(AccountType.CORPORATE).displayName("Totnes Help")
                    .bio("Answers").build(), RULE)).isEmpty();
        }
    }

    @Nested
    class TwoFactor {
        static final String RULE = "account.two-factor";

        @Test
        void offIsBlockUnknownIsReviewForCouncilAccounts() {
            assertThat(check("suffolk", setup(AccountType.CORPORATE).twoFactor(false).build(), RULE)).singleElement()
                    .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.BLOCK));
            assertThat(check("suffolk", setup(AccountType.SERVICE).twoFactor(null).build(), RULE)).singleElement()
                    .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.REVIEW));
            assertThat(check("suffolk", setup(AccountType.OFFICER_PERSONAL).twoFactor(false).build(), RULE))
                    .singleElement().satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.ADVICE));
        }

        @Test
        void onPasses() {
            assertThat(check("suffolk", setup(AccountType.CORPORATE).twoFactor(true).build(), RULE)).isEmpty();
        }
    }

    @Test
    void brandNamesFromTheCouncilsName() {
        assertThat(CouncilTerms.brandNames("Suffolk County Council")).contains("Suffolk County Council", "Suffolk CC");
        assertThat(CouncilTerms.brandNames("South Hams District Council and West Devon Borough Council"))
                .contains("South Hams District Council", "West Devon Borough Council", "West Devon BC");
        assertThat(CouncilTerms.brandNames("Suffolk Fire and Rescue Service (Suffolk County Council)"))
                .contains("Suffolk Fire and Rescue Service", "Suffolk County Council");
        assertThat(CouncilTerms.brandNames("A UK council")).isEmpty();
    }
}
