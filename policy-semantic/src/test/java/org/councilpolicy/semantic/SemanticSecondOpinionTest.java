package org.councilpolicy.semantic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.councilpolicy.content.draft.Draft;
import org.councilpolicy.content.messages.Classification;
import org.councilpolicy.content.messages.Message;
import org.councilpolicy.content.messages.MessageAction;
import org.councilpolicy.content.messages.MessageClassifier;
import org.councilpolicy.content.messages.RequestType;
import org.councilpolicy.content.moderation.Comment;
import org.councilpolicy.content.moderation.Decision;
import org.councilpolicy.content.moderation.ModerationDecision;
import org.councilpolicy.content.moderation.Moderator;
import org.councilpolicy.core.engine.Engine;
import org.councilpolicy.core.engine.Report;
import org.councilpolicy.core.engine.RuleRegistry;
import org.councilpolicy.core.engine.SecondOpinion;
import org.councilpolicy.core.profile.AccountType;
import org.councilpolicy.core.profile.Profile;
import org.councilpolicy.core.rule.Category;
import org.councilpolicy.core.rule.Finding;
import org.councilpolicy.core.rule.Severity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The stage escalates, never decides; and says why. */
class SemanticSecondOpinionTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"), ZoneOffset.UTC);
    static SemanticSecondOpinion stage;
    static Engine rules;
    static Engine withStage;

    /** Comments the rules keep that read plainly as one of the comment heads' problems. */
    static final List<String> ESCALATE = List.of(
            "Some of us have long memories and we know what time you finish work",
            "People like them will never fit in here, they should all be sent back to where they came from",
            // round 10: "the lad from the chip shop on Fore Street ... hit the girl" is now the rules' own (a person
            // described and placed, with blame), so an insinuation the rules still keep stands here
            "Police should look at the Patels' son, he was out that night",
            "That planning officer hasn't got a brain cell in her head, absolute clown",
            "Councillor Evans should stick to what she's good at, eating pies by the look of her");
    /** Comments the rules delete: swearing, explicit threats, slurs. */
    static final List<String> RULES_DELETE = List.of(
            "You are a fucking idiot and I will kill you",
            "I'm going to burn the council offices down tonight");

    @BeforeAll
    static void load() {
        stage = TestStage.get();
        Profile profile = RuleRegistry.discover().profileLoader().builtIn("uk-council");
        rules = Engine.builder().profile(profile).clock(CLOCK).build();
        withStage = Engine.builder().profile(profile).clock(CLOCK).secondOpinion(stage).build();
    }

    @Test
    void turnsKeepIntoReviewNeverDelete() {
        Moderator plain = Moderator.of(rules);
        Moderator semantic = Moderator.of(withStage);
        int escalated = 0;
        for (String text : ESCALATE) {
            ModerationDecision before = plain.decide(Comment.of(text));
            ModerationDecision after = semantic.decide(Comment.of(text));
            assertThat(before.decision()).as("rules keep comment %d", ESCALATE.indexOf(text)).isEqualTo(Decision.KEEP);
            assertThat(after.decision()).isNotEqualTo(Decision.DELETE);
            assertThat(after.reportTo()).as("never reported to the hate crime service on the stage's word").isEmpty();
            escalated += after.decision() == Decision.REVIEW ? 1 : 0;
        }
        assertThat(escalated).as("comments sent to REVIEW of %d", ESCALATE.size()).isGreaterThanOrEqualTo(4);
    }

    @Test
    void neverLowersNorRemovesARuleFinding() {
        for (String text : Stream.concat(ESCALATE.stream(), RULES_DELETE.stream()).toList()) {
            Report before = rules.check(Comment.of(text));
            Report after = withStage.check(Comment.of(text));
            assertThat(after.findings()).containsAll(before.findings());
            assertThat(after.verdict().compareTo(before.verdict())).isGreaterThanOrEqualTo(0);
            assertThat(after.findings().stream().filter(f -> !before.findings().contains(f)))
                    .allSatisfy(f -> {
                        assertThat(f.severity()).isEqualTo(Severity.REVIEW);
                        assertThat(f.rule()).startsWith("semantic.");
                    });
        }
        for (String text : RULES_DELETE) {
            assertThat(Moderator.of(withStage).decide(Comment.of(text)).decision()).isEqualTo(Decision.DELETE);
        }
    }

    @Test
    void politicalOpinionOnlyOnOfficialAccountsNeverOnACouncillors() {
        String opinion = "The government's heartless cuts are wrecking our public services and it is time people "
                + "stood up and voted for change";
        for (AccountType account : List.of(AccountType.CORPORATE, AccountType.SERVICE, AccountType.OFFICER_PERSONAL)) {
            assertThat(semantic(Draft.builder(opinion).account(account).build(), Category.POLITICAL))
                    .as("on a %s account", account).isNotEmpty();
        }
        assertThat(semantic(Draft.builder(opinion).account(AccountType.COUNCILLOR).build(), Category.POLITICAL)).isEmpty();
        assertThat(semantic(Draft.builder("Bins will be collected on Saturday this week because of the bank holiday")
                .account(AccountType.CORPORATE).build(), Category.POLITICAL)).isEmpty();
    }

    private static List<Finding> semantic(Draft draft, Category category) {
        return withStage.check(draft).findings().stream()
                .filter(f -> f.rule().startsWith("semantic.") && f.category() == category).toList();
    }

    @Test
    void everyFindingNamesItsHeadScoreThresholdAndRealExemplars() throws IOException {
        Set<String> ids = exemplarIds();
        Pattern explained = Pattern.compile("semantic head ([a-z-]+): score (0\\.\\d\\d|1\\.00) >= threshold (0\\.\\d\\d); "
                + "reads like: ([a-z0-9-]+), ([a-z0-9-]+), ([a-z0-9-]+)\\)");
        int seen = 0;
        for (String text : ESCALATE) {
            for (Finding f : withStage.check(Comment.of(text)).findings()) {
                if (!f.rule().startsWith("semantic.")) {
                    continue;
                }
                Matcher m = explained.matcher(f.message());
                assertThat(m.find()).as(f.message()).isTrue();
                assertThat(stage.headNames()).contains(m.group(1));
                assertThat(Double.parseDouble(m.group(2))).isGreaterThanOrEqualTo(Double.parseDouble(m.group(3)));
                assertThat(ids).contains(m.group(4), m.group(5), m.group(6));
                assertThat(m.group(4)).startsWith(m.group(1).substring(0, 4));
                seen++;
            }
        }
        assertThat(seen).isPositive();
    }

    static Set<String> exemplarIds() throws IOException {
        Set<String> ids = new HashSet<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/org/councilpolicy/semantic/exemplars"))) {
            for (Path p : files.toList()) {
                for (String line : Files.readAllLines(p)) {
                    if (!line.startsWith("#") && !line.startsWith("id\t") && !line.isBlank()) {
                        ids.add(line.substring(0, line.indexOf('\t')));
                    }
                }
            }
        }
        return ids;
    }

    @Test
    void aMessageIsOnlyEverRaisedToAskWhetherItIsARequest() {
        Profile profile = RuleRegistry.discover().profileLoader().builtIn("uk-council");
        MessageClassifier plain = MessageClassifier.forProfile(profile, CLOCK);
        MessageClassifier semantic = plain.withSecondOpinion(stage);
        int raised = 0;
        for (String text : List.of(
                "I'm curious what the total bill was for consultants on the town centre scheme over the last two years",
                "Wondering whether anyone keeps a tally of how many complaints came in about the new bin rounds",
                "It would be good to see the correspondence between the council and the developer about the quay",
                "Thanks so much for the lovely summer fair on the green, the kids had a great time")) {
            Classification before = plain.classify(Message.builder(text).build());
            Classification after = semantic.classify(Message.builder(text).build());
            if (before.type().isRequest()) {
                assertThat(after).isEqualTo(before);
            } else if (after.type().isRequest()) {
                raised++;
                assertThat(after.ambiguous()).isTrue();
                assertThat(after.actions()).contains(MessageAction.ASK_IF_FOI);
                assertThat(after.reasons()).anyMatch(r -> r.startsWith("semantic head request: score "));
            } else {
                assertThat(after).isEqualTo(before);
            }
        }
        assertThat(raised).as("non-requests raised to ask").isPositive();
        Message thanks = Message.builder("Thanks so much for the lovely summer fair on the green, the kids had a great time").build();
        assertThat(semantic.classify(thanks).type()).isEqualTo(RequestType.NONE);
    }

    @Test
    void foundOnTheClassPath() {
        assertThat(SecondOpinion.discover()).get().isInstanceOf(SemanticSecondOpinion.class);
    }
}
