package org.councilpolicy.content.confidential;

import org.councilpolicy.core.rule.RuleExample;
import java.util.List;
import org.councilpolicy.content.draft.Draft;
import org.councilpolicy.content.personaldata.PeopleDetector;
import org.councilpolicy.content.personaldata.PeopleFindings;
import org.councilpolicy.content.personaldata.PeopleMention;
import org.councilpolicy.core.analysis.TextAnalysis;
import org.councilpolicy.core.profile.AccountType;
import org.councilpolicy.core.profile.Profile;
import org.councilpolicy.core.rule.Category;
import org.councilpolicy.core.rule.BaseRule;
import org.councilpolicy.core.rule.Check;
import org.councilpolicy.core.rule.RuleContext;
import org.councilpolicy.core.rule.RuleInfo;
import org.councilpolicy.core.rule.RuleSettings;
import org.councilpolicy.core.rule.Severity;
import org.councilpolicy.core.rule.Span;
import org.councilpolicy.core.text.Lexicon;
import org.councilpolicy.core.text.LexiconMatch;
import org.councilpolicy.core.text.Masking;

/**
 * PD-6: a councillor discussing a specific resident's case online: a case reference ("your case reference
 * HC/12345"), a case tied to a person or a home ("Mrs Smith's housing case"), or a specific case without details
 * (review). Talk of casework in general ("my casework surgery is on Friday") passes.
 */
public final class CaseworkRule extends BaseRule<Draft> {

    static final RuleInfo INFO = RuleInfo.builder("confidential.casework")
            .title("Specific casework on a councillor's account")
            .category(Category.CONFIDENTIAL)
            .severity(Severity.BLOCK)
            .clauses("PD-6")
            .rationale("Councillors must not discuss specific casework online: it exposes residents' private "
                    + "affairs.")
            .fires("I'm dealing with Mrs Smith's housing case and will chase the team tomorrow. (councillor)")
            .passes("My casework surgery is at Ivybridge library every Friday, 10am to noon. (councillor)")
            .build();

    /** What a cue says about casework. */
    private enum Cue {
        /** Introduces a case reference: "case reference", "case ref", "case no". */
        REFERENCE,
        /** A specific person's case: "her case", "my constituent's". */
        SPECIFIC,
        /** Casework in general: "casework", "housing case". */
        GENERAL
    }

    private static final Lexicon<Cue> CUES = build();

    /** Creates the rule (for the service loader). */
    public CaseworkRule() {
        super(INFO, Draft.class);
    }

    @Override
    public Check<Draft> prepare(Profile profile, RuleSettings settings) {
        PeopleDetector detector = PeopleDetector.forProfile(profile);
        return (draft, ctx) -> {
            if (draft.account() != AccountType.COUNCILLOR) {
                return;
            }
            String text = draft.text();
            List<LexiconMatch<Cue>> cues = CUES.findAll(TextAnalysis.of(ctx, text).normalised());
            if (cues.isEmpty()) {
                return;
            }
            Span reference = null;
            Span specific = null;
            Span general = null;
            for (LexiconMatch<Cue> m : cues) {
                switch (m.payload()) {
                    case REFERENCE -> {
                        int end = referenceEnd(text, m.original().end());
                        if (end > 0 && reference == null) {
                            reference = new Span(m.original().start(), end);
                        }
                    }
                    case SPECIFIC -> specific = specific == null ? m.original() : specific;
                    case GENERAL -> general = general == null ? m.original() : general;
                }
            }
            if (reference != null) {
                report(ctx, text, reference, "a case reference", false);
                return;
            }
            Span cue = specific != null ? specific : general;
            if (cue == null) {
                return;
            }
            PeopleFindings people = detector.analyse(text, ctx);
            PeopleMention who = nearest(people, cue);
            if (who != null) {
                Span span = new Span(Math.min(who.span().start(), cue.start()), Math.max(who.span().end(), cue.end()));
                report(ctx, text, span, "a case together with a resident's name or address", false);
            } else if (specific != null) {
                report(ctx, text, specific, "a specific person's case", true);
            }
        };
    }

    private static void report(RuleContext ctx, String text, Span span, String what, boolean unsure) {
        var f = ctx.finding()
                .kind(ConfidentialKind.CASEWORK)
                .span(span)
                .excerpt(Masking.mask(span.of(text)))
                .message("This discusses specific casework (" + what + ").")
                .suggestion("Keep casework between you and the resident: reply privately, and post only general "
                        + "updates that identify nobody.");
        if (unsure) {
            f.unsure("no name, address or reference is given, but the case may still be recognisable");
        }
        ctx.report(f);
    }

    private static PeopleMention nearest(PeopleFindings people, Span cue) {
        PeopleMention best = null;
        int bestDistance = 160;
        for (List<PeopleMention> group : List.of(people.names(), people.addresses(), people.children())) {
            for (PeopleMention m : group) {
                int d = m.span().end() <= cue.start() ? cue.start() - m.span().end()
                        : Math.max(0, m.span().start() - cue.end());
                if (d < bestDistance) {
                    bestDistance = d;
                    best = m;
                }
            }
        }
        return best;
    }

    /** The end of a reference code (letters, digits, / and -, with at least one digit) after a cue, or -1. */
    static int referenceEnd(String text, int from) {
        int i = from;
        while (i < text.length() && i - from < 12 && (text.charAt(i) == ' ' || text.charAt(i) == ':'
                || text.charAt(i) == '#' || text.charAt(i) == '.' || isWordAt(text, i, "is ") || isWordAt(text, i, "no "))) {
            i += isWordAt(text, i, "is ") || isWordAt(text, i, "no ") ? 3 : 1;
        }
        int start = i;
        boolean digit = false;
        while (i < text.length() && i - start < 24) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c) || (c == '/' || c == '-') && i + 1 < text.length()
                    && Character.isLetterOrDigit(text.charAt(i + 1))) {
                digit |= Character.isDigit(c);
                i++;
            } else {
                break;
            }
        }
        return digit && i - start >= 3 ? i : -1;
    }

    private static boolean isWordAt(String text, int i, String word) {
        return text.regionMatches(true, i, word, 0, word.length());
    }

    private static Lexicon<Cue> build() {
        Lexicon.Builder<Cue> b = Lexicon.builder();
        for (String s : new String[] {"case reference", "case ref", "case no", "case number", "case id",
            "your reference", "reference number", "ref no", "our ref", "your ref", "ref:", "complaint reference",
            "housing reference", "claim reference", "application reference"}) {
            b.add(s, Cue.REFERENCE);
        }
        for (String s : new String[] {"her case", "his case", "their case", "your case", "'s case", "s case",
            "'s housing case", "'s benefit claim", "'s complaint", "my constituent", "a constituent", "constituent's",
            "on behalf of a resident", "on behalf of my constituent", "on behalf of the family",
            "the family's case", "dealing with a case", "her housing", "his housing", "her benefits", "his benefits",
            "her eviction", "his eviction", "their eviction", "her housing application", "his housing application",
            "her complaint", "his complaint", "their complaint", "her planning application"}) {
            b.add(s, Cue.SPECIFIC);
        }
        for (String s : new String[] {"casework", "case work", "housing case", "planning case", "enforcement case",
            "benefits case", "homelessness case", "dealing with", "raised with"}) {
            b.add(s, Cue.GENERAL);
        }
        return b.build();
    }

    @Override
    public List<RuleExample<Draft>> examples() {
        return List.of(RuleExample.fires(Draft.builder("I'm dealing with Mrs Smith's housing case and will chase the "
                        + "team tomorrow.").account(AccountType.COUNCILLOR).build()),
                RuleExample.passes(Draft.builder("My casework surgery is at Ivybridge library every Friday, 10am to "
                        + "noon.").account(AccountType.COUNCILLOR).build()));
    }

    /**
     * The casework cues, for the union of the lexicons that scan a draft's normalised view together.
     *
     * @return the lexicon
     */
    public static Lexicon<?> cues() {
        return CUES;
    }
}
