package org.councilpolicy.content.judgement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.councilpolicy.content.draft.Author;
import org.councilpolicy.content.draft.AuthorRole;
import org.councilpolicy.content.draft.Committee;
import org.councilpolicy.content.draft.Draft;
import org.councilpolicy.core.engine.Engine;
import org.councilpolicy.core.engine.RuleRegistry;
import org.councilpolicy.core.profile.AccountType;
import org.councilpolicy.core.profile.NamedPeople;
import org.councilpolicy.core.profile.NamedPerson;
import org.councilpolicy.core.profile.Profile;
import org.councilpolicy.core.rule.Finding;
import org.councilpolicy.core.rule.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Development cases for the composed judgement rules (issue 13), written for this test: each class of problem in
 * other words than the rule examples, and the traps beside it (factual reports, homonyms, campaigning, safety
 * advice). Each case names the rule that must, or must not, report at REVIEW or BLOCK.
 */
class JudgementRulesTest {

    private static final RuleRegistry REGISTRY = RuleRegistry.discover();
    private static final Map<String, Engine> ENGINES = new ConcurrentHashMap<>();

    static Engine engine(String profile) {
        return ENGINES.computeIfAbsent(profile, p -> Engine.builder().registry(REGISTRY)
                .profile(REGISTRY.profileLoader().builtIn(p))
                .clock(Clock.fixed(Instant.parse("2026-09-01T10:00:00Z"), ZoneOffset.UTC)).build());
    }

    static List<Finding> findings(String profile, Draft draft, String rule) {
        return engine(profile).check(draft).findings(rule).stream()
                .filter(f -> f.severity() != Severity.ADVICE).toList();
    }

    static Draft official(String text) {
        return Draft.builder(text).account(AccountType.CORPORATE).author(AuthorRole.COMMS_TEAM, null).build();
    }

    static Draft councillor(String text, Committee... on) {
        return Draft.builder(text).account(AccountType.COUNCILLOR)
                .author(new Author(AuthorRole.COUNCILLOR, null, Set.of(on))).build();
    }

    static Draft service(String text) {
        return Draft.builder(text).account(AccountType.SERVICE).author(AuthorRole.OFFICER, null).build();
    }

    static Stream<Arguments> cases() {
        String stance = "neutrality.political-stance";
        String pre = "neutrality.committee-predetermination";
        String dis = "conduct.disrespect";
        String eq = "conduct.discriminatory-wording";
        String cc = "conduct.case-comment";
        String rep = "conduct.disrepute";
        String fire = "fire-incident.detail";
        String uk = "uk-council";
        String sfrs = "suffolk-fire-rescue";
        return Stream.of(
                // political opinion without a party name
                // more of each class, in other words
                Arguments.of(uk, official("Ministers have abandoned social care and it is our residents who pay the price."), stance, true),
                Arguments.of(uk, official("Say what you like about the PM, Kemi Badenoch is the only leader talking sense."), stance, true),
                Arguments.of(uk, official("Don't blame us for the bills: ask the government why they are still so high."), stance, true),
                Arguments.of(uk, official("Reeves' raid on farmers is an attack on the countryside."), stance, true),
                Arguments.of(uk, official("Gender ideology has no place in our schools."), stance, true),
                Arguments.of(uk, official("From April the Renters' Rights Act ends no-fault evictions; our housing team can advise tenants."), stance, false),
                Arguments.of(uk, official("Refugee Week: we stand with refugees who have made Suffolk their home."), stance, false),
                Arguments.of(uk, official("Our roof trusses were replaced over the summer; the hall reopens on Monday."), stance, false),
                Arguments.of(uk, councillor("The Manor Farm scheme is totally wrong for Stoke Ash and I will be voting to refuse it.", Committee.PLANNING), pre, true),
                Arguments.of(uk, councillor("Great news that the new school is coming. I'll be backing it all the way at committee.", Committee.PLANNING), pre, true),
                Arguments.of(uk, councillor("The application was refused in 2019 and a new one is now in; comments close on Friday.", Committee.PLANNING), pre, false),
                Arguments.of(uk, councillor("Cllr Harris wouldn't know a balanced budget if it bit him."), dis, true),
                Arguments.of(uk, councillor("The Lib Dem group leader is a spineless weathervane."), dis, true),
                Arguments.of(uk, official("Some residents seem to think the recycling bin is for anything they can't be bothered to sort."), dis, true),
                Arguments.of(uk, official("Thank you to the residents who joined our litter pick on Saturday: 40 bags collected!"), dis, false),
                Arguments.of(uk, official("Our library now has large print books for the elderly and infirm."), eq, true),
                Arguments.of(uk, official("Reminder to residents near the Gypsy and Traveller site: keep garden tools locked away this week."), eq, true),
                Arguments.of(uk, official("Care assistant vacancy: would suit recent graduates with no more than two years' experience."), eq, true),
                Arguments.of(uk, official("Chinese New Year parade on Saturday: beware of road closures in the town centre."), eq, false),
                Arguments.of(uk, official("The man charged with the library arson is due before magistrates on Monday. Residents are angry at what he did."), cc, true),
                Arguments.of(uk, official("Our prosecution of the waste firm begins on Tuesday. Their excuses won't wash with the magistrates."), cc, true),
                Arguments.of(uk, official("Council tax support: beware of scammers; the claim form is only on our website."), cc, false),
                Arguments.of(sfrs, service("Crews were called to a fire at the Red Lion last night. Landlord Mike Jenkins escaped unharmed."), fire, true),
                Arguments.of(sfrs, service("This fire could easily have been avoided if the owner had cleaned the chimney; crews were there for four hours."), fire, true),
                Arguments.of(sfrs, service("Our aerial ladder platform is off the road for repairs this week."), fire, true),
                Arguments.of(sfrs, service("Crews rescued a cat from a tree in Stowmarket this morning. No one was hurt."), fire, false),
                Arguments.of(sfrs, service("Just one engine was needed at a small bin fire in Ipswich this afternoon."), fire, false),
                Arguments.of(uk, official("Rachel Reeves has hammered hard-working families again with this tax."), stance, true),
                Arguments.of(uk, official("Great to see Farage is right about the high street at last."), stance, true),
                Arguments.of(uk, official("Our libraries will keep opening. Stop the boats? Stop the cuts!"), stance, true),
                Arguments.of(uk, official("Ignore the woke brigade: the Christmas lights switch-on goes ahead."), stance, true),
                Arguments.of(uk, official("Blame Westminster, not us, for the rise in your council tax."), stance, true),
                Arguments.of(uk, official("We will not be removing the St George's flags from the lampposts, whatever the critics say."), stance, true),
                Arguments.of(uk, official("The Chancellor announced in the Budget that the winter fuel payment will be restored; check what it means for you."), stance, false),
                Arguments.of(uk, official("The Levelling Up Fund paid for the new market hall, which opens on Saturday."), stance, false),
                Arguments.of(uk, official("Residents woke up to snow: gritters were out from 4am."), stance, false),
                Arguments.of(uk, official("Road closure: Westminster Road is shut for resurfacing until Friday."), stance, false),
                // predetermination
                Arguments.of(uk, councillor("The Station Road application would ruin our village. It won't get my vote on Thursday.", Committee.PLANNING), pre, true),
                Arguments.of(uk, councillor("That premises licence should be revoked, full stop.", Committee.LICENSING), pre, true),
                Arguments.of(uk, councillor("I'm backing the plans for 40 homes on the old depot site at committee.", Committee.PLANNING), pre, true),
                Arguments.of(uk, councillor("The depot application comes to committee next month; I will keep an open mind until I have heard all the evidence.", Committee.PLANNING), pre, false),
                Arguments.of(uk, councillor("I'm campaigning for a 20mph limit outside every school in the ward.", Committee.PLANNING), pre, false),
                Arguments.of(uk, councillor("The Station Road application would ruin our village. It won't get my vote."), pre, false),
                // conduct without swearing
                Arguments.of(uk, councillor("Cllr Dean is clueless about budgets and everyone knows it."), dis, true),
                Arguments.of(uk, official("To the bright spark who put a sofa in the recycling bank: genius move."), dis, true),
                Arguments.of(uk, service("Our planners are jobsworths, apparently. Some people really need to get a life."), dis, true),
                Arguments.of(uk, official("Please be kind to our staff: abuse of our call centre team will not be tolerated."), dis, false),
                // discrimination
                Arguments.of(uk, official("Travellers have descended on the playing fields again, so lock your sheds."), eq, true),
                Arguments.of(uk, official("We're hiring! Looking for a young and dynamic events assistant to join our team."), eq, true),
                Arguments.of(uk, official("The new lift means wheelchair-bound visitors can reach the gallery."), eq, true),
                Arguments.of(uk, official("Rail travellers should allow extra time this weekend because of engineering works."), eq, false),
                Arguments.of(uk, official("Apprenticeships are open to applicants of all ages: apply by 30 June."), eq, false),
                // contempt
                Arguments.of(uk, official("The trader due in court next week is a notorious cowboy and we expect a conviction."), cc, true),
                Arguments.of(uk, official("A man has been charged with fraud; we all know he did it."), cc, true),
                Arguments.of(uk, official("A man has been charged with fly-tipping and will appear at Ipswich Magistrates' Court on 3 May."), cc, false),
                Arguments.of(uk, official("A rogue landlord was found guilty and fined £12,000 for fire-safety breaches."), cc, false),
                // fire details
                Arguments.of(sfrs, service("Crews attended a fire at the home of a well-known local businessman in Hadleigh last night."), fire, true),
                Arguments.of(sfrs, service("The blaze is thought to have been caused by a discarded cigarette."), fire, true),
                Arguments.of(sfrs, service("Crews from Sudbury attended; our nearest engine was unavailable because of a shortage of on-call crew."), fire, true),
                Arguments.of(sfrs, service("A woman died in the fire; her next of kin have not yet been informed."), fire, true),
                Arguments.of(sfrs, service("Crews attended a kitchen fire in Hadleigh this morning. The cause is under investigation."), fire, false),
                Arguments.of(sfrs, service("Candles can cause fires: never leave them unattended."), fire, false),
                // this session's development cases (issue 13, second round)
                Arguments.of(uk, official("The two-child cap pushes children into poverty and it has to go."), stance, true),
                Arguments.of(uk, official("Another tax rise from this Chancellor, and our businesses can't take much more."), stance, true),
                Arguments.of(uk, official("Kemi Badenoch has it right: councils need less red tape, not more."), stance, true),
                Arguments.of(uk, official("We're with Andy Burnham on this one: the north has been ignored for too long."), stance, true),
                Arguments.of(uk, official("The social justice warriors want to cancel Christmas. Not on our watch."), stance, true),
                Arguments.of(uk, official("Men cannot become women, whatever the activists say."), stance, true),
                Arguments.of(uk, official("This council will always fly the Union flag with pride, no matter who complains."), stance, true),
                Arguments.of(uk, official("Pride in Ipswich returns on Saturday whatever the weather; road closures from 10am."), stance, false),
                Arguments.of(uk, official("The Home Office has asked councils to house more asylum seekers; the report to cabinet is on our website."), stance, false),
                Arguments.of(uk, official("Government figures show the district's unemployment fell to 3.1%."), stance, false),
                Arguments.of(uk, councillor("Cllr Morgan voted against the bus subsidy again tonight. Utterly clueless."), dis, true),
                Arguments.of(uk, councillor("Sat through three hours of the opposition's speeches at full council. What a bunch of amateurs."), dis, true),
                Arguments.of(uk, official("Our planning team have lost another file. You couldn't make it up."), dis, true),
                Arguments.of(uk, councillor("The leader of the council is a pompous windbag who loves the sound of his own voice."), dis, true),
                Arguments.of(uk, service("To the gentleman who emailed us 14 times this week: get a hobby."), dis, true),
                Arguments.of(uk, councillor("Another pointless motion from the Independents. Do they ever do any actual work?"), dis, true),
                Arguments.of(uk, official("Residents are entitled to a 25% discount if they live alone."), dis, false),
                Arguments.of(uk, official("Our customer services team answered 12,000 calls last month. Thank you to them."), dis, false),
                Arguments.of(uk, councillor("I disagree with the decision to close the library. I will keep pushing for it to reopen."), dis, false),
                Arguments.of(uk, official("Lee Grant, who appears at Ipswich Crown Court next week, is a crook who preyed on the elderly."), cc, true),
                Arguments.of(uk, official("The judicial review brought by the campaigners is vexatious and will fail."), cc, true),
                Arguments.of(uk, councillor("The man charged over the attack in the park is a danger to everyone and should never be let out."), cc, true),
                Arguments.of(uk, official("The woman awaiting trial for the benefit fraud stole thousands from taxpayers."), cc, true),
                Arguments.of(uk, official("We cannot comment on the case while proceedings are ongoing."), cc, false),
                Arguments.of(uk, official("The landlord due in court next month was reckless with his tenants' safety."), cc, true),
                Arguments.of(uk, official("The trader awaiting trial took advantage of vulnerable residents."), cc, true),
                Arguments.of(uk, official("The Chancellor's autumn budget. A disaster for our residents."), stance, true),
                Arguments.of(uk, official("The Chancellor's autumn budget is out. Read our summary of what it means for residents."), stance, false),
                Arguments.of(uk, Draft.builder("Rachel Reeves is wrecking the economy and everyone at work knows it.")
                        .account(AccountType.OFFICER_PERSONAL).author(AuthorRole.OFFICER, null).build(), stance, true),
                Arguments.of(uk, councillor("The Orchard Farm homes would ruin Little Thurlow and I will fight them.", Committee.PLANNING), pre, true),
                Arguments.of(uk, councillor("Residents can comment on the Orchard Farm homes until Friday; I will listen to every view.", Committee.PLANNING), pre, false),
                Arguments.of(sfrs, service("The thatched cottage fire in Kersey was probably sparked by the owner's bonfire."), fire, true),
                Arguments.of(sfrs, service("It's thought a faulty tumble dryer started the fire in the utility room."), fire, true),
                Arguments.of(sfrs, service("Crews are at the home of the Mayor of Sudbury where a chimney fire broke out this afternoon."), fire, true),
                Arguments.of(sfrs, service("The man pulled from the river has not been named as his relatives are still being told."), fire, true),
                Arguments.of(sfrs, service("We believe local youths are responsible for the fire at the scout hut."), fire, true),
                Arguments.of(sfrs, service("Water pressure from the hydrants in Walsham was too low, which slowed our firefighting."), fire, true),
                Arguments.of(sfrs, service("Crews were stood down at 4pm once the fire in the barn was out. The cause is under investigation."), fire, false),
                Arguments.of(sfrs, service("Hydrant testing in Ipswich this week: you may see our crews at work on your street."), fire, false),
                // round 4: disrepute without an insult (mockery, internal disputes, endorsements)
                Arguments.of(uk, official("Congratulations to the motorist who drove round the Road Closed barrier and got stuck in the ford."), rep, true),
                Arguments.of(uk, service("Food waste caddy found full of nappies again this week. Who knew reading a sticker was so hard 🙄"), rep, true),
                Arguments.of(uk, councillor("Cllr Webb tried to explain the parking strategy for forty minutes tonight 😴"), rep, true),
                Arguments.of(uk, service("An award for the resident who put a garden hose in the wrong bin: the sorting line stopped for an hour."), rep, true),
                Arguments.of(uk, Draft.builder("Between you and me, the new director and the leader are barely on speaking terms.")
                        .account(AccountType.OFFICER_PERSONAL).author(AuthorRole.OFFICER, null).build(), rep, true),
                Arguments.of(uk, councillor("Another blazing row in the cabinet today; half of them want the leader gone."), rep, true),
                Arguments.of(uk, Draft.builder("Morale in our team is at rock bottom, low morale everywhere since the restructure, and the managers know it.")
                        .account(AccountType.OFFICER_PERSONAL).author(AuthorRole.OFFICER, null).build(), rep, true),
                Arguments.of(uk, service("Popped into Harbour Lights Café for lunch: we highly recommend the crab sandwiches!"), rep, true),
                Arguments.of(uk, official("Use code COUNCIL10 for 10% off at Greenway Garden Centre this weekend."), rep, true),
                Arguments.of(uk, official("Well done to the volunteers who cleared the verges on Mill Lane this morning."), rep, false),
                Arguments.of(uk, official("Thank you to the resident who reported the fly-tipping on Church Lane; it has been cleared."), rep, false),
                Arguments.of(uk, official("Drivers who parked on the verge on Sunday have been sent warning letters. Please use the car park."), rep, false),
                Arguments.of(uk, official("Small Business Saturday: support the cafés, shops and pubs on your high street."), rep, false),
                Arguments.of(uk, official("We recommend you book a Gas Safe registered engineer for your annual boiler check."), rep, false),
                Arguments.of(uk, official("Behind the scenes at the recycling centre: meet the team who sort 40 tonnes a day."), rep, false),
                Arguments.of(uk, official("Cabinet will discuss the budget on Tuesday; the papers are on our website."), rep, false),
                Arguments.of(uk, official("We're sorry your bin was missed again. Our crew will return tomorrow."), rep, false),
                Arguments.of(uk, service("@JaneR The collection calendar has been online since March. Do your research before posting."), rep, true),
                Arguments.of(uk, official("Potholes on private roads are not our problem, sorry."), rep, true),
                Arguments.of(uk, service("As we've already said twice on this thread, the tip is shut on Wednesdays."), rep, true),
                Arguments.of(uk, official("Your garden waste bin will be collected tomorrow. Sorry for the delay."), rep, false),
                Arguments.of(uk, official("Did you know you can report a missed bin online? It takes two minutes."), rep, false),
                Arguments.of(uk, official("Our new director of housing, Priya Shah, starts on Monday; welcome to the team!"), dis, false),
                Arguments.of(uk, Draft.builder("Honestly our new director is out of his depth and everyone in the office can see it.")
                        .account(AccountType.OFFICER_PERSONAL).author(AuthorRole.OFFICER, null).build(), dis, true),
                Arguments.of(sfrs, service("Crews rescued the householder from the first floor. She is in her 90s and lives on her own."), fire, true),
                Arguments.of(sfrs, service("A man was taken to hospital after the fire in Leiston. He is a retired teacher from the village."), fire, true),
                Arguments.of(sfrs, service("Crews rescued the householder from the first floor. The cause is under investigation."), fire, false),
                // round 4: sarcasm and applause about national figures; councillors who share a minister's surname
                Arguments.of(uk, official("The Government has announced another review of council funding 🙄"), stance, true),
                Arguments.of(uk, official("Great to see the Prime Minister in Ipswich today 👏👏"), stance, true),
                Arguments.of(uk, official("Ministers say help is on the way for potholes. We'll believe it when we see it 😂"), stance, true),
                Arguments.of(uk, official("Rachel Reeves visiting Felixstowe port today ❤️🌹"), stance, true),
                Arguments.of(uk, service("The Home Secretary's new asylum rules take effect today. Good luck with that 🤦"), stance, true),
                Arguments.of(uk, official("Westminster has finally noticed rural bus services exist. Only took 14 years."), stance, true),
                Arguments.of(uk, official("Nigel Farage spoke in Clacton last night 🇬🇧💪"), stance, true),
                Arguments.of(uk, official("The Chancellor's budget: funding for councils up 2%. Thanks for nothing."), stance, true),
                Arguments.of(uk, official("The Government has announced a review of council funding; we will respond by March."), stance, false),
                Arguments.of(uk, official("The Prime Minister visited the Ipswich flood defences today with our leader."), stance, false),
                Arguments.of(uk, official("The Government has confirmed the £2m flood grant for Lowestoft 👍"), stance, false),
                Arguments.of(uk, official("Well done to the Government for confirming the flood grant 👏"), stance, true),
                Arguments.of(uk, official("Our MP Jo Dean joined pupils at Kesgrave High for the tree planting 👏"), stance, false),
                Arguments.of(uk, councillor("Cllr Patel and Cllr Reeves are right about the bus station: it needs a roof."), stance, false),
                // round 4: predetermination in other words
                Arguments.of(uk, councillor("Residents can rest assured the Castle Hill scheme won't be getting through planning while I'm on the committee.", Committee.PLANNING), pre, true),
                Arguments.of(uk, councillor("Having read the Orchard Way plans, there is no way I could support them at committee next week.", Committee.PLANNING), pre, true),
                Arguments.of(uk, councillor("The new nightclub on Silent Street will bring nothing but trouble; licensing should throw it out.", Committee.LICENSING), pre, true),
                Arguments.of(uk, councillor("Over my dead body will 300 houses go on the water meadows.", Committee.PLANNING), pre, true),
                Arguments.of(uk, councillor("Good news: the solar farm at Home Farm has my full backing when it comes to committee on the 12th.", Committee.PLANNING), pre, true),
                Arguments.of(uk, councillor("I've told the developer of the Station Yard flats they are wasting their time.", Committee.PLANNING), pre, true),
                Arguments.of(uk, councillor("The Kings Arms review is on Tuesday. Frankly it's a miracle they still have a licence at all.", Committee.LICENSING), pre, true),
                Arguments.of(uk, councillor("Don't worry, residents of Brook Street, those flats will never be built.", Committee.PLANNING), pre, true),
                Arguments.of(uk, councillor("The Tesco application is exactly what this town needs and I'll be making sure it goes through.", Committee.PLANNING), pre, true),
                Arguments.of(uk, councillor("I'm proud to stand with the Save Green Lane campaign against the 150 homes planned there.", Committee.PLANNING), pre, true),
                Arguments.of(uk, councillor("The Dove Street plans come to committee on Thursday; I'll listen to the debate and the officers' advice before I vote.", Committee.PLANNING), pre, false),
                Arguments.of(uk, councillor("As a member of the planning committee I can't comment on the Dove Street plans before the meeting.", Committee.PLANNING), pre, false),
                Arguments.of(uk, councillor("The licensing sub-committee hears the Kings Arms review on Tuesday; papers are on the council website.", Committee.LICENSING), pre, false),
                // round 4: live cases (prejudicial detail, the accused, jurors and witnesses, a child identified)
                Arguments.of(uk, official("The accused is guilty and the evidence proves it: the trial opens at Norwich Crown Court on Monday."), cc, true),
                Arguments.of(uk, official("The trader due to appear next month has previous convictions for the same scam."), cc, true),
                Arguments.of(uk, service("Witnesses saw the driver tip the rubble; he will appear before magistrates on 9 June."), cc, true),
                Arguments.of(uk, councillor("If you're on the jury in the Mill Farm case this week, remember what that family went through."), cc, true),
                Arguments.of(uk, official("A 15-year-old pupil at Castle Manor Academy will appear at the youth court charged with criminal damage to the pavilion."), cc, true),
                Arguments.of(uk, official("A 15-year-old boy has been charged with criminal damage and will appear at the youth court in May."), cc, false),
                Arguments.of(uk, official("Police are appealing for witnesses after the park pavilion was damaged; a man has been arrested."), cc, false),
                Arguments.of(uk, official("The landlord admitted the offences and was fined £8,000 at Ipswich Magistrates' Court."), cc, false));
    }

    @ParameterizedTest(name = "[{index}] {2} {3}: {1}")
    @MethodSource("cases")
    void theRuleJudgesTheComposition(String profile, Draft draft, String rule, boolean fires) {
        List<Finding> f = findings(profile, draft, rule);
        if (fires) {
            assertThat(f).as(draft.text()).isNotEmpty();
        } else {
            assertThat(f).as(draft.text()).isEmpty();
        }
    }

    @Test
    void aFindingNamesTheElementsThatTriggeredIt() {
        Finding f = findings("uk-council", official("Keir Starmer has betrayed pensioners."), "neutrality.political-stance")
                .get(0);
        assertThat(f.message()).contains("corporate account").contains("Keir Starmer").contains("betrayed");
        Finding p = findings("uk-council", councillor("I will vote against the Mill Lane application.",
                Committee.PLANNING), "neutrality.committee-predetermination").get(0);
        assertThat(p.message()).contains("planning committee").contains("will vote against");
    }

    @Test
    void aCouncillorTheProfileListsOnThePlanningCommitteeIsJudgedWithoutCommitteesOnTheDraft() {
        Profile profile = REGISTRY.profileLoader().builtIn("uk-council").toBuilder()
                .namedPeople(new NamedPeople(List.of(
                        new NamedPerson("Jo Dean", null, null, List.of("Cllr Dean"), List.of("planning")),
                        new NamedPerson("Sam Reed", null, null, List.of(), List.of("scrutiny"))),
                        List.of(), List.of(), List.of()))
                .build();
        Engine engine = Engine.builder().registry(REGISTRY).profile(profile)
                .clock(Clock.fixed(Instant.parse("2026-09-01T10:00:00Z"), ZoneOffset.UTC)).build();
        String text = "The Mill Lane application would ruin our village. It won't get my vote.";
        String rule = "neutrality.committee-predetermination";
        List<Finding> dean = engine.check(byCouncillor(text, "Cllr Dean")).findings(rule);
        assertThat(dean).singleElement().satisfies(f -> assertThat(f.message())
                .contains("a councillor on the planning committee (from the profile's councillors)"));
        assertThat(engine.check(byCouncillor(text, "Sam Reed")).findings(rule)).as("not quasi-judicial").isEmpty();
        assertThat(engine.check(byCouncillor(text, "Alex Other")).findings(rule)).as("not listed").isEmpty();
        assertThat(engine(("uk-council")).check(byCouncillor(text, "Cllr Dean")).findings(rule))
                .as("a profile without its councillors").isEmpty();
    }

    @Test
    void theProfileKnowsEveryCommitteeADraftAuthorCanSitOn() {
        assertThat(Stream.of(Committee.values()).map(c -> c.name().toLowerCase(java.util.Locale.ROOT)))
                .containsExactlyInAnyOrderElementsOf(NamedPerson.COMMITTEES);
    }

    private static Draft byCouncillor(String text, String name) {
        return Draft.builder(text).account(AccountType.COUNCILLOR)
                .author(new Author(AuthorRole.COUNCILLOR, name, Set.of())).build();
    }

    @Test
    void theVocabularyLoadsEveryElementBesidesTheIgnoredOnes() {
        Composition c = Composition.of("Keir Starmer");
        assertThat(c.parts(Element.POLITICIAN)).singleElement()
                .satisfies(p -> assertThat(p.label()).startsWith("Keir Starmer, Prime Minister"));
        assertThat(Composition.of("the Levelling Up Fund").has(Element.SLOGAN)).isFalse();
    }
}
