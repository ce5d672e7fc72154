package org.councilpolicy.semantic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Predicate;
import org.councilpolicy.content.draft.Draft;
import org.councilpolicy.content.moderation.Comment;
import org.councilpolicy.content.moderation.Decision;
import org.councilpolicy.content.moderation.Moderator;
import org.councilpolicy.core.engine.Engine;
import org.councilpolicy.core.engine.RuleRegistry;
import org.councilpolicy.core.profile.AccountType;
import org.councilpolicy.core.profile.Profile;
import org.councilpolicy.core.rule.Category;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Round 8's classes, in new sentences written for this test (in no exemplar file and no development set): what the
 * stage must leave alone (robust criticism of elected members, MD-1; violent-sounding idioms; angry criticism of
 * services) and what it must still find (discrimination in official drafts, political publicity on a corporate
 * account, veiled threats, abuse of staff). A model reads sentences by likeness, not rule, so each gate is the count
 * the shipped heads reach (docs/accuracy.md, issue 15, round 8), not all eight: fewer fails. Round 8's heads against
 * the round-7 heads on these sentences: robust criticism kept 5/8 (5/8), idioms 7/8 (7/8), service criticism 8/8
 * (8/8), discrimination found by the stage 4/8 (2/8), political publicity 8/8 (8/8), harmful comments acted on 7/8
 * (8/8, one of them on the wrong ground).
 */
class KeepAndFindClassesTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"), ZoneOffset.UTC);
    static SemanticSecondOpinion stage;
    static Moderator moderator;
    static Engine engine;

    static final List<String> ROBUST_ELECTED = List.of(
            "Cllr Fairbrother has chaired housing for six years and the waiting list has doubled. Time to go.",
            "Councillor Winslow, that was the most evasive answer I've ever heard at a public meeting. Shameful.",
            "Our MP voted for every cut going and now wants a photo at the new food bank. Hypocrite.",
            "The leader is clueless about the villages and it shows in every budget he writes.",
            "Cllr Adebayo is out of her depth on transport. Hand the portfolio to someone who uses a bus.",
            "Mayor Crowther is all chains and no action. What has he actually done this year?",
            "Cllr Pettigrew should resign over the leisure contract. A total failure of judgement.",
            "This cabinet couldn't plan a picnic. Incompetent from top to bottom.");
    static final List<String> IDIOMS = List.of(
            "I'd murder a cup of tea after queuing at the tip for an hour.",
            "The crossing by the primary school is a death trap at quarter to nine.",
            "The choir absolutely killed it at the lights switch-on, well done all.",
            "My wife will kill me for saying so but the new bin rota is better.",
            "That speed hump on Lark Lane will wreck someone's exhaust, far too high.",
            "The drama group brought the house down at the town hall on Saturday.",
            "The hill on Bank Street nearly finished me off on the fun run, great event though.",
            "Those roadworks are killing the shops on the high street.");
    static final List<String> SERVICE_ANGER = List.of(
            "Fourth week with no recycling collection on Hazel Drive. What on earth are we paying for?",
            "The damp in our council flat is back for the third winter and nobody returns my calls. Disgraceful.",
            "Closing the only public toilets in the park in summer is a ridiculous decision.",
            "Waited eleven weeks for a disabled parking bay. Appalling service from start to finish.",
            "The new booking system for the tip is a shambles. Couldn't get a slot for a month.",
            "Why are the streetlights on Mill Road still broken after five reports? Useless.",
            "The gritters skipped our estate again and two cars ended up in the wall. Not good enough.",
            "A 12% rise in care charges with no consultation. Heartless and shameful.");
    static final List<String> DISCRIMINATION_DRAFTS = List.of(
            "Residents near the Gypsy site are reminded to lock their garages while the families are staying.",
            "Job alert: energetic young team seeks recent graduate – this role is not for anyone set in their ways.",
            "Our new digital library card is so easy even pensioners might manage it with some help!",
            "The housing office now has interpreters, since so many of the newcomers can't be bothered to learn English.",
            "Extra wardens will patrol the Eid festival so that the rest of the town can enjoy the park in peace.",
            "Well done to Chris, who is wheelchair-bound but still manages to volunteer every week at the museum.",
            "Ladies, leave the DIY to the men and come along to our cookery demonstration on Saturday!",
            "Licensing checks on the Romanian car washes start this week, and we all know why they're needed.");
    static final List<String> POLITICAL_PUBLICITY = List.of(
            "Five years of this administration: council tax frozen, potholes fixed, promises kept. Don't let anyone undo it.",
            "Our Leader Cllr Moss explains why only her plan can save the high street. Watch the full interview.",
            "The opposition want to scrap free parking in the town centre. This council will never let that happen.",
            "Proud to see our cabinet member for housing standing again in Castle ward. A true champion of residents.",
            "Whatever the doubters say, the council will push ahead with the clean air zone. It is the right thing to do.",
            "Remember on polling day who fought for the hospital and who stayed silent.",
            "Thanks to the bold decisions of this cabinet, the town centre is thriving again. Let's keep it that way.",
            "Those who voted against our budget voted against new school places. Residents deserve to know.");
    static final List<String> STILL_FOUND = List.of(
            "Nice house the housing director has, big windows. Be a shame if one got broken.",
            "I know which gym Cllr Barrow goes to and what time he leaves. Just saying.",
            "If the depot closes I hope it burns with the managers still inside.",
            "The rent officers are a pack of grasping leeches, scum every one of them.",
            "The car park attendants are brainless thugs in hi-vis, animals the lot of them.",
            "It was the Hartley boys off Chapel Row who smashed the bus shelter, everyone knows it.",
            "Carry on and the warden on Bridge Street will be going home in an ambulance.",
            "You're a bitter, pathetic little troll Wendy, crawl back under your rock.");

    @BeforeAll
    static void load() {
        stage = TestStage.get();
        Profile profile = RuleRegistry.discover().profileLoader().builtIn("uk-council");
        engine = Engine.builder().profile(profile).clock(CLOCK).secondOpinion(stage).build();
        moderator = Moderator.of(engine);
    }

    private static long count(List<String> texts, Predicate<String> p) {
        return texts.stream().filter(p).count();
    }

    private static boolean kept(String text) {
        return moderator.decide(Comment.of(text)).decision() == Decision.KEEP;
    }

    /** Whether the stage itself (not a rule) gave the draft a finding in that category. */
    private static boolean stageFinds(String text, Category category) {
        return engine.check(Draft.builder(text).account(AccountType.CORPORATE).build()).findings().stream()
                .anyMatch(f -> f.rule().equals("semantic.draft") && f.category() == category);
    }

    @Test
    void keepsRobustCriticismOfElectedMembersIdiomsAndAngryServiceCriticism() {
        long robust = count(ROBUST_ELECTED, KeepAndFindClassesTest::kept);
        long idioms = count(IDIOMS, KeepAndFindClassesTest::kept);
        long service = count(SERVICE_ANGER, KeepAndFindClassesTest::kept);
        assertThat(robust).as("robust criticism kept").isGreaterThanOrEqualTo(5);
        assertThat(idioms).as("idioms kept").isGreaterThanOrEqualTo(7);
        assertThat(service).as("service criticism kept").isGreaterThanOrEqualTo(8);
    }

    @Test
    void findsDiscriminationAndPoliticalPublicityInCorporateDrafts() {
        long discrimination = count(DISCRIMINATION_DRAFTS, t -> stageFinds(t, Category.CONDUCT));
        long political = count(POLITICAL_PUBLICITY, t -> stageFinds(t, Category.POLITICAL));
        assertThat(discrimination).as("discrimination found by the stage").isGreaterThanOrEqualTo(4);
        assertThat(political).as("political publicity found by the stage").isGreaterThanOrEqualTo(8);
    }

    @Test
    void stillFindsVeiledThreatsAbuseOfStaffAndNamingThePublic() {
        assertThat(count(STILL_FOUND, t -> !kept(t))).as("harmful comments acted on").isGreaterThanOrEqualTo(7);
    }
}
