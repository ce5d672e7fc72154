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
 * ({@link PersonalDataKind#identifiesOrLocates()}) as the rule's severity, and so a name with a postcode or a
 * vehicle registration; a name, child, postcode or vehicle alone for review. Data the poster gives about
 * themselves ("call me on ...") is deleted too when it is a number, email or reference, with a suggestion to send it
 * privately (the page must not carry anyone's contact details, PD-1, PD-7); their own street address, name or
 * child is reported as unsure, for review.
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
     * Words that tie an address to someone living or working there, or a person placed at it ("the bloke who reported
     * me is at Flat 2, ..."). Without one, a house number is where a
     * problem is ("fly-tipping behind 12 Mill Lane for three weeks"): a moderator looks before anything is deleted,
     * since such a comment is usually a complaint (MD-1).
     */
    private static final java.util.regex.Pattern RESIDENCE = java.util.regex.Pattern.compile("(?<![a-z0-9])(live|lives|"
            + "living|lived|home|house|resident|residents|tenant|tenants|landlord|landlady|neighbour|neighbours|"
            + "occupier|owner|owns|he|she|his|her|him|they|their|them|family|knock|door|visit|round|"
            + "man|woman|bloke|lad|lass|guy|fella|lady|couple|person|whoever|driver|builder)(?![a-z0-9])");

    /** A preposition of place right before an address: the address says where something is ("outside 12 Mill Lane"). */
    private static final java.util.regex.Pattern PROBLEM_PLACE = java.util.regex.Pattern.compile("(?<![a-z0-9])"
            + "(outside|opposite|behind|beside|near|next to|in front of|across from|round the corner from)"
            + "( (the )?(house|houses|flat|flats|number|no\\.?))? ?$");

    /** Partial identifiers that identify a person together: a name with a postcode or a vehicle registration. */
    private static final java.util.Set<PersonalDataKind> COMBINING = java.util.EnumSet.of(PersonalDataKind.PERSON_NAME,
            PersonalDataKind.POSTCODE, PersonalDataKind.VEHICLE_REG);

    /** A third person between an own-data cue and the data: the data is theirs, not the poster's. */
    private static final java.util.regex.Pattern THIRD_PERSON = java.util.regex.Pattern.compile("(?<![a-z0-9])(he|she|"
            + "his|her|him|they|their|them|he's|she's|they're|landlord's|neighbour's|owner's|the [a-z]+'s)"
            + "(?![a-z0-9])");

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
        if (found.isEmpty()) {
            return;
        }
        // lower-cased char by char, so offsets stay those of the text (Locale-wide lower-casing may change lengths)
        char[] chars = comment.text().toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = Character.toLowerCase(chars[i]);
        }
        String lower = new String(chars);
        Owners owners = Owners.of(lower);
        // worked out once per comment, not per address found (hostile text may hold thousands), and only once an
        // address is found: most comments have none, and the scan reads the whole text
        java.util.function.BooleanSupplier resides = new java.util.function.BooleanSupplier() {
            private int known; // 0 not yet read, 1 no, 2 yes

            @Override
            public boolean getAsBoolean() {
                if (known == 0) {
                    known = RESIDENCE.matcher(lower).find() ? 2 : 1;
                }
                return known == 2;
            }
        };
        // Two different partial identifiers of someone else together single them out: a name with a postcode or a
        // vehicle registration (PD-1: "any other identity-related material").
        java.util.Set<PersonalDataKind> partial = java.util.EnumSet.noneOf(PersonalDataKind.class);
        for (Finding f : found) {
            if (f.kind() instanceof PersonalDataKind k && COMBINING.contains(k) && f.span() != null
                    && !owners.own(f.span().start())) {
                partial.add(k);
            }
        }
        boolean combined = partial.size() > 1;
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
            if (kind == PersonalDataKind.STREET_ADDRESS && !resides.getAsBoolean() && problemPlace(lower, f.span().start())) {
                continue; // "the pothole outside 40 Linacre Road": where a problem is, nobody's home (MD-1)
            }
            boolean own = owners.own(f.span().start());
            if (own && (!kind.identifiesOrLocates() || kind == PersonalDataKind.STREET_ADDRESS)) {
                // Round 10 (issue 12): the poster's own number, email or reference is deleted like anyone else's
                // (PD-1, PD-7: the page must not carry it; they may send it privately). Their own street is how
                // residents say where a problem is ("I live at 3 Park View and my bins..."), and their own name or
                // child alone is for a moderator to judge.
                b.unsure("the poster seems to be giving their own details");
            } else if (own) {
                b.suggestion("Delete it and ask the poster to send their details privately (direct message or the "
                        + "council's contact form).");
            } else if (kind == PersonalDataKind.STREET_ADDRESS && !resides.getAsBoolean()) {
                b.unsure("an address nobody is said to live at may be where a problem is; check before deleting");
            } else if (!kind.identifiesOrLocates() && !(combined && COMBINING.contains(kind))) {
                // A third party's name, child, postcode or vehicle: personal data, but alone it may not single
                // anyone out; a moderator decides (issue 11: comments name residents as drafts do).
                b.unsure("a " + kind.name().toLowerCase(Locale.ROOT).replace('_', ' ')
                        + " on its own may not identify a private person; check before deleting");
            }
            ctx.report(b);
        }
    }

    /** Whether a place preposition stands right before {@code at} ("outside number 40 ..."), in a short look-back. */
    private static boolean problemPlace(String lower, int at) {
        return PROBLEM_PLACE.matcher(lower.substring(Math.max(0, at - 32), at)).find();
    }

    /**
     * Where the poster's own data may begin: each own-data cue ("call me", "my number") or their family at an address,
     * and each third person named ("my number is ..., the landlord's is ...", "I live on Park Road too and she's at 14
     * Park Road": data after a third person is someone else's). Found once per comment, so each datum is placed by two
     * binary searches, not a scan (hostile text may hold thousands of numbers).
     */
    private record Owners(int[] cues, int[] others) {

        /** How far after a datum an own-data cue may still claim it, in characters. */
        private static final int CUE_AFTER = 40;

        static Owners of(String lower) {
            java.util.List<Integer> cues = new java.util.ArrayList<>();
            for (String c : OWN_CUES) {
                for (int i = lower.indexOf(c); i >= 0; i = lower.indexOf(c, i + 1)) {
                    cues.add(i);
                }
            }
            java.util.regex.Matcher family = FAMILY_AT.matcher(lower);
            while (family.find()) {
                cues.add(family.start());
            }
            java.util.List<Integer> others = new java.util.ArrayList<>();
            java.util.regex.Matcher third = THIRD_PERSON.matcher(lower);
            while (third.find()) {
                others.add(third.start());
            }
            return new Owners(cues.stream().mapToInt(Integer::intValue).sorted().toArray(),
                    others.stream().mapToInt(Integer::intValue).toArray());
        }

        /**
         * Whether the datum at {@code at} follows an own-data cue, or is followed closely by one ("07700 900123,
         * that's my mobile"), with no third person between them.
         */
        boolean own(int at) {
            int c = java.util.Arrays.binarySearch(cues, at);
            int after = c >= 0 ? c : -c - 1; // the first cue starting at or after at
            int before = after - 1;
            return before >= 0 && nobodyBetween(cues[before], at)
                    || after < cues.length && cues[after] - at <= CUE_AFTER && nobodyBetween(at, cues[after]);
        }

        private boolean nobodyBetween(int from, int to) {
            int o = java.util.Arrays.binarySearch(others, from);
            o = o >= 0 ? o : -o - 1; // the first third person at or after from
            return o >= others.length || others[o] >= to;
        }
    }
}
