package org.councilpolicy.content.judgement;

import java.util.List;

import java.util.Locale;
import org.councilpolicy.content.draft.Draft;
import org.councilpolicy.core.rule.Category;
import org.councilpolicy.core.rule.RuleContext;
import org.councilpolicy.core.rule.RuleInfo;
import org.councilpolicy.core.rule.Severity;
import org.councilpolicy.core.rule.SimpleRule;

/**
 * CO-1, CO-2, CO-5 and the officers' guidance on personal use (OFF): posts that bring the council into disrepute
 * without an insult, judged from composition. Mockery: a sarcastic marker ("well done to the", "👏", "who
 * knew?") with what someone did wrong ("who parked across", "in the wrong bin") or a belittling word; an ironic
 * frame ("strikes again", "riveting stuff") about whom its sentence or the one before names; a dismissive reply
 * ("do your research", "not worth our time"). An internal dispute made public: a row, a grievance or falling morale
 * ("at loggerheads", "a disciplinary") about the council's members or staff, or a leak marker ("between you and
 * me") with them. On official accounts, a recommendation of a business or product ("we highly recommend", "use
 * code") beside a business ("café", "Ltd"), as a REVIEW. Sarcasm about a national figure is left to
 * {@link PoliticalStanceRule}. Thanks without a misdeed, reports of a decision and general support for local
 * businesses pass. The finding names the elements.
 */
public final class DisreputeRule extends SimpleRule<Draft> {

    /** How far a misdeed may be from the sarcasm, or a dispute from whom it is about. */
    static final int WINDOW = 120;

    static final RuleInfo INFO = RuleInfo.builder("conduct.disrepute")
            .title("Mockery, dismissive replies, internal disputes and endorsements")
            .category(Category.CONDUCT)
            .severity(Severity.BLOCK)
            .clauses("CO-1", "CO-2", "CO-5")
            .rationale("Officers do not act in a manner that may bring the Council into disrepute, do not share "
                    + "sensitive information about the Council, its employees or councillors, and do not publish in a "
                    + "way that appears as if the Council has endorsed something (OFF); members do not tease "
                    + "service users (SHWD 6.6, MEM).")
            .fires("Well done to the driver who parked across the dropped kerb on Mill Lane this morning 👏")
            .passes("Well done to the volunteers who cleared the verges on Mill Lane this morning.")
            .build();

    private static final Element[] PEOPLE = {Element.RESIDENT, Element.COUNCILLOR, Element.STAFF,
        Element.PERSON_REF};
    private static final java.util.Set<String> SELF_COMMERCIAL = java.util.Set.of("use code", "discount code",
            "an exclusive discount", "an exclusive offer");
    private static final Element[] INSIDERS = {Element.STAFF, Element.COUNCILLOR, Element.PERSON_REF};

    /** For the service loader. */
    public DisreputeRule() {
        super(INFO, Draft.class);
    }

    @Override
    public void check(Draft draft, RuleContext ctx) {
        Composition c = Composition.of(draft, ctx);
        Speaker speaker = Speaker.of(draft, ctx.profile());
        if (mockery(ctx, c, speaker) || dismissal(ctx, c, speaker) || dispute(ctx, c, speaker)) {
            return;
        }
        if (speaker.official()) {
            endorsement(ctx, c, speaker);
        }
    }

    /** Labels of mockery that sneer whatever follows (not praise, not laughter, which can be friendly). */
    private static final java.util.Set<String> SNEERS = java.util.Set.of("thanks for nothing", "slow clap",
            "golf clap", "a masterclass in", "hall of shame", "wall of shame", "surprise surprise", "what a surprise",
            "nice try", "dear oh dear", "eye roll", "facepalm", "clown", "snoring", "yawning", "popcorn",
            "must be nice", "upside-down face", "smirk");

    /** Laughter and sneers that read as laughing at someone when they close a post. */
    private static final java.util.Set<String> LAUGHING_AT = java.util.Set.of("laughing", "clown", "eye roll",
            "smirk", "facepalm", "snoring", "yawning", "popcorn", "upside-down face", "woozy face");

    /**
     * Round 11: laughter or a sneer that closes the draft (nothing but punctuation and emoji after it) comments on the
     * whole post, not only on its own sentence.
     */
    private static Part closingLaugh(Composition c) {
        List<Part> mocks = c.parts(Element.MOCK);
        if (mocks.isEmpty()) {
            return null;
        }
        Part last = mocks.get(mocks.size() - 1);
        String text = c.normalised().text();
        for (int i = last.end(); i < text.length(); i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return null;
            }
        }
        return LAUGHING_AT.contains(last.label()) ? last : null;
    }

    /**
     * A member of the public singled out by what they did: a person named by a relative clause ("the gentleman who
     * rang us", "the person who reported") before the closing laughter, in a draft that thanks no one.
     */
    private static Part singledOut(Composition c, Part closing) {
        String text = c.normalised().text().toLowerCase(java.util.Locale.ROOT);
        if (text.contains("thank")) {
            return null; // "thanks to the lady who brought the crews mince pies 😂" is warmth, not mockery
        }
        for (Part whom : c.parts(Element.RESIDENT)) {
            String words = c.words(whom).toLowerCase(java.util.Locale.ROOT);
            if (whom.end() <= closing.start() && words.endsWith(" who") && !words.startsWith("anyone")
                    && !words.startsWith("those") && !words.startsWith("the people")) {
                return whom;
            }
        }
        return BelittlingForms.pointedAt(c, closing.start()); // round 12: "we see you, guy in the van who..."
    }

    /** A councillor or the council's staff in the sneer's sentence, or in the sentence before it. */
    private static Part sneeredAt(Composition c, Part mock) {
        for (Element e : new Element[] {Element.COUNCILLOR, Element.STAFF, Element.RESIDENT}) {
            Part whom = c.within(mock, e, WINDOW);
            if (whom != null && mock.sentence() - whom.sentence() >= 0 && mock.sentence() - whom.sentence() <= 1) {
                return whom;
            }
        }
        return null;
    }

    private static boolean mockery(RuleContext ctx, Composition c, Speaker speaker) {
        for (Part mock : c.parts(Element.MOCK)) {
            if (PoliticalStanceRule.national(c, mock) != null) {
                continue; // sarcasm about a national figure is political comment (neutrality.political-stance)
            }
            // a sarcastic opener honours whom it names ("well done to the driver who..."): the misdeed follows it
            // in its sentence; an emoji or an aside comments on the sentence before or its own
            String label = mock.label();
            boolean opener = label.endsWith(" to") || label.startsWith("a ") || label.startsWith("an ");
            Part deed = opener ? after(c, mock, Element.MISDEED) : c.within(mock, Element.MISDEED, WINDOW);
            if (deed == null && !opener) {
                deed = c.within(mock, Element.BELITTLE, WINDOW); // "who knew reading a sticker was so hard 🙄"
            }
            if (deed == null && SNEERS.contains(label)) {
                // a sneer at a member or the council's staff needs no misdeed ("another masterclass in waffle from
                // the cabinet member", "the planning team 🙄")
                Part whom = sneeredAt(c, mock);
                if (whom != null) {
                    report(ctx, c, mock, whom, JudgementKind.MOCKERY, "Mockery: " + speaker.describe() + " says \""
                            + label + "\" about " + (whom.element() == Element.STAFF ? "the council's staff"
                            : whom.element() == Element.RESIDENT ? "a member of the public" : "a councillor"), "Criticise the decision or the service, not the people.");
                    return true;
                }
            }
            if (deed == null || !opener && Math.abs(mock.sentence() - deed.sentence()) > 1) {
                continue;
            }
            // an opener names whom it honours; a misdeed ("in the wrong bin") or a belittling word is someone's
            report(ctx, c, mock, deed, JudgementKind.MOCKERY, "Mockery: " + speaker.describe() + " says \""
                    + mock.label() + "\" about what someone did (\"" + deed.label() + "\")",
                    "Say what the rule is and why it matters, without making fun of anyone.");
            return true;
        }
        Part closing = closingLaugh(c);
        if (closing != null && speaker.official()) {
            Part whom = singledOut(c, closing);
            if (whom != null) {
                report(ctx, c, closing, whom, JudgementKind.MOCKERY, "Mockery: " + speaker.describe() + " ends with \""
                        + closing.label() + "\" about a member of the public it singles out (\"" + c.words(whom) + "\")",
                        "Say what the rule is and why it matters, without making fun of anyone.");
                return true;
            }
        }
        for (Part irony : c.parts(Element.IRONY)) {
            if (PoliticalStanceRule.national(c, irony) != null) {
                continue;
            }
            // an ironic frame is mockery about someone named in its sentence; "strikes again" about its subject
            boolean subject = "strikes again".equals(irony.label());
            for (Element t : PEOPLE) {
                // a frame's subject, or whom its sentence or the sentence before names ("The X group voted no and
                // went home. Another productive evening.")
                Part whom = subject ? c.before(irony, t, 3) : c.near(irony, t, WINDOW);
                if (whom == null && !subject) {
                    whom = c.before(irony, t, WINDOW);
                }
                if (whom != null) {
                    report(ctx, c, irony, whom, JudgementKind.MOCKERY, "Mockery: " + speaker.describe() + " says \""
                            + irony.label() + "\" about someone", "Say what you disagree with and why, without "
                                    + "irony at anyone's expense.");
                    return true;
                }
            }
        }
        // round 10: a condescending suggestion to someone whose deed the draft tells ("...: perhaps try closing
        // your curtains?")
        Part address = Condescension.vocative(c); // round 10: "you're not in charge, love"
        if (address != null) {
            report(ctx, c, address, null, JudgementKind.MOCKERY, "Talking down: " + speaker.describe()
                    + " addresses someone as \"" + address.label() + "\"", "Answer the point politely, without "
                            + "talking down to anyone.");
            return true;
        }
        Part suggestion = Condescension.suggestion(c);
        if (suggestion != null) {
            report(ctx, c, suggestion, null, JudgementKind.MOCKERY, "Mockery: " + speaker.describe() + " says \""
                    + suggestion.label() + "...\" to someone about what they did", "Answer the point politely and "
                            + "say what the rule is, without talking down to anyone.");
            return true;
        }
        return false;
    }

    /** A dismissive reply: whoever it answers is its target, named or not. */
    private static boolean dismissal(RuleContext ctx, Composition c, Speaker speaker) {
        for (Part d : c.parts(Element.DISMISSIVE)) {
            if (!c.negated(d, 2)) {
                report(ctx, c, d, null, JudgementKind.MOCKERY, "A dismissive reply: " + speaker.describe() + " says \""
                        + c.words(d) + "\" to whoever it answers",
                        "Answer the point politely and say where to get help, or take it to a private message.");
                return true;
            }
        }
        return false;
    }

    private static boolean dispute(RuleContext ctx, Composition c, Speaker speaker) {
        for (Part d : c.parts(Element.INTERNAL_DISPUTE)) {
            if (c.negated(d, 2)) {
                continue;
            }
            Part who = insider(c, d);
            if (who != null) {
                report(ctx, c, d, who, JudgementKind.INTERNAL_DISPUTE, "An internal matter made public: "
                        + speaker.describe() + " tells of " + d.label() + " among the council's members or staff",
                        "Keep disputes, grievances and staffing matters inside the council; raise concerns with "
                                + "your manager, HR or the monitoring officer.");
                return true;
            }
        }
        for (Part leak : c.parts(Element.LEAK)) {
            Part who = insider(c, leak);
            if (who != null && !c.negated(leak, 1)) {
                report(ctx, c, leak, who, JudgementKind.INTERNAL_DISPUTE, "An internal matter made public: "
                        + speaker.describe() + " says \"" + leak.label() + "\" about the council's members or staff",
                        "Share only what the council has published; keep internal matters internal.");
                return true;
            }
        }
        return false;
    }

    private static void endorsement(RuleContext ctx, Composition c, Speaker speaker) {
        for (Part praise : c.parts(Element.PRODUCT_PRAISE)) {
            // a discount code is a business's promotion by itself
            Part business = SELF_COMMERCIAL.contains(praise.label()) ? praise
                    : c.within(praise, Element.COMMERCIAL, WINDOW);
            if (business != null && !c.negated(praise, 2) && Math.abs(praise.sentence() - business.sentence()) <= 1) {
                ctx.report(ctx.finding()
                        .kind(JudgementKind.COMMERCIAL_ENDORSEMENT)
                        .severity(Severity.REVIEW)
                        .span(c.span(praise, business))
                        .excerpt("\"" + c.words(praise) + "\"")
                        .message("Endorsement: " + speaker.describe() + " says \"" + praise.label() + "\" about "
                                + (business == praise ? "a business's offer" : business.label())
                                + ". A council account must not appear to endorse a business or "
                                + "product.")
                        .suggestion("Promote local businesses even-handedly (a directory, an event, a scheme), not "
                                + "one firm or product."));
                return;
            }
        }
    }

    /** The nearest part of the element after {@code p} in its sentence, within the window. */
    private static Part after(Composition c, Part p, Element e) {
        for (Part q : c.parts(e)) {
            if (q.sentence() == p.sentence() && q.start() >= p.end() && q.start() - p.end() <= WINDOW) {
                return q;
            }
        }
        return null;
    }

    private static Part insider(Composition c, Part p) {
        for (Element t : INSIDERS) {
            Part who = c.within(p, t, WINDOW);
            if (who != null && Math.abs(who.sentence() - p.sentence()) <= 1) {
                return who;
            }
        }
        return null;
    }

    private static void report(RuleContext ctx, Composition c, Part what, Part with, JudgementKind kind,
            String message, String suggestion) {
        ctx.report(ctx.finding()
                .kind(kind)
                .span(c.span(what, with))
                .excerpt("\"" + c.words(what) + "\"")
                .message(message + ". Council accounts, officers and members do not bring the council into "
                        + "disrepute.")
                .suggestion(suggestion));
    }
}
