package org.councilpolicy.content.requiredcontent;

import org.councilpolicy.core.rule.RuleExample;
import org.councilpolicy.content.draft.MediaRef;
import java.util.List;
import org.councilpolicy.content.draft.Draft;
import org.councilpolicy.content.draft.PostKind;
import org.councilpolicy.core.analysis.TextAnalysis;
import org.councilpolicy.core.profile.Profile;
import org.councilpolicy.core.rule.Category;
import org.councilpolicy.core.rule.BaseRule;
import org.councilpolicy.core.rule.Check;
import org.councilpolicy.core.rule.RuleInfo;
import org.councilpolicy.core.rule.RuleOption;
import org.councilpolicy.core.rule.RuleSettings;
import org.councilpolicy.core.rule.Severity;
import org.councilpolicy.core.text.Lexicon;
import org.councilpolicy.core.text.NormalisedText;

/**
 * RC-6: a fire service's incident post with a photo or video describes the incident, says what the service did,
 * and links to safety information. Off by default; the fire service's profile turns it on.
 */
public final class IncidentPostRule extends BaseRule<Draft> {

    static final RuleInfo INFO = RuleInfo.builder("required-content.incident-post")
            .title("Incident photo posts: description, action, safety link")
            .category(Category.REQUIRED_CONTENT)
            .severity(Severity.REVIEW)
            .clauses("RC-6")
            .rationale("Once an incident photo is cleared, SFRS posts it with a description of the incident, the "
                    + "action the service took and a link to safety information (SFRS 4.2).")
            .fires("Crews were called to a kitchen fire in Leiston this afternoon. (with a photo)")
            .passes("Crews were called to a kitchen fire in Leiston this afternoon and put it out with a hose reel. "
                    + "Cooking safety: suffolk.gov.uk/fire-safety (with a photo)")
            .disabledByDefault()
            .option(RuleOption.stringList("safetyLinkDomains", List.of(),
                    "Domains a safety link may point to besides the council's own; empty accepts any link"))
            .build();

    private static final Lexicon<String> CUES = Lexicon.of("called to", "were called", "was called", "attended",
            "attending", "responded to", "responding to", "incident", "at the scene", "on scene", "tackled",
            "tackling", "mobilised", "turned out", "crews from", "crews were", "crew from", "firefighters from",
            "fire engines from", "appliances from", "crews have been", "firefighters were", "firefighters have");

    private static final Lexicon<String> DESCRIPTIONS = Lexicon.of("fire", "fires", "blaze", "collision", "rtc",
            "road traffic collision", "crash", "flood", "flooding", "rescue", "smoke", "alarm", "gas leak", "chemical",
            "hazmat", "spill", "spillage", "explosion", "trapped", "alight", "chimney", "bonfire", "wildfire",
            "grass", "field", "vehicle", "car", "lorry", "van", "house", "flat", "kitchen", "barn", "shed", "heath",
            "building", "property", "water", "river", "animal", "horse", "dog", "cat", "tree", "roof", "lift",
            "stuck", "flames", "burning", "burnt", "scorched", "overturned");

    private static final Lexicon<String> ACTIONS = Lexicon.of("extinguished", "extinguish", "put out", "put it out",
            "used", "using", "released", "rescued", "made safe", "make safe", "making safe", "damped down",
            "damping down", "dampened", "ventilated", "isolated", "tackled", "tackling", "under control", "freed",
            "cut free", "evacuated", "contained", "hose reel", "hose reels", "jet", "jets", "thermal imaging",
            "breathing apparatus", "stopped the spread", "prevented", "assisted", "helped", "pumped", "pumping",
            "removed", "cleared", "checked", "carried out", "led to safety", "handed over", "searched", "secured",
            "worked to", "fought", "stabilised", "recovered", "lifted", "winched", "brought to safety");

    /** Creates the rule; the engine finds it through {@link java.util.ServiceLoader}. */
    public IncidentPostRule() {
        super(INFO, Draft.class);
    }

    /** Whether a phrase of the lexicon occurs outside every link (so "fire" in a safety link's path does not count). */
    private static boolean outsideLinks(Lexicon<String> lexicon, NormalisedText norm, List<Links.Link> links) {
        for (org.councilpolicy.core.text.LexiconMatch<String> m : lexicon.findAll(norm)) {
            boolean inside = false;
            for (Links.Link l : links) {
                if (m.original().start() >= l.start() && m.original().end() <= l.end()) {
                    inside = true;
                    break;
                }
            }
            if (!inside) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Check<Draft> prepare(Profile profile, RuleSettings settings) {
        List<String> domains = settings.stringListOption("safetyLinkDomains");
        return (draft, context) -> {
            if (draft.kind() != PostKind.POST || draft.media().isEmpty() || !draft.account().isOfficial()) {
                return;
            }
            NormalisedText norm = TextAnalysis.of(context, draft.text()).normalised();
            if (!CUES.containsAny(norm)) {
                return;
            }
            List<Links.Link> links = Links.of(draft, context);
            if (!outsideLinks(DESCRIPTIONS, norm, links)) {
                context.report(context.finding()
                        .kind(RequiredContentKind.MISSING_DESCRIPTION)
                        .message("An incident photo is posted with a description of the incident.")
                        .suggestion("Say what the incident was (a kitchen fire, a collision…) and roughly where."));
            }
            if (!outsideLinks(ACTIONS, norm, links)) {
                context.report(context.finding()
                        .kind(RequiredContentKind.MISSING_ACTION)
                        .message("An incident photo is posted with the action the service took.")
                        .suggestion("Say what crews did (put out the fire with a hose reel, made the vehicle safe…)."));
            }
            boolean linked = links.stream().anyMatch(l -> domains.isEmpty()
                    || profile.ownContacts().isOwnDomain(l.host())
                    || domains.stream().anyMatch(d -> l.host().equals(d) || l.host().endsWith("." + d)));
            if (!linked) {
                context.report(context.finding()
                        .kind(RequiredContentKind.MISSING_SAFETY_LINK)
                        .message("An incident photo is posted with a link to safety information.")
                        .suggestion("Link to the safety advice on the council's website or a partner's."));
            }
        };
    }

    @Override
    public List<RuleExample<Draft>> examples() {
        MediaRef photo = new MediaRef("photos/fire.jpg", "Crews at the scene");
        return List.of(RuleExample.fires(Draft.builder("Crews were called to a kitchen fire in Leiston this afternoon.")
                        .media(photo).build()).under("suffolk-fire-rescue"),
                RuleExample.passes(Draft.builder("Crews were called to a kitchen fire in Leiston this afternoon and put "
                        + "it out with a hose reel. Cooking safety: suffolk.gov.uk/fire-safety").media(photo).build())
                        .under("suffolk-fire-rescue"));
    }
}
