package org.councilpolicy.content.personaldata;

import java.util.ArrayList;
import java.util.List;
import org.councilpolicy.content.draft.Draft;
import org.councilpolicy.core.analysis.TextAnalysis;
import org.councilpolicy.core.profile.Profile;
import org.councilpolicy.core.rule.Category;
import org.councilpolicy.core.rule.BaseRule;
import org.councilpolicy.core.rule.Check;
import org.councilpolicy.core.rule.PersonalDataKind;
import org.councilpolicy.core.rule.RuleInfo;
import org.councilpolicy.core.rule.RuleContext;
import org.councilpolicy.core.rule.RuleOption;
import org.councilpolicy.core.rule.RuleSettings;
import org.councilpolicy.core.rule.Severity;
import org.councilpolicy.core.rule.Span;
import org.councilpolicy.core.text.Lexicon;
import org.councilpolicy.core.text.LexiconMatch;
import org.councilpolicy.core.text.Masking;

/**
 * PD-1: a home address (house number or house name with a street). Addresses in a residential context block;
 * venue, event and roadworks addresses pass; an address with neither goes to review.
 */
public final class StreetAddressRule extends BaseRule<Draft> {

    static final String VENUES = "venues";

    static final RuleInfo INFO = RuleInfo.builder("personal-data.street-address")
            .title("Home addresses")
            .category(Category.PERSONAL_DATA)
            .severity(Severity.BLOCK)
            .clauses("PD-1")
            .rationale("A member of the public's postal address is personal data; the address of a venue, a "
                    + "business or a roadworks site is not.")
            .fires("The resident who lives at 12 Elm Road, Totnes has been fined for fly-tipping.")
            .passes("Come along to our drop-in session at Totnes Library, 12 Fore Street on Friday.")
            .option(RuleOption.stringList(VENUES, List.of(),
                    "Names of the council's own buildings and other public venues: an address next to one is "
                            + "never reported (e.g. \"Follaton House\")."))
            .build();

    /** Creates the rule (for the service loader). */
    public StreetAddressRule() {
        super(INFO, Draft.class);
    }

    @Override
    public Check<Draft> prepare(Profile profile, RuleSettings settings) {
        PeopleDetector detector = PeopleDetector.forProfile(profile);
        Lexicon.Builder<Boolean> b = Lexicon.builder();
        boolean any = false;
        for (String v : settings.stringListOption(VENUES)) {
            if (!v.isBlank()) {
                b.add(v, Boolean.TRUE);
                any = true;
            }
        }
        Lexicon<Boolean> venues = any ? b.build() : null;
        return (draft, ctx) -> {
            String text = draft.text();
            PeopleFindings people = detector.analyse(text, ctx);
            List<PeopleMention> addresses = people.addresses();
            if (!people.worksSites().isEmpty() && (IdentifierRule.casework(draft)
                    || IdentifierRule.memberOfPublicWrites(draft))) {
                // "the streetlight outside 15 Farm Lane" in a reply or a resident's comment: reported from a home
                List<PeopleMention> all = new ArrayList<>(addresses);
                all.addAll(people.worksSites());
                all.sort(java.util.Comparator.comparingInt(m -> m.span().start()));
                addresses = all;
            }
            List<Span> shapes = AddressShapes.find(text, addresses);
            if (addresses.isEmpty() && shapes.isEmpty()) {
                return;
            }
            List<Span> venueSpans = new ArrayList<>();
            if (venues != null) {
                for (LexiconMatch<Boolean> m : venues.findAll(TextAnalysis.of(ctx, text).normalised())) {
                    venueSpans.add(m.original());
                }
            }
            OwnerCues cues = OwnerCues.of(ctx, text);
            boolean casework = IdentifierRule.casework(draft);
            for (PeopleMention m : addresses) {
                Attribution owner = OwnerAttribution.place(cues, m.span().start(), m.span().end());
                if (nextToVenue(m.span(), venueSpans) || !owner.personal() || ElectionImprint.covers(text, m.span())) {
                    continue; // a venue, an organisation's address, or a promoter's address an imprint must give
                }
                String caseLink = casework ? CASEWORK : OwnerAttribution.caseLink(cues, m.span().start(), m.span().end());
                report(ctx, text, m.span(), m.reason(), owner, caseLink, m.sure());
            }
            // Less common shapes (Welsh and Gaelic streets, streets without a type word, named houses with their
            // village) only with a resident or a case around them: venues and works sites are written the same.
            // A resident's comment naming a house with no organisation around it is about a neighbour's home.
            boolean residentWrites = IdentifierRule.memberOfPublicWrites(draft);
            for (Span s : shapes) {
                Attribution owner = OwnerAttribution.place(cues, s.start(), s.end());
                String caseLink = casework ? CASEWORK : OwnerAttribution.caseLink(cues, s.start(), s.end());
                if (nextToVenue(s, venueSpans) || !owner.personal() || (caseLink == null
                        && owner.owner() != Owner.PUBLIC && !(residentWrites && owner.owner() == Owner.UNKNOWN))) {
                    continue;
                }
                report(ctx, text, s, "a house and street in a less common shape, with a resident or case", owner,
                        caseLink, false);
            }
        };
    }

    private static final String CASEWORK = "a reply or a councillor's casework post";

    private static void report(RuleContext ctx, String text, Span span, String reason, Attribution owner,
                               String caseLink, boolean sure) {
        var f = ctx.finding()
                .kind(PersonalDataKind.STREET_ADDRESS)
                .span(span)
                .excerpt(Masking.mask(span.of(text)))
                .message("This looks like someone's address (" + reason + (caseLink == null ? ""
                        : "; tied to their case by " + caseLink) + "). Owner: " + owner.note() + ".")
                .suggestion("Remove the house number or name; give the street or area only if it is "
                        + "needed, e.g. \"a property on Elm Road\".");
        if (!sure && caseLink == null) {
            f.unsure("it may be the address of a business or venue");
        }
        ctx.report(f);
    }

    /**
     * A named venue overlapping the address or ending shortly before it ("Follaton House, Plymouth Road").
     * {@code venues} are sorted by start: a binary search finds the last venue starting early enough, and only
     * venues starting at most {@link #MAX_VENUE} characters before the address are looked at, so a long text
     * with many venues and addresses stays linear.
     */
    private static boolean nextToVenue(Span address, List<Span> venues) {
        int lo = 0;
        int hi = venues.size();
        int limit = Math.min(address.end() - 1, address.start() + 40);
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (venues.get(mid).start() <= limit) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        for (int k = lo - 1; k >= 0 && venues.get(k).start() >= address.start() - MAX_VENUE - 40; k--) {
            if (address.start() < venues.get(k).end() + 40) {
                return true;
            }
        }
        return false;
    }

    /** Longest venue name considered, in characters. */
    private static final int MAX_VENUE = 200;
}
