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

/** README.md's profile example and inline checklist call; its Java snippets are run by {@link ReadmeSnippetsTest}. */
class ReadmeExamplesTest {

    private final RuleRegistry rules = RuleRegistry.discover();

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
}
