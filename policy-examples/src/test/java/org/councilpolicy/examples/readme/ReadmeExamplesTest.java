package org.councilpolicy.examples.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.councilpolicy.content.draft.Draft;
import org.councilpolicy.content.draft.Platform;
import org.councilpolicy.content.messages.Classification;
import org.councilpolicy.content.messages.Message;
import org.councilpolicy.content.messages.MessageAction;
import org.councilpolicy.content.messages.MessageClassifier;
import org.councilpolicy.content.messages.MissingDetail;
import org.councilpolicy.content.messages.RequestType;
import org.councilpolicy.content.moderation.Comment;
import org.councilpolicy.content.moderation.Decision;
import org.councilpolicy.content.moderation.ModerationDecision;
import org.councilpolicy.content.moderation.Moderator;
import org.councilpolicy.content.schedule.PausePlan;
import org.councilpolicy.content.schedule.PostingPausePlanner;
import org.councilpolicy.content.schedule.ScheduledPost;
import org.councilpolicy.core.engine.Engine;
import org.councilpolicy.core.engine.Report;
import org.councilpolicy.core.engine.RuleRegistry;
import org.councilpolicy.core.engine.Verdict;
import org.councilpolicy.core.profile.AccountType;
import org.councilpolicy.core.profile.Profile;
import org.councilpolicy.core.rule.Category;
import org.councilpolicy.core.rule.RuleContext;
import org.councilpolicy.core.rule.RuleInfo;
import org.councilpolicy.core.rule.Severity;
import org.councilpolicy.core.rule.SimpleRule;
import org.councilpolicy.media.clearance.ActionCode;
import org.councilpolicy.media.clearance.ClearanceDecision;
import org.councilpolicy.media.clearance.PhotoClearance;
import org.councilpolicy.media.clearance.PhotoContext;
import org.councilpolicy.media.clearance.PhotoDeclaration;
import org.councilpolicy.media.clearance.PhotoSubject;
import org.junit.jupiter.api.Test;

/** The Java snippets of README.md, compiled and run, with what the README says they give. */
class ReadmeExamplesTest {

    private final RuleRegistry rules = RuleRegistry.discover();

    @Test
    void checkingADraft() {
        Engine engine = Engine.builder()
                .registry(rules)
                .profile(rules.profileLoader().builtIn("south-hams-west-devon"))
                .clock(Clock.systemUTC())
                .build();
        Report report = engine.check(Draft.builder("Green bin collections resume on Monday.")
                .platform(Platform.X)
                .account(AccountType.CORPORATE)
                .build());
        assertThat(report.verdict()).isEqualTo(Verdict.BLOCK);
        assertThat(report.findings()).anySatisfy(f -> {
            assertThat(f.rule()).isEqualTo("required-content.hashtag");
            assertThat(f.clauses()).containsExactly("RC-1");
            assertThat(f.span()).isNull();
        });
    }

    /** README "Adding a rule", verbatim. */
    public static final class NoCapsLockRule extends SimpleRule<Draft> {
        static final RuleInfo INFO = RuleInfo.builder("my-council.caps-lock")
                .title("No posts in capitals")
                .category(Category.REQUIRED_CONTENT)
                .severity(Severity.ADVICE)
                .clauses("RC-13")
                .rationale("Capitals read as shouting; our tone is friendly and plain.")
                .fires("BINS ARE LATE TODAY")
                .passes("Bins are late today")
                .build();

        public NoCapsLockRule() { super(INFO, Draft.class); }

        @Override
        public void check(Draft draft, RuleContext ctx) {
            String t = draft.text();
            if (t.length() > 10 && t.equals(t.toUpperCase(Locale.ROOT))) {
                ctx.report(ctx.finding().message("The whole post is in capitals.")
                        .suggestion("Write it in sentence case."));
            }
        }
    }

    @Test
    void theProfileExampleIsAValidProfile() throws Exception {
        String readme = java.nio.file.Files.readString(java.nio.file.Path.of("..", "README.md"));
        int section = readme.indexOf("## Writing a profile");
        int start = readme.indexOf("```yaml\n", section) + "```yaml\n".length();
        int end = readme.indexOf("```", start);
        Profile p = rules.profileLoader().parse(readme.substring(start, end), "README.md");
        assertThat(p.name()).isEqualTo("my-council");
        assertThat(p.postingPauses()).singleElement()
                .satisfies(pause -> assertThat(pause.end()).isEqualTo(LocalDate.of(2026, 9, 17)));
        assertThat(p.settingsFor(rules.infos().stream().filter(i -> i.id().equals("personal-data.phone"))
                .findFirst().orElseThrow()).severity()).isEqualTo(Severity.REVIEW);
    }

    @Test
    void aChecklist() {
        org.councilpolicy.content.checklist.ChecklistDecision d = new org.councilpolicy.content.checklist.PaidPromotion()
                .evaluate(new org.councilpolicy.content.checklist.PaidPromotionRequest(true, null, true));
        assertThat(d.outcome()).isEqualTo(org.councilpolicy.content.checklist.Outcome.HOLD);
        assertThat(d.codes()).containsExactly("PROVIDE_BUDGET_CODE");
        assertThat(d.clauses()).contains("SC-5");
    }

    @Test
    void addingARuleByHand() {
        Engine engine = Engine.builder().addRule(new NoCapsLockRule()).build();
        assertThat(engine.check(Draft.of("BINS ARE LATE TODAY")).findings(NoCapsLockRule.INFO.id())).hasSize(1);
        assertThat(engine.check(Draft.of("Bins are late today")).findings(NoCapsLockRule.INFO.id())).isEmpty();
    }

    @Test
    void messagesCommentsPhotosAndSchedules() {
        Profile suffolk = rules.profileLoader().builtIn("suffolk");

        MessageClassifier classifier = MessageClassifier.forProfile(suffolk, Clock.systemUTC());
        Classification c = classifier.classify(Message.builder(
                        "How much did the council spend on agency staff in 2024?")
                .receivedAt(LocalDate.of(2026, 3, 2))
                .sender("Jo Bloggs", "@jobloggs", null, null)
                .build());
        assertThat(c.type()).isEqualTo(RequestType.FOI);
        assertThat(c.valid()).isFalse();
        assertThat(c.missing()).containsExactly(MissingDetail.ADDRESS);
        assertThat(c.due()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(c.actions()).containsExactly(MessageAction.FORWARD_TO_INFORMATION_TEAM, MessageAction.ASK_FOR_EMAIL);
        assertThat(c.acknowledgement().shortForm().codePointCount(0, c.acknowledgement().shortForm().length()))
                .isLessThanOrEqualTo(280);

        Moderator moderator = Moderator.of(suffolk, Clock.systemUTC());
        ModerationDecision d = moderator.decide(Comment.of("The potholes on Fore Street are a disgrace"));
        assertThat(d.decision()).isEqualTo(Decision.KEEP);
        assertThat(d.evidence()).isNotNull();

        ClearanceDecision p = PhotoClearance.of(suffolk, Clock.systemUTC()).clear(
                PhotoDeclaration.builder(PhotoContext.SCHOOL).subject(PhotoSubject.child(7)).build());
        assertThat(p.decision().name()).isEqualTo("NOT_CLEARED");
        assertThat(p.actions()).anySatisfy(a -> assertThat(a.code()).isEqualTo(ActionCode.OBTAIN_PARENTAL_CONSENT));

        PausePlan plan = PostingPausePlanner.plan(Instant.parse("2026-09-08T10:00:00Z"), "National mourning",
                List.of(new ScheduledPost("post-1", Instant.parse("2026-09-10T09:00:00Z"))));
        assertThat(plan.held()).hasSize(1);
    }
}
