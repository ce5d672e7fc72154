package org.councilpolicy.content.moderation;

import java.util.List;
import java.util.Locale;
import org.councilpolicy.content.draft.Author;
import org.councilpolicy.content.draft.AuthorRole;
import org.councilpolicy.content.draft.Draft;
import org.councilpolicy.core.profile.Profile;
import org.councilpolicy.core.rule.BaseRule;
import org.councilpolicy.core.rule.Category;
import org.councilpolicy.core.rule.Check;
import org.councilpolicy.core.rule.Finding;
import org.councilpolicy.core.rule.PersonalDataKind;
import org.councilpolicy.core.rule.RuleContext;
import org.councilpolicy.core.rule.RuleInfo;
import org.councilpolicy.core.rule.RuleSettings;
import org.councilpolicy.core.rule.Severity;
import org.councilpolicy.core.text.Masking;

/**
 * Personal data posted in a comment (someone's phone number, email, address, NI or NHS number, card...): a
 * ground for deletion (PD-1, PD-7). There is one implementation of personal-data detection: this rule asks the
 * engine to run its own enabled PERSONAL_DATA draft rules (the caller's registry, added rules and profile
 * settings) over the comment's text, and reports the personal data they find: what identifies or locates a person
 * ({@link PersonalDataKind#identifiesOrLocates()}) as the rule's severity, a name, child, postcode or vehicle
 * alone for review. Data the poster gives about themselves ("call me on ...") is
 * reported as unsure, for review.
 */
public final class PersonalDataCommentRule extends BaseRule<Comment> {

    static final RuleInfo INFO = RuleInfo.builder("moderation.personal-data")
            .title("Personal data in a comment")
            .category(Category.PERSONAL_DATA)
            .severity(Severity.BLOCK)
            .clauses("MD-3", "PD-1", "PD-7")
            .rationale("Publishing another person's personal data breaches data protection law (SCC 3.7); the "
                    + "council must not leave it on its pages.")
            .fires("Her number is 07700 900123, ring her and tell her what you think")
            .passes("Ring the council on its main number for help")
            .build();

    /** The council's own requests for details are draft rules' business, never a comment's. */
    private static final java.util.Set<PersonalDataKind> REQUESTS = java.util.EnumSet.of(
            PersonalDataKind.REQUEST_FOR_DETAILS, PersonalDataKind.FINANCIAL_REQUEST);
    /**
     * The rules whose every finding is one of those requests ({@link #REQUESTS}): their findings would all be
     * dropped, so they are not run over a comment at all.
     */
    private static final java.util.Set<String> REQUEST_RULES = java.util.Set.of("personal-data.request-for-details",
            "personal-data.financial-request");
    private static final List<String> OWN_CUES = List.of("call me", "ring me", "text me", "email me", "e-mail me",
            "contact me", "my number", "my email", "my phone", "my mobile", "my address", "message me", "reach me",
            "i live at", "we live at", "i live on", "we live on", "i'm at number", "we're at number");
    /**
     * The poster's family at an address they give: "my mum at 42 Oak Street waited six hours for a carer". Word edges
     * are one-character look-arounds, not {@code \\b}, which scans back over every combining mark (hostile text).
     */
    private static final java.util.regex.Pattern FAMILY_AT = java.util.regex.Pattern.compile("(?<![a-z0-9])my "
            + "(mum|mother|dad|father|nan|nana|gran|grandma|grandad|granddad|son|daughter|husband|wife|partner|"
            + "parents|family)('s)?"
            + "( (house|home|flat|bungalow))?( who lives| lives)? at(?![a-z0-9])");
    /**
     * Words that tie an address to someone living or working there. Without one, a house number is where a
     * problem is ("fly-tipping behind 12 Mill Lane for three weeks"): a moderator looks before anything is deleted,
     * since such a comment is usually a complaint (MD-1).
     */
    private static final java.util.regex.Pattern RESIDENCE = java.util.regex.Pattern.compile("(?<![a-z0-9])(live|lives|"
            + "living|lived|home|house|resident|residents|tenant|tenants|landlord|landlady|neighbour|neighbours|"
            + "occupier|owner|owns|he|she|his|her|him|they|their|them|family|knock|door|visit|round)(?![a-z0-9])");

    /** Public no-arg constructor for ServiceLoader. */
    public PersonalDataCommentRule() {
        super(INFO, Comment.class);
    }

    @Override
    public Check<Comment> prepare(Profile profile, RuleSettings settings) {
        return PersonalDataCommentRule::check;
    }

    private static void check(Comment comment, RuleContext ctx) {
        // A resident writes it: "call 01632 …" gives their own number, not the council's line.
        Draft asDraft = Draft.builder(comment.text()).author(new Author(AuthorRole.MEMBER_OF_PUBLIC, null)).build();
        List<Finding> found = ctx.checkAlso(asDraft,
                info -> info.category() == Category.PERSONAL_DATA && !REQUEST_RULES.contains(info.id()));
        boolean own = ownData(comment.text());
        // worked out once per comment, not per address found (hostile text may hold thousands)
        boolean[] resides = {found.isEmpty() || RESIDENCE.matcher(comment.text().toLowerCase(Locale.ROOT)).find()};
        for (Finding f : found) {
            if (!(f.kind() instanceof PersonalDataKind kind) || f.span() == null || REQUESTS.contains(kind)) {
                continue;
            }
            Finding.Builder b = ctx.finding()
                    .kind(kind)
                    .span(f.span())
                    .excerpt(f.excerpt() != null ? f.excerpt() : Masking.mask(f.span().of(comment.text())))
                    .message("The comment contains personal data (" + kind.name().toLowerCase(Locale.ROOT)
                            .replace('_', ' ') + "), found by " + f.rule() + ".")
                    .suggestion("Delete it; the poster may post again without the personal details.");
            if (own) {
                b.unsure("the poster seems to be giving their own details");
            } else if (kind == PersonalDataKind.STREET_ADDRESS && !resides[0]) {
                b.unsure("an address nobody is said to live at may be where a problem is; check before deleting");
            } else if (!kind.identifiesOrLocates()) {
                // A third party's name, child, postcode or vehicle: personal data, but alone it may not single
                // anyone out; a moderator decides (issue 11: comments name residents as drafts do).
                b.unsure("a " + kind.name().toLowerCase(Locale.ROOT).replace('_', ' ')
                        + " on its own may not identify a private person; check before deleting");
            }
            ctx.report(b);
        }
    }

    private static boolean ownData(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return OWN_CUES.stream().anyMatch(lower::contains) || FAMILY_AT.matcher(lower).find();
    }
}
