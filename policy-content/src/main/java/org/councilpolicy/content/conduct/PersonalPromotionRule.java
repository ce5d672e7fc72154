package org.councilpolicy.content.conduct;

import java.util.List;
import org.councilpolicy.core.rule.RuleExample;
import org.councilpolicy.content.draft.Draft;
import org.councilpolicy.content.neutrality.DraftSignals;
import org.councilpolicy.content.neutrality.Hit;
import org.councilpolicy.content.neutrality.ProfileNames;
import org.councilpolicy.content.neutrality.Signal;
import org.councilpolicy.core.profile.AccountType;
import org.councilpolicy.core.profile.Profile;
import org.councilpolicy.core.rule.BaseRule;
import org.councilpolicy.core.rule.Category;
import org.councilpolicy.core.rule.Check;
import org.councilpolicy.core.rule.RuleContext;
import org.councilpolicy.core.rule.RuleInfo;
import org.councilpolicy.core.rule.RuleSettings;
import org.councilpolicy.core.rule.Severity;

/**
 * CO-6: an officer's personal account uses a council affiliation (the council's name, a council job title,
 * its email domain or logo) together with commercial or personal-campaign language ("DM for rates", "private
 * consultancy", "donate"). Either alone passes: officers may say where they work, and may sell things without
 * mentioning it.
 */
public final class PersonalPromotionRule extends BaseRule<Draft> {

    static final RuleInfo INFO = RuleInfo.builder("conduct.personal-promotion")
            .title("Council affiliation used for personal promotion")
            .category(Category.CONDUCT)
            .severity(Severity.BLOCK)
            .clauses("CO-6")
            .rationale("Personal accounts do not use an affiliation with the Council to promote personal "
                    + "financial interests, commercial ventures or personal campaigns, nor use council logos or "
                    + "email (OFF).")
            .fires("As a South Hams planning officer, I offer private planning consultancy - DM for rates.")
            .passes("I offer private garden design - DM for rates.")
            .build();

    /** For the service loader. */
    public PersonalPromotionRule() {
        super(INFO, Draft.class);
    }

    @Override
    public Check<Draft> prepare(Profile profile, RuleSettings settings) {
        return ProfileNames.checkWith(profile, this::check);
    }

    private void check(Draft draft, RuleContext ctx, ProfileNames names) {
        if (draft.account() != AccountType.OFFICER_PERSONAL) {
            return;
        }
        DraftSignals s = DraftSignals.of(draft, ctx);
        if (!s.has(Signal.COMMERCIAL)) {
            return;
        }
        int[] affiliation = null;
        if (s.has(Signal.AFFILIATION)) {
            Hit h = s.hits(Signal.AFFILIATION).get(0);
            affiliation = new int[] {h.start(), h.end()};
        } else {
            for (ProfileNames.Found f : names.find(draft, ctx)) {
                if (f.kind() == ProfileNames.Kind.COUNCIL) {
                    affiliation = new int[] {f.start(), f.end()};
                    break;
                }
            }
        }
        if (affiliation == null) {
            return;
        }
        Hit commercial = s.hits(Signal.COMMERCIAL).get(0);
        ctx.report(ctx.finding()
                .kind(ConductKind.PERSONAL_PROMOTION)
                .span(s.span(affiliation[0], affiliation[1]))
                .excerpt(s.excerpt(affiliation[0], affiliation[1]))
                .message("A personal account uses a council affiliation (\"" + s.excerpt(affiliation[0], affiliation[1])
                        + "\") alongside personal promotion (\"" + s.excerpt(commercial.start(), commercial.end())
                        + "\"). Personal accounts do not use the council's name, role, logo or email to promote "
                        + "personal business or campaigns.")
                .suggestion("Promote your business without mentioning your council role; check your secondary "
                        + "employment and conflict-of-interest rules."));
    }

    @Override
    public List<RuleExample<Draft>> examples() {
        return List.of(RuleExample.fires(Draft.builder(INFO.exampleFires()).account(AccountType.OFFICER_PERSONAL).build())
                        .under("south-hams-west-devon"),
                RuleExample.passes(Draft.builder(INFO.examplePasses()).account(AccountType.OFFICER_PERSONAL).build())
                        .under("south-hams-west-devon"));
    }
}
