package org.councilpolicy.content.judgement;

import org.councilpolicy.content.draft.Draft;
import org.councilpolicy.core.rule.Category;
import org.councilpolicy.core.rule.RuleContext;
import org.councilpolicy.core.rule.RuleInfo;
import org.councilpolicy.core.rule.Severity;
import org.councilpolicy.core.rule.SimpleRule;

/**
 * PN-1, PN-2, PN-5: political opinion on an official account without a party name, judged from composition:
 * who speaks (a corporate, service or professional account), about whom (a named national politician, a national
 * office or policy, a culture-war topic) and what is done (praise, blame, telling residents whom to blame, a
 * campaign's slogan, an ideological label used as an insult, a position stated as the council's). A factual
 * report of a national policy and its local effect has no such predicate and passes. Every finding names the
 * elements that triggered it. On an officer's personal account the same composition is a REVIEW: it matters where
 * the officer can be identified as the council's or holds a politically restricted post.
 */
public final class PoliticalStanceRule extends SimpleRule<Draft> {

    /** How far praise or blame may be from whom it is about, in the same sentence. */
    static final int WINDOW = 80;
    /** Labels of applause emoji, which praise only what is close to them. */
    private static final java.util.Set<String> APPLAUSE = java.util.Set.of("applauds", "cheers on", "loves");
    /** How close an applause emoji must be to whom it praises. */
    static final int APPLAUSE_GAP = 40;
    /** Positions against that are also plain descriptions beside a national policy ("no more paper forms"). */
    private static final java.util.Set<String> WEAK_STANCES = java.util.Set.of("no more", "is full", "a luxury",
            "first and foremost", "con", "unwelcome", "must stop", "should stop");
    /** How far praise or blame in the next sentence may be from whom it is about. */
    static final int NEXT_SENTENCE = 60;
    /**
     * How far, for a named national politician: a council post names one only to speak of them, so the sentence
     * after the name is still about them ("Liz Truss crashed the economy... we're still picking up the pieces").
     */
    static final int NAMED_NEXT_SENTENCE = 140;

    static final RuleInfo INFO = RuleInfo.builder("neutrality.political-stance")
            .title("Political opinion on an official account, without a party name")
            .category(Category.POLITICAL)
            .severity(Severity.BLOCK)
            .clauses("PN-1", "PN-2", "PN-5")
            .rationale("Officers on official sites make no political comment and state no political preference, "
                    + "including support or sympathy (OFF); official accounts are never used for political gain "
                    + "(SHWD 3.6); political or controversial content needs sign-off (SCC 4.2).")
            .fires("The Chancellor's budget has failed our residents and you can thank Westminster for the cuts.")
            .passes("The Chancellor announced changes to business rates relief in the budget; here is what they "
                    + "mean for shops in the district.")
            .build();

    /** For the service loader. */
    public PoliticalStanceRule() {
        super(INFO, Draft.class);
    }

    @Override
    public void check(Draft draft, RuleContext ctx) {
        Speaker speaker = Speaker.of(draft, ctx.profile());
        if (!speaker.judgedForPoliticalComment()) {
            return;
        }
        Composition c = Composition.of(draft, ctx);
        for (Part p : c.parts(Element.SLOGAN)) {
            if (!c.negated(p, 3)) {
                report(ctx, c, JudgementKind.SLOGAN, speaker, p, null, "uses a national campaign's slogan (" + p.label() + ")");
                return;
            }
        }
        Part echo = SloganEchoes.in(c);
        if (echo != null && !c.negated(echo, 3)) {
            report(ctx, c, JudgementKind.SLOGAN, speaker, echo, null, "uses a national campaign's slogan with a local "
                    + "word in it (" + echo.label() + ")");
            return;
        }
        for (Part p : c.parts(Element.SLOGAN_COMMON)) {
            Part who = national(c, p); // "take back control" of a budget is not the campaign's
            if ((who != null || standsAlone(c, p) || opensDraft(c, p)) && !c.negated(p, 3)) {
                report(ctx, c, JudgementKind.SLOGAN, speaker, p, who, "uses a national campaign's slogan (" + p.label()
                        + ")" + (who == null ? "" : " beside " + whom(who)));
                return;
            }
        }
        for (Part p : c.parts(Element.IDEOLOGY_LABEL)) {
            if (!c.negated(p, 2)) {
                report(ctx, c, JudgementKind.IDEOLOGICAL_LABEL, speaker, p, null, "uses an ideological label as an insult (" + p.label() + ")");
                return;
            }
        }
        for (Element about : new Element[] {Element.POLITICIAN, Element.OFFICE, Element.NATIONAL_POLICY}) {
            for (Part who : c.parts(about)) {
                Part blame = c.near(who, Element.BLAME, WINDOW);
                if (blame != null && !c.negated(blame, 2)) {
                    report(ctx, c, JudgementKind.POLITICAL_BLAME, speaker, who, blame, "blames " + whom(who) + " (\"" + c.words(blame) + "\")");
                    return;
                }
                Part praise = c.near(who, Element.ENDORSE, WINDOW);
                if (praise != null && APPLAUSE.contains(praise.label()) && who.gap(praise) > APPLAUSE_GAP) {
                    praise = null; // an emoji applauds what is next to it ("pupils planting trees 👏"), not the MP
                }
                if (praise != null && !c.negated(praise, 2)) {
                    report(ctx, c, JudgementKind.POLITICAL_PRAISE, speaker, who, praise, "praises " + whom(who) + " (\"" + c.words(praise) + "\")");
                    return;
                }
                // an insult or a position against, aimed at the national figure or policy ("the Home Secretary's
                // shambolic plan", "we reject the divisive politics coming out of Westminster")
                Part against = against(c, who);
                if (against != null) {
                    boolean sides = against.element() == Element.STANCE_FOR;
                    report(ctx, c, sides ? JudgementKind.POLITICAL_PRAISE : JudgementKind.POLITICAL_BLAME, speaker,
                            who, against, (sides ? "sides with " : "speaks against ") + whom(who)
                            + " (\"" + c.words(against) + "\")");
                    return;
                }
            }
        }
        // praise or blame in the sentence after the one naming whom it is about ("The Chancellor's budget. A
        // disaster for our residents.")
        for (Element does : new Element[] {Element.BLAME, Element.ENDORSE}) {
            for (Part pred : c.parts(does)) {
                for (Element about : new Element[] {Element.POLITICIAN, Element.OFFICE, Element.NATIONAL_POLICY}) {
                    Part who = c.before(pred, about, about == Element.NATIONAL_POLICY ? NEXT_SENTENCE : NAMED_NEXT_SENTENCE);
                    if (who != null && about == Element.OFFICE && !oneHolder(who) && pred.gap(who) > NEXT_SENTENCE) {
                        who = null; // "the Government" is spoken of in passing; "the Chancellor" is one person, named
                    }
                    if (who != null && who.sentence() != pred.sentence() && !c.negated(pred, 2)) {
                        report(ctx, c, does == Element.BLAME ? JudgementKind.POLITICAL_BLAME
                                : JudgementKind.POLITICAL_PRAISE, speaker, who, pred, (does == Element.BLAME ? "blames "
                                : "praises ") + whom(who) + " (\"" + c.words(pred) + "\")");
                        return;
                    }
                }
            }
        }
        // blame beside going to the polls tells residents whom to vote against ("remember who cut your library when
        // you next go to the polls"), whoever is blamed
        for (Part blame : c.parts(Element.BLAME)) {
            Part poll = c.near(blame, Element.ELECTION, WINDOW);
            if (poll != null && !c.negated(blame, 2)) {
                report(ctx, c, JudgementKind.POLITICAL_BLAME, speaker, poll, blame, "tells residents whom to blame "
                        + "at an election (\"" + c.words(blame) + "\")");
                return;
            }
        }
        // sarcasm about a national figure or policy ("Good luck with that 🤦", "Who knew?")
        for (Element sarcasm : new Element[] {Element.MOCK, Element.IRONY}) {
            for (Part mock : c.parts(sarcasm)) {
                Part who = "clapping".equals(mock.label()) ? null : national(c, mock); // applause: see ENDORSE
                if (who == null && !"clapping".equals(mock.label())) {
                    who = namedBefore(c, mock); // "Farage wants to scrap net zero. Our solar... Make of that what you will."
                }
                if (who != null) {
                    report(ctx, c, JudgementKind.POLITICAL_BLAME, speaker, who, mock, "mocks " + whom(who) + " (\""
                            + c.words(mock) + "\")");
                    return;
                }
            }
        }
        // round 12: the council set against a national figure ("Unlike the Chancellor, we...", "more sense than
        // Whitehall"), and residents told to recall it at an election ("Remember that when you next vote")
        Part against = Contrasts.setAgainst(c);
        if (against != null) {
            report(ctx, c, JudgementKind.POLITICAL_BLAME, speaker, against, null, "sets the council's view against "
                    + whom(against));
            return;
        }
        Part answered = Contrasts.answered(c);
        if (answered != null) {
            report(ctx, c, JudgementKind.POLITICAL_BLAME, speaker, answered, null, "answers what " + whom(answered)
                    + " said with the council's own rebuttal");
            return;
        }
        Part view = Contrasts.statedView(c);
        if (view != null) {
            report(ctx, c, JudgementKind.POLITICAL_BLAME, speaker, view, null, "states the council's own verdict on "
                    + whom(view));
            return;
        }
        Part recall = Contrasts.recall(c);
        if (recall != null) {
            report(ctx, c, JudgementKind.POLITICAL_BLAME, speaker, recall, null, "tells residents to remember a "
                    + "national politician's record at an election (\"" + c.words(recall) + "\")");
            return;
        }
        // Culture war: any position on a divisive topic; on equality and climate topics, only opposition (the
        // council's duties make support its business).
        for (Element topics : new Element[] {Element.CONTESTED, Element.CONTESTED_EQUALITY}) {
            for (Part topic : c.parts(topics)) {
                Part stance = c.near(topic, Element.STANCE, WINDOW);
                if (stance == null && topics == Element.CONTESTED) {
                    stance = c.near(topic, Element.STANCE_FOR, WINDOW);
                }
                if (stance != null && !stance.overlaps(topic)) {
                    report(ctx, c, JudgementKind.CULTURE_WAR, speaker, topic, stance, "states a position on " + topic.label()
                            + " as the council's (\"" + c.words(stance) + "\")");
                    return;
                }
            }
        }
    }

    /**
     * Whether an everyday slogan stands as a slogan: a sentence or a line of its own, not a question, and not
     * carried on into an ordinary sentence, in a short sentence ("Time for change? Our careers fair...", "take back control of your bills").
     */
    /**
     * Round 11: a slogan that opens the draft and is set off from what follows by a dash, a colon or an exclamation
     * mark is the post's headline, the campaign's words reused as its tagline ("Take back control - that's what our
     * new booking system lets you do"); run into a sentence it stays everyday ("Time for change at the tip: ...",
     * "our money advisers help you take back control of your finances").
     */
    static boolean opensDraft(Composition c, Part p) {
        String text = c.normalised().text();
        if (p.sentence() != 0 || !text.substring(0, p.start()).isBlank()) {
            return false;
        }
        String after = text.substring(p.end(), Math.min(text.length(), p.end() + 3)).stripLeading();
        return !after.isEmpty() && "-:!\u2013\u2014".indexOf(after.charAt(0)) >= 0;
    }

    static boolean standsAlone(Composition c, Part p) {
        String text = c.normalised().text();
        String after = text.substring(p.end(), Math.min(text.length(), p.end() + 3));
        boolean ends = after.isBlank() || after.charAt(0) == '.' || after.charAt(0) == '!' || after.charAt(0) == '\n'
                || after.startsWith(" #");
        return ends && c.wordCount(p.sentence()) <= 8;
    }

    /**
     * Agreement in the speaker's voice just before a named national politician ("we agree with Reeves"), or a
     * belittling word or a position against in the sentence of a national figure, office or policy and closer to it
     * than to anyone else the draft speaks of (a councillor, staff, residents), not negated; {@code null} if none.
     */
    static Part against(Composition c, Part who) {
        if (who.element() == Element.POLITICIAN) {
            Part agree = c.near(who, Element.STANCE_FOR, WINDOW); // "we agree with Reeves"
            if (agree != null && agree.end() <= who.start() + 1 && !c.negated(agree, 2)) {
                return agree;
            }
        }
        for (Element e : new Element[] {Element.BELITTLE, Element.STANCE}) {
            Part p = c.near(who, e, WINDOW);
            if (p == null || p.start() >= who.start() && p.end() <= who.end() || c.negated(p, 2) || WEAK_STANCES.contains(p.label())) {
                continue;
            }
            if (!closerThanLocal(c, p, who)) {
                continue;
            }
            return p;
        }
        return null;
    }

    /** Whether a predicate is nearer the national figure than any councillor, staff or resident in its sentence. */
    static boolean closerThanLocal(Composition c, Part predicate, Part national) {
        for (Element local : new Element[] {Element.COUNCILLOR, Element.STAFF, Element.RESIDENT}) {
            Part l = c.near(predicate, local, WINDOW);
            if (l != null && predicate.gap(l) < predicate.gap(national)) {
                return false;
            }
        }
        return true;
    }

    /** A named national politician shortly before the part, in any sentence: whom a closing jibe is about. */
    static Part namedBefore(Composition c, Part p) {
        Part q = c.within(p, Element.POLITICIAN, NAMED_NEXT_SENTENCE); // a bounded look: linear in the text
        return q != null && q.end() <= p.start() ? q : null;
    }

    /** A national politician, office or policy in the part's sentence or the one before, within the window. */
    static Part national(Composition c, Part p) {
        for (Element about : new Element[] {Element.POLITICIAN, Element.OFFICE, Element.NATIONAL_POLICY}) {
            Part who = c.within(p, about, WINDOW);
            if (who != null && p.sentence() - who.sentence() >= 0 && p.sentence() - who.sentence() <= 1) {
                return who;
            }
        }
        return null;
    }

    /** Words of an office held by one person ("the Chancellor", "the Home Secretary"), as specific as a name. */
    private static final java.util.Set<String> ONE_HOLDER = java.util.Set.of("chancellor", "minister", "secretary");

    /** Whether an office is held by one person, so the next sentence is about them as it would be after a name. */
    static boolean oneHolder(Part office) {
        String label = office.label().toLowerCase(java.util.Locale.ROOT);
        if (!label.startsWith("the ") || label.startsWith("the shadow")) {
            return false;
        }
        for (String w : Composition.wordsOf(label)) {
            if (ONE_HOLDER.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static String whom(Part p) {
        return switch (p.element()) {
            case POLITICIAN -> "a national politician, " + p.label();
            case NATIONAL_POLICY -> "a national policy, " + p.label();
            default -> p.label().equals("an MP") || p.label().equals("MPs") || p.label().equals("politicians")
                    ? p.label() : "a national office, " + p.label();
        };
    }

    private static void report(RuleContext ctx, Composition c, JudgementKind kind, Speaker speaker, Part about, Part does, String what) {
        var f = ctx.finding();
        if (!speaker.official()) {
            f.unsure("an officer's personal account: political comment matters where the officer can be identified "
                    + "as a council employee or holds a politically restricted post");
        }
        ctx.report(f
                .kind(kind)
                .span(c.span(about, does))
                .excerpt(c.words(about) + (does == null || does.overlaps(about) ? "" : " … " + c.words(does)))
                .message("Political opinion: " + speaker.describe() + " " + what + ". Official accounts, and officers "
                        + "who can be identified as the council's, make no political comment and state no political "
                        + "preference.")
                .suggestion("Give the facts residents need (what changes, when, what to do) without praise, "
                        + "blame or a view on the policy or the people behind it."));
    }
}
