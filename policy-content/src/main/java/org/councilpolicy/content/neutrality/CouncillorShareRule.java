package org.councilpolicy.content.neutrality;

import org.councilpolicy.core.rule.RuleExample;
import org.councilpolicy.content.draft.SharedFrom;
import java.util.List;
import org.councilpolicy.content.draft.Draft;
import org.councilpolicy.content.draft.PostKind;
import org.councilpolicy.core.profile.Profile;
import org.councilpolicy.core.rule.Category;
import org.councilpolicy.core.rule.BaseRule;
import org.councilpolicy.core.rule.Check;
import org.councilpolicy.core.rule.RuleContext;
import org.councilpolicy.core.rule.RuleInfo;
import org.councilpolicy.core.rule.RuleOption;
import org.councilpolicy.core.rule.RuleSettings;
import org.councilpolicy.core.rule.Severity;
import org.councilpolicy.core.text.Lexicon;

/**
 * PN-3: an official account shares (retweets) a post by an elected member. Allowed only when it is not
 * politically motivated and relates directly to council business: political content in the share or in the
 * shared text is a BLOCK; a share in which no council-business word appears is a REVIEW asking a person to
 * confirm it relates to council business.
 *
 * <p>A share's origin is a councillor when its account is not official and its handle or name says so
 * ("@CllrJaneSmith", "Councillor Jane Smith") or names one of the profile's councillors.
 */
public final class CouncillorShareRule extends BaseRule<Draft> {

    static final List<String> DEFAULT_BUSINESS = List.of("council", "councils", "service", "services", "bin",
            "bins", "recycling", "waste", "collection", "collections", "planning", "consultation", "library",
            "libraries", "park", "parks", "road", "roads", "roadworks", "funding", "grant", "project", "scheme",
            "community", "event", "events", "opening", "opened", "opens", "housing", "homes", "school", "schools",
            "leisure", "centre", "car park", "parking", "council tax", "budget", "meeting", "committee", "residents",
            "volunteers", "volunteer", "litter", "clean-up", "beach", "harbour", "play area", "playground",
            "regeneration", "climate", "trees", "flood", "launch", "launched", "award", "visit", "visited", "ward",
            "business", "businesses", "transport", "bus", "footpath", "cycle", "health", "care", "support",
            "apprentices", "jobs", "market", "town centre", "high street", "sports", "pool", "museum", "toilets");

    static final RuleInfo INFO = RuleInfo.builder("neutrality.councillor-share")
            .title("Sharing a councillor's post")
            .category(Category.POLITICAL)
            .severity(Severity.BLOCK)
            .clauses("PN-3")
            .rationale("The council may retweet an elected member only if it is not politically motivated, "
                    + "relates directly to council business and keeps to the Code of Recommended Practice on "
                    + "Local Authority Publicity (SHWD 7.2).")
            .fires("Share of @CllrJaneSmith: \"Proud of what the Lib Dem group has delivered\" with \"Great work!\"")
            .passes("Share of @CllrJaneSmith: \"Opened the new play area in Dartington park today\"")
            .option(RuleOption.stringList("councilBusinessTerms", DEFAULT_BUSINESS,
                    "Words that show a share is about council business"))
            .build();

    /** For the service loader. */
    public CouncillorShareRule() {
        super(INFO, Draft.class);
    }

    @Override
    public Check<Draft> prepare(Profile profile, RuleSettings settings) {
        ProfileNames names = ProfileNames.of(profile);
        List<String> terms = settings.stringListOption("councilBusinessTerms");
        Lexicon.Builder<Boolean> b = Lexicon.builder();
        terms.forEach(t -> b.add(t, Boolean.TRUE));
        Lexicon<Boolean> business = terms.isEmpty() ? null : b.build();
        return (draft, ctx) -> check(draft, ctx, profile, names, business);
    }

    private static void check(Draft draft, RuleContext ctx, Profile profile, ProfileNames names,
                              Lexicon<Boolean> business) {
        if (!Drafts.official(draft) || draft.kind() != PostKind.SHARE || draft.sharedFrom() == null
                || draft.sharedFrom().official() || !names.isCouncillorHandle(draft.sharedFrom().account(), profile)) {
            return;
        }
        DraftSignals s = DraftSignals.of(draft, ctx);
        DraftSignals shared = DraftSignals.replyTo(draft, ctx);
        boolean political = s.political().any() || shared != null && shared.political().any();
        if (political) {
            ctx.report(ctx.finding()
                    .kind(NeutralityKind.POLITICAL_SHARE)
                    .message("An official account shares a councillor's post with political content. The council "
                            + "retweets elected members only when it is not politically motivated.")
                    .suggestion("Do not share it; post the council-business facts from the council's own account."));
            return;
        }
        boolean aboutBusiness = business != null && (business.containsAny(s.text())
                || shared != null && business.containsAny(shared.text()));
        if (!aboutBusiness) {
            ctx.report(ctx.finding()
                    .kind(NeutralityKind.COUNCILLOR_SHARE)
                    .severity(ctx.settings().severity().atMost(Severity.REVIEW))
                    .message("An official account shares a councillor's post and nothing shows it relates to "
                            + "council business. Confirm it relates directly to council business, is not politically "
                            + "motivated and keeps to the Code of Recommended Practice on Local Authority Publicity.")
                    .suggestion("Share only posts about council activity (events, projects, services the council "
                            + "supports)."));
        }
    }

    @Override
    public List<RuleExample<Draft>> examples() {
        SharedFrom cllr = new SharedFrom("@CllrJaneSmith", false);
        return List.of(RuleExample.fires(Draft.builder("Great work!").kind(PostKind.SHARE).sharedFrom(cllr)
                        .replyTo("Proud of what the Lib Dem group has delivered").build()).under("south-hams-west-devon"),
                RuleExample.passes(Draft.builder("Great to see.").kind(PostKind.SHARE).sharedFrom(cllr)
                        .replyTo("Opened the new play area in Dartington park today").build())
                        .under("south-hams-west-devon"));
    }
}
