package org.councilpolicy.content.schedule;

import org.councilpolicy.core.rule.RuleExample;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.councilpolicy.content.draft.Draft;
import org.councilpolicy.core.profile.AccountType;
import org.councilpolicy.core.profile.Period;
import org.councilpolicy.core.profile.Profile;
import org.councilpolicy.core.rule.Category;
import org.councilpolicy.core.rule.BaseRule;
import org.councilpolicy.core.rule.Check;
import org.councilpolicy.core.rule.RuleInfo;
import org.councilpolicy.core.rule.RuleOption;
import org.councilpolicy.core.rule.RuleSettings;
import org.councilpolicy.core.rule.Severity;

/**
 * SC-1: nothing goes out, or is scheduled to go out, during one of the profile's posting pauses (national
 * mourning). The draft's {@code scheduledAt}, or now when it has none, is taken as a London date.
 */
public final class PostingPauseRule extends BaseRule<Draft> {

    static final RuleInfo INFO = RuleInfo.builder("schedule.posting-pause")
            .title("Posting pause")
            .category(Category.SCHEDULING)
            .severity(Severity.BLOCK)
            .clauses("SC-1")
            .rationale("After the death of a senior royal, council accounts pause for about 10 days, to the "
                    + "funeral; staff make sure nothing is scheduled in that window (SCC 4.4).")
            .fires("A post scheduled for a day inside a posting pause in the profile")
            .passes("The same post scheduled for the day after the pause ends")
            .option(RuleOption.enumList("accounts", AccountType.class,
                    List.of(AccountType.CORPORATE, AccountType.SERVICE, AccountType.PROFESSIONAL),
                    "The account kinds the council's pauses apply to"))
            .build();

    /** Creates the rule; the engine finds it through {@link java.util.ServiceLoader}. */
    public PostingPauseRule() {
        super(INFO, Draft.class);
    }

    @Override
    public Check<Draft> prepare(Profile profile, RuleSettings settings) {
        List<Period> pauses = profile.postingPauses();
        if (pauses.isEmpty()) {
            return (draft, context) -> { };
        }
        Set<AccountType> accounts = EnumSet.noneOf(AccountType.class);
        settings.stringListOption("accounts").forEach(a -> accounts.add(AccountType.valueOf(a)));
        return (draft, context) -> {
            if (!accounts.contains(draft.account())) {
                return;
            }
            Instant when = draft.scheduledAt() != null ? draft.scheduledAt() : context.now();
            LocalDate day = LocalDate.ofInstant(when, context.profile().zone());
            Optional<Period> pause = profile.postingPauseOn(day);
            if (pause.isEmpty()) {
                return;
            }
            Period p = pause.get();
            String timing = draft.scheduledAt() != null ? "is scheduled for " + day : "would go out today (" + day + ")";
            context.report(context.finding()
                    .kind(ScheduleKind.POSTING_PAUSE)
                    .message("This post " + timing + ", during the posting pause \"" + p.name() + "\" (" + p.start()
                            + " to " + p.end() + "). Nothing may be published or scheduled in that window.")
                    .suggestion("Hold it until " + p.end().plusDays(1) + " or later, and check it still reads well "
                            + "then."));
        };
    }

    @Override
    public List<RuleExample<Draft>> examples() {
        java.util.function.UnaryOperator<Profile> pause = p -> p.toBuilder().postingPause(new Period("National mourning",
                java.time.LocalDate.of(2026, 5, 4), java.time.LocalDate.of(2026, 5, 13))).build();
        Draft.Builder post = Draft.builder("Green bin collections resume on Monday.");
        return List.of(RuleExample.fires(post.scheduledAt(java.time.Instant.parse("2026-05-06T09:00:00Z")).build())
                        .tuned(pause),
                RuleExample.passes(post.scheduledAt(java.time.Instant.parse("2026-05-14T09:00:00Z")).build())
                        .tuned(pause));
    }
}
