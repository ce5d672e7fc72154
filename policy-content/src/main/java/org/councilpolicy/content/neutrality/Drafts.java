package org.councilpolicy.content.neutrality;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.councilpolicy.content.draft.Draft;
import org.councilpolicy.core.profile.AccountType;
import org.councilpolicy.core.profile.Profile;
import org.councilpolicy.core.rule.RuleContext;

/** Small facts about a draft that several neutrality and conduct rules need. */
public final class Drafts {

    /** UK councils publish on UK time: a draft's day is its day in London (the profile's zone). */
    public static final ZoneId UK = Profile.UK_ZONE;

    private Drafts() {
    }

    /**
     * When the draft goes out: its scheduled time, or now by the engine's clock.
     *
     * @param draft   the draft being checked
     * @param context the rule context, whose clock gives "now"
     * @return the instant of publication
     */
    public static Instant publishedAt(Draft draft, RuleContext context) {
        return draft.scheduledAt() != null ? draft.scheduledAt() : context.now();
    }

    /**
     * The UK calendar day the draft goes out on (what pre-election periods and posting pauses are counted in).
     *
     * @param draft   the draft being checked
     * @param context the rule context, whose clock gives "now"
     * @return the day of publication in London
     */
    public static LocalDate publishedOn(Draft draft, RuleContext context) {
        return LocalDate.ofInstant(publishedAt(draft, context), context.profile().zone());
    }

    /**
     * Whether the draft speaks for the council (corporate, service or professional account).
     *
     * @param draft the draft being checked
     * @return whether its account is an official one
     */
    public static boolean official(Draft draft) {
        return draft.account().isOfficial();
    }

    /**
     * Whether the draft is from an elected member's own account.
     *
     * @param draft the draft being checked
     * @return whether its account is {@link AccountType#COUNCILLOR}
     */
    public static boolean councillor(Draft draft) {
        return draft.account() == AccountType.COUNCILLOR;
    }
}
