package org.councilpolicy.content.neutrality;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.councilpolicy.content.draft.Draft;
import org.councilpolicy.content.draft.PostKind;
import org.councilpolicy.content.draft.SharedFrom;
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

class NeutralityRulesTest {

    static final Instant IN_PERIOD = Instant.parse("2027-04-14T09:00:00Z");
    static final Instant AFTER_PERIOD = Instant.parse("2027-06-14T09:00:00Z");

    static List<Finding> check(String rule, Draft draft) {
        return NeutralityCorpus.engine("neutrality-fixture").check(draft).findings(rule);
    }

    static Draft corporate(String text) {
        return Draft.builder(text).build();
    }

    static Draft councillor(String text) {
        return Draft.builder(text).account(AccountType.COUNCILLOR).build();
    }

    static Draft reply(String replyTo, String text) {
        return Draft.builder(text).kind(PostKind.REPLY).replyTo(replyTo).build();
    }

    @Nested
    class PartyPolitics {
        static final String ID = "neutrality.party-politics";

        @Test
        void praiseOfAPartyIsABlockCitingPn1AndPn2() {
            String text = "Thanks to the hard work of the Conservative-led administration, the new leisure centre opens today.";
            List<Finding> f = check(ID, corporate(text));
            assertThat(f).hasSize(1);
            assertThat(f.get(0).severity()).isEqualTo(Severity.BLOCK);
            assertThat(f.get(0).clauses()).containsExactly("PN-1", "PN-2");
            assertThat(f.get(0).category()).isEqualTo(Category.POLITICAL);
            assertThat(f.get(0).span().of(text)).isEqualTo("Thanks to the hard work of the Conservative");
        }

        @Test
        void blameOfTheGovernmentIsABlock() {
            assertThat(check(ID, corporate("The government has failed our town.")))
                    .singleElement().extracting(Finding::severity).isEqualTo(Severity.BLOCK);
        }

        @Test
        void blameOfANamedPoliticianFromTheProfile() {
            assertThat(check(ID, corporate("Alex Example has betrayed the people of Example Valley.")))
                    .singleElement().extracting(Finding::kindName).isEqualTo("PARTISAN_COMMENT");
        }

        @Test
        void aPartyNamedWithoutCommentIsAFactualReportCitingPn5() {
            // round 11: a group's business, results, seats and candidates are facts (ADVICE, factualSeverity)
            List<Finding> f = check(ID, corporate("The Liberal Democrat group tabled an amendment to the budget."));
            assertThat(f).singleElement().satisfies(x -> {
                assertThat(x.severity()).isEqualTo(Severity.ADVICE);
                assertThat(x.clauses()).contains("PN-5");
                assertThat(x.message()).contains("Liberal Democrat");
            });
        }

        @Test
        void aPartyNamedBesideAnOpinionOrUsedAsALabelIsAReview() {
            assertThat(check(ID, corporate("The Greens want to close the town centre to cars. We think that's a mistake.")))
                    .extracting(Finding::severity).containsOnly(Severity.REVIEW);
            assertThat(check(ID, corporate("Cowboy builders and Tory-style asset strippers: we've seen them all.")))
                    .singleElement().satisfies(x -> {
                        assertThat(x.severity()).isEqualTo(Severity.REVIEW);
                        assertThat(x.message()).contains("as a label", "Tory-style");
                    });
        }

        @Test
        void homonymsAreNotParties() {
            for (String text : List.of("Green waste collections resume on Monday.",
                    "The labour market report is out.", "A conservative estimate puts costs at £2m.",
                    "Reform of the service means you can report fly-tipping online.",
                    "Happy Labour Day to our twin town!", "Roadworks on Greens Lane start on Monday.",
                    "Cllr Jo Green opened the park.", "The Conservative Club car park will be resurfaced.",
                    "Labour costs have risen, so the vote on fees is at full council.",
                    "The Independent Group of Schools' concert raises money for the hospice.")) {
                assertThat(check(ID, corporate(text))).as(text).isEmpty();
            }
        }

        @Test
        void initialsAreAPartyOnlyInCapitals() {
            // Issue 17 item 12: "dup entries" is a spreadsheet, not the DUP.
            assertThat(check(ID, corporate("Please check the spreadsheet for dup entries before Friday."))).isEmpty();
            assertThat(check(ID, corporate("The snp file is attached."))).isEmpty();
            assertThat(check(ID, corporate("The DUP says it will vote against the budget."))).hasSize(1);
        }

        @Test
        void ambiguousNamesCountWithAPoliticalCueOrAHeadWord() {
            assertThat(check(ID, corporate("The Greens have pledged to scrap parking charges."))).hasSize(1);
            assertThat(check(ID, corporate("Labour have ruined this town."))).hasSize(1);
            assertThat(check(ID, corporate("Our Green councillors met residents."))).hasSize(1);
        }

        @Test
        void councillorAccountsMayBePolitical() {
            assertThat(check(ID, councillor("The Tory government has failed our town for 14 years."))).isEmpty();
        }
    }

    @Nested
    class Campaigning {
        static final String ID = "neutrality.campaigning";

        @Test
        void campaigningFires() {
            for (String text : List.of("Polls open at 7am. #VoteLabour", "Re-elect Cllr Jane Smith on 7 May!",
                    "Vote Green on Thursday.", "Sign the petition against the government's bus cuts.",
                    "Support our candidate in the by-election.", "Elect Jane Smith for Totnes.")) {
                assertThat(check(ID, corporate(text))).as(text).singleElement()
                        .extracting(Finding::severity).isEqualTo(Severity.BLOCK);
            }
        }

        @Test
        void neutralElectoralInformationPasses() {
            for (String text : List.of("Make sure you're registered to vote.",
                    "Vote for your favourite design for the new town sign!",
                    "Polling stations are open from 7am to 10pm. Remember your photo ID.",
                    "Support local businesses this Christmas: shop local.")) {
                assertThat(check(ID, corporate(text))).as(text).isEmpty();
            }
        }
    }

    @Nested
    class PoliticalOpinion {
        static final String ID = "neutrality.political-opinion";

        @Test
        void aClearOpinionIsABlockAndAMildOneAReview() {
            assertThat(check(ID, corporate("We believe the ULEZ expansion is a cash grab and must be scrapped.")))
                    .singleElement().extracting(Finding::severity).isEqualTo(Severity.BLOCK);
            Finding mild = check(ID, corporate("We're disappointed that the ULEZ expansion will go ahead.")).get(0);
            assertThat(mild.severity()).isEqualTo(Severity.REVIEW);
            assertThat(mild.clauses()).containsExactly("PN-5");
        }

        @Test
        void factualServiceInformationPasses() {
            assertThat(check(ID, corporate("The ULEZ checker is online: enter your registration."))).isEmpty();
            assertThat(check(ID, corporate("We're pleased to confirm the ULEZ scrappage grants are open."))).isEmpty();
        }

        @Test
        void extraTopicsComeFromTheProfile() {
            String text = "We oppose the incinerator plan: it is a disaster for the valley.";
            assertThat(check(ID, corporate(text))).isEmpty();
            Profile p = NeutralityCorpus.profile("neutrality-fixture").toBuilder()
                    .rule(ID, new RuleOverride(null, null, null, Map.of("extraTopics", List.of("incinerator"))))
                    .build();
            Engine e = Engine.builder().registry(RuleRegistry.discover()).profile(p).clock(NeutralityCorpus.CLOCK).build();
            assertThat(e.check(corporate(text)).findings(ID)).hasSize(1);
        }
    }

    @Nested
    class DebateInReply {
        static final String ID = "neutrality.debate-in-reply";

        @Test
        void arguingWithAnOpinionIsAReview() {
            assertThat(check(ID, reply("I think the new cycle lane is a waste of money.",
                    "With respect, you're wrong. Everyone will benefit.")))
                    .singleElement().extracting(Finding::severity).isEqualTo(Severity.REVIEW);
        }

        @Test
        void correctingAFactOrPostingIsNotDebate() {
            assertThat(check(ID, reply("Bins are never collected on time here.",
                    "Sorry about that. Your collection day is Tuesday; we'll check with the crew."))).isEmpty();
            assertThat(check(ID, corporate("You're wrong if you think recycling doesn't matter!"))).isEmpty();
        }
    }

    @Nested
    class AffirmThirdParty {
        static final String ID = "neutrality.affirm-third-party";

        @Test
        void affirmingPoliticalOrInsultingContentIsABlock() {
            assertThat(check(ID, reply("Labour have ruined this town.", "Well said, couldn't agree more."))).hasSize(1);
            assertThat(check(ID, reply("The bin men are lazy idiots.", "Totally agree, we'll look into it."))).hasSize(1);
        }

        @Test
        void affirmingHarmlessContentOrDisagreeingPasses() {
            assertThat(check(ID, reply("The new play park is brilliant!", "Totally agree, thanks for visiting!"))).isEmpty();
            assertThat(check(ID, reply("Labour have ruined this town.", "We don't agree with that; here are the facts."))).isEmpty();
        }
    }

    @Nested
    class CouncillorShare {
        static final String ID = "neutrality.councillor-share";

        static Draft share(String account, boolean official, String shared, String comment) {
            return Draft.builder(comment).kind(PostKind.SHARE).replyTo(shared)
                    .sharedFrom(new SharedFrom(account, official)).build();
        }

        @Test
        void politicalShareIsABlockAndOffTopicShareAReview() {
            assertThat(check(ID, share("@CllrJaneSmith", false, "Proud of the Lib Dem team #LibDem", "Great work!")))
                    .singleElement().extracting(Finding::severity).isEqualTo(Severity.BLOCK);
            assertThat(check(ID, share("@TomBloggs", false, "Lovely evening at the Seven Stars", "")))
                    .singleElement().extracting(Finding::severity).isEqualTo(Severity.REVIEW);
        }

        @Test
        void councilBusinessSharesAndOtherAccountsPass() {
            assertThat(check(ID, share("@CllrJaneSmith", false, "Opened the new play area in Dartington park", "")))
                    .isEmpty();
            assertThat(check(ID, share("@DevonCornwallPolice", true, "Lovely evening", ""))).isEmpty();
            assertThat(check(ID, share("@LocalBakery", false, "Lovely evening", ""))).isEmpty();
        }
    }

    @Nested
    class PreElection {
        static final String ID = "neutrality.pre-election";

        static Draft at(Instant when, String text) {
            return Draft.builder(text).scheduledAt(when).build();
        }

        @Test
        void namingACouncillorInThePeriodIsABlock() {
            List<Finding> f = check(ID, at(IN_PERIOD, "Cllr Jane Smith opened the new play park today."));
            assertThat(f).singleElement().satisfies(x -> {
                assertThat(x.severity()).isEqualTo(Severity.BLOCK);
                assertThat(x.clauses()).containsExactly("PN-1");
                assertThat(x.message()).contains("District council elections 2027");
            });
        }

        @Test
        void outsideThePeriodOrOnAnotherAccountNothing() {
            assertThat(check(ID, at(AFTER_PERIOD, "Cllr Jane Smith opened the new play park today."))).isEmpty();
            assertThat(check(ID, Draft.builder("Cllr Jane Smith opened the park.").account(AccountType.COUNCILLOR)
                    .scheduledAt(IN_PERIOD).build())).isEmpty();
        }

        @Test
        void theDayIsTheUkDay() {
            // 23:30 UTC on 6 May 2027 is 00:30 on 7 May in London, the day after the period ends.
            assertThat(check(ID, at(Instant.parse("2027-05-06T23:30:00Z"), "Cllr Jane Smith opened the park.")))
                    .isEmpty();
            assertThat(check(ID, at(Instant.parse("2027-05-06T22:30:00Z"), "Cllr Jane Smith opened the park.")))
                    .hasSize(1);
        }

        @Test
        void controversialMattersAreAReview() {
            assertThat(check(ID, at(IN_PERIOD, "Find out about the fracking licence consultation on Monday.")))
                    .singleElement().extracting(Finding::severity).isEqualTo(Severity.REVIEW);
        }

        @Test
        void emergencyInformationIsExemptButStillAdvised() {
            List<Finding> f = check(ID, at(IN_PERIOD,
                    "Flood warning for the River Avon: Cllr Jane Smith urges residents to move valuables upstairs."));
            assertThat(f).singleElement().satisfies(x -> {
                assertThat(x.severity()).isEqualTo(Severity.ADVICE);
                assertThat(x.message()).contains(PreElectionRule.EXEMPT);
            });
        }

        @Test
        void aDecisionOnAPublicServiceOrTheAdministrationsRecordIsAReview() {
            for (String text : new String[] {
                    "From April the council will start charging for garden waste collections, at £45 a year.",
                    "Following the budget, the council has agreed to close Barton Road day centre.",
                    "Councillors have voted to sell off the old civic offices to fund the housing programme.",
                    "We have taken the difficult decision to reduce opening hours at all eight of our libraries.",
                    "Thanks to the hard work of our Cabinet, council tax here is the lowest in the region.",
                    "Look at what we've achieved: three new parks, a new pool and the lowest crime rate in the county.",
                    "Proud of what we've done together: a new leisure centre, free parking and a council tax freeze."}) {
                assertThat(check(ID, at(IN_PERIOD, text))).as(text).singleElement()
                        .satisfies(x -> assertThat(x.severity()).isEqualTo(Severity.REVIEW))
                        .satisfies(x -> assertThat(x.message()).containsAnyOf("a decision on a public service",
                                "the administration's record"));
            }
        }

        @Test
        void aTemporaryClosureADenialOrRoutineServiceNewsIsNotAMatter() {
            for (String text : new String[] {
                    "The library will be closed on Monday 28 December for the bank holiday.",
                    "Felsham Leisure Centre closes early at 4pm on Friday for a swimming gala.",
                    "We've cut the grass in all the play areas ready for the summer holidays.",
                    "Recycling rates are the highest ever thanks to residents - thank you!",
                    "We're selling tickets for the museum's Christmas lantern event online now.",
                    "Closing date for applications to the youth club grant scheme is Friday 15 January.",
                    "Our libraries are close to every village in the district, and they are all free to join.",
                    "Rumours that we are closing Westfield library are untrue: there are no plans to close it.",
                    "We have filled 1,200 potholes since April. Report one online in two minutes."}) {
                assertThat(check(ID, at(IN_PERIOD, text))).as(text).isEmpty();
            }
        }

        @Test
        void electionAdministrationMayMentionCandidates() {
            assertThat(check(ID, at(IN_PERIOD,
                    "The statement of persons nominated lists all the candidates for each ward."))).isEmpty();
        }
    }

    @Nested
    class ViewsAsCouncil {
        static final String ID = "neutrality.views-as-council";

        @Test
        void partyViewsInTheCouncilsVoiceFire() {
            assertThat(check(ID, councillor("The council believes only the Lib Dems can save our libraries.")))
                    .singleElement().extracting(Finding::clauses).isEqualTo(List.of("PN-8"));
            assertThat(check(ID, councillor("We at Example District Council say no to the Conservative plan.")))
                    .hasSize(1);
        }

        @Test
        void ownViewsOrCouncilFactsPass() {
            assertThat(check(ID, councillor("I believe only the Lib Dems can save our libraries."))).isEmpty();
            assertThat(check(ID, councillor("The council believes the new bus timetable will help commuters.")))
                    .isEmpty();
        }
    }

    @Nested
    class Predetermination {
        static final String ID = "neutrality.predetermination";

        @Test
        void aMadeUpMindOnAnApplicationIsAReview() {
            assertThat(check(ID, councillor("I will be voting against the Sherford planning application on Tuesday.")))
                    .singleElement().extracting(Finding::severity).isEqualTo(Severity.REVIEW);
            assertThat(check(ID, councillor("This application must be refused."))).hasSize(1);
        }

        @Test
        void anyStanceTheCommitteeCompositionFindsIsAReviewWhenTheCommitteeIsUnknown() {
            for (String text : new String[] {
                    "The plan for 40 flats behind the Co-op is a flat no from me when it reaches committee.",
                    "Don't waste your money, Riverside Homes: I'm voting your scheme down at planning next month.",
                    "That late licence for the Anchor will not get through if I have anything to do with it."}) {
                assertThat(check(ID, councillor(text))).as(text).singleElement().extracting(Finding::severity)
                        .isEqualTo(Severity.REVIEW);
            }
        }

        @Test
        void anotherVoiceACampaignOrAMemberOffTheCommitteePasses() {
            assertThat(check(ID, councillor("Some people really shouldn't be allowed to put up masts like that.")))
                    .as("not the speaker's own voice").isEmpty();
            assertThat(check(ID, councillor("Fight to save the 42 bus 🚌 I've written to the operator today.")))
                    .as("a campaign for a service").isEmpty();
            assertThat(check(ID, councillor("I've objected to the Orchard Farm application for my ward. I'm not on the "
                    + "planning committee, so I can say it: it is the wrong site."))).as("not on the committee").isEmpty();
        }

        @Test
        void anOpenMindOrAnotherMatterPasses() {
            assertThat(check(ID, councillor("I haven't made up my mind on the Hazelwood planning application.")))
                    .isEmpty();
            assertThat(check(ID, councillor("I will listen to all the evidence on the application before deciding.")))
                    .isEmpty();
            assertThat(check(ID, councillor("I will vote against the budget on Thursday."))).isEmpty();
            assertThat(check(ID, councillor("More affordable homes are needed. I will vote for Labour."))).isEmpty();
        }

        @Test
        void aPartyAfterTheStanceIsCampaigningWhateverHidesBeforeIt() {
            String plain = "I'm delighted to back the garden village application at committee next week.";
            String stance = "I'm delighted to back Labour on the garden village application at committee next week.";
            String hidden = "\u200b\u200b\u200b\u200b\u200b\u200b\u200b\u200b\u200b\u200b" + stance;
            assertThat(check(ID, councillor(plain))).as("the speaker's own stance").hasSize(1);
            assertThat(check(ID, councillor(stance))).as("a party's stance, not the speaker's vote").isEmpty();
            assertThat(check(ID, councillor(hidden))).as("zero-width characters shift no offsets").isEmpty();
        }
    }
}
