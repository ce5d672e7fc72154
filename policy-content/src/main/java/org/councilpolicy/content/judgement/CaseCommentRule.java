package org.councilpolicy.content.judgement;

import java.util.Set;
import org.councilpolicy.content.draft.Draft;
import org.councilpolicy.core.rule.Category;
import org.councilpolicy.core.rule.RuleContext;
import org.councilpolicy.core.rule.RuleInfo;
import org.councilpolicy.core.rule.Severity;
import org.councilpolicy.core.rule.SimpleRule;

/**
 * CO-3: a comment on the guilt or character of a defendant, or on the merits of a case, while criminal
 * proceedings are live, judged from composition: the proceedings (charged, due in court, awaiting trial) and what
 * is said (an assertion of guilt, a prediction of the verdict, a label for the defendant's character). A factual
 * report ("charged with…, due to appear at…") has no such predicate and passes, as does comment once the case has
 * ended ("was found guilty and fined"). The excerpt gives only the predicate: the draft may name a private person.
 */
public final class CaseCommentRule extends SimpleRule<Draft> {

    static final RuleInfo INFO = RuleInfo.builder("conduct.case-comment")
            .title("Comment on a live criminal case")
            .category(Category.CONDUCT)
            .severity(Severity.BLOCK)
            .clauses("CO-3")
            .rationale("Nothing may be posted that constitutes contempt of court (OFF): while proceedings are "
                    + "active, comment on a defendant's guilt or character, or on the case, can prejudice the trial "
                    + "(Contempt of Court Act 1981, s.2).")
            .fires("The landlord charged with fire-door breaches is a notorious rogue and we expect a conviction.")
            .passes("A landlord has been charged with fire-safety offences and is due to appear at Ipswich "
                    + "Magistrates' Court on 4 May.")
            .build();

    /** Labels of proceedings that are live even beside words of an ended case. */
    private static final Set<String> PLAINLY_LIVE = Set.of("due in court", "awaiting trial", "on trial", "remanded",
            "on bail", "pleaded not guilty", "denies", "awaiting sentence", "summonsed", "the defendant", "accused",
            "due to appear", "will appear", "faces trial", "facing trial", "stand trial", "the jury", "jury", "jurors",
            "youth court", "trial date", "yet to be tried", "awaits trial");
    /** Positions against that are a verdict on whoever the case is about ("a disgrace", "shame on"). */
    private static final Set<String> VERDICTS = Set.of("shame on", "disgrace", "disgraceful", "we condemn",
            "it is wrong", "is wrong", "enough is enough", "no place for", "has no place in", "have no place in");
    /** How far a child's school may be from the child. */
    static final int WINDOW = 100;
    /** Labels too general to show live proceedings on their own. */
    private static final Set<String> WEAK = Set.of("prosecution", "court", "the defence"); // lawyers act in civil cases too
    /** Words before a label that make it a report of a suspicion, not an assertion. */
    private static final Set<String> HEDGES = Set.of("alleged", "allegedly", "suspected", "accused of", "reported");

    /** For the service loader. */
    public CaseCommentRule() {
        super(INFO, Draft.class);
    }

    @Override
    public void check(Draft draft, RuleContext ctx) {
        Composition c = Composition.of(draft, ctx);
        if (!(c.has(Element.LIVE_CASE) && live(c) || ProceedingsUnderWay.trial(c))) {
            return;
        }
        if (childIdentified(ctx, c, draft) || committeeBusiness(c, Speaker.of(draft, ctx.profile()))) {
            return;
        }
        // blame ("reckless", "negligent", "selfish") says what the defendant is, as a character label does,
        // and so does an insult or mockery while the case is live ("a disgrace to our high street")
        // and so do blame, irony, a warning about the person and a stereotype: any evaluation while it is live
        for (Element e : new Element[] {Element.GUILT, Element.CHARACTER, Element.FIRE_BLAME, Element.BELITTLE,
                Element.MOCK, Element.STANCE, Element.BLAME, Element.IRONY, Element.STEREOTYPE}) {
            for (Part p : c.parts(e)) {
                if (c.negated(p, 2) || hedged(c, p) || insideProceedings(c, p) || insideOutcome(c, p)
                        || e != Element.GUILT && e != Element.CHARACTER && theCharge(c, p)
                        || e == Element.STANCE && !VERDICTS.contains(p.label())) {
                    continue;
                }
                report(ctx, c, draft, p);
                return;
            }
        }
        // round 10: what the case is about stated as fact ("has preyed on older residents for years")
        Part asserted = CaseAssertion.find(c);
        if (asserted == null) {
            // round 11: the speaker's opinion on the case in other words (a predicted verdict, a view on the
            // evidence, mockery, a stance on the case, a negative attribute of the defendant)
            asserted = LiveCaseOpinion.find(c);
        }
        if (asserted != null) {
            report(ctx, c, draft, asserted);
        }
    }

    private static void report(RuleContext ctx, Composition c, Draft draft, Part p) {
        ctx.report(ctx.finding()
                .kind(JudgementKind.CASE_COMMENT)
                .span(c.span(p, null))
                .excerpt("\"" + p.label() + "\"")
                .message("Comment on a live case: " + Speaker.of(draft, ctx.profile()).describe() + " says \"" + p.label()
                        + "\" while proceedings are active (" + liveLabel(c) + "). Comment on a "
                        + "defendant's guilt or character, or on the case, risks contempt of court.")
                .suggestion("Report only the published facts (charged with…, due to appear at…) and say "
                        + "nothing about the person or the outcome until the case ends."));
    }

    /** A child in the proceedings with their school or name: reporting restrictions protect them. */
    private static boolean childIdentified(RuleContext ctx, Composition c, Draft draft) {
        for (Part child : c.parts(Element.MINOR)) {
            Part school = c.within(child, Element.SCHOOL, WINDOW);
            if (school != null || PersonCues.capitalisedNameAfter(c, child) || PersonCues.nameInApposition(c, child)) {
                ctx.report(ctx.finding()
                        .kind(JudgementKind.CASE_COMMENT)
                        .span(c.span(child, school))
                        .excerpt("\"" + child.label() + "\"")
                        .message("A child identified in live proceedings: "
                                + Speaker.of(draft, ctx.profile()).describe() + " gives "
                                + (school != null ? school.label() + " for " : "the name of ") + child.label()
                                + " while the case is active (" + liveLabel(c) + "). Children in proceedings may not "
                                + "be identified (Children and Young Persons Act 1933, s.49).")
                        .suggestion("Give no name, school or other detail that identifies a child in a case."));
                return true;
            }
        }
        return false;
    }

    /**
     * Round 12: to a member of a quasi-judicial committee, a hearing or an appeal on a licence or an application
     * ("the hearing for the dog-breeding licence", "the appeal by the operator whose licence was suspended") is the
     * committee's own business, not criminal proceedings: every proceedings' word names civil or regulatory
     * proceedings and one has a matter beside it in its sentence. What the member says of it is judged as
     * predetermination. Anyone else commenting on a judicial review or an appeal before a court is still judged here.
     */
    private static boolean committeeBusiness(Composition c, Speaker speaker) {
        if (!speaker.councillor() || !speaker.quasiJudicial()) {
            return false;
        }
        boolean matter = false;
        for (Part p : c.parts(Element.LIVE_CASE)) {
            if (!LiveCaseOpinion.civil(c, p)) {
                return false;
            }
            for (Part m : c.parts(Element.MATTER)) {
                matter |= m.sentence() == p.sentence() && !m.overlaps(p);
            }
        }
        return matter && !ProceedingsUnderWay.trial(c);
    }

    private static boolean live(Composition c) {
        boolean strong = false;
        boolean plainly = false;
        for (Part p : c.parts(Element.LIVE_CASE)) {
            // round 12: a prosecution said to be under way, or of someone in particular, is live
            boolean going = p.label().equals("prosecution") && ProceedingsUnderWay.prosecution(c, p);
            strong |= !WEAK.contains(p.label()) || going;
            plainly |= PLAINLY_LIVE.contains(p.label()) || going;
        }
        return strong && (plainly || !concluded(c));
    }

    /** An ended case, not counting words of a comment ("admitted to our officers" is not a plea). */
    private static boolean concluded(Composition c) {
        for (Part p : c.parts(Element.CASE_CONCLUDED)) {
            boolean comment = false;
            for (Element e : new Element[] {Element.GUILT, Element.CHARACTER}) {
                for (Part q : c.parts(e)) {
                    comment |= q.overlaps(p);
                }
            }
            if (!comment) {
                return true;
            }
        }
        return false;
    }

    private static String liveLabel(Composition c) {
        for (Part p : c.parts(Element.LIVE_CASE)) {
            if (!WEAK.contains(p.label())) {
                return p.label();
            }
        }
        return "live proceedings";
    }

    private static boolean hedged(Composition c, Part p) {
        String before = c.wordsBefore(p, 2);
        for (String h : HEDGES) {
            if (before.contains(h)) {
                return true;
            }
        }
        return false;
    }

    /** "guilty" inside "pleaded guilty" reports the plea, not the speaker's verdict. */
    private static boolean insideOutcome(Composition c, Part p) {
        for (Part o : c.parts(Element.CASE_CONCLUDED)) {
            if (o.start() <= p.start() && p.end() <= o.end() && o.end() - o.start() > p.end() - p.start()) {
                return true;
            }
        }
        return false;
    }

    /**
     * "charged with failing to comply": a blaming word right after the words that name a charge is the charge, not
     * the speaker's view of it (a word of guilt or character there still counts: "charged with defrauding...").
     */
    private static boolean theCharge(Composition c, Part p) {
        for (Part l : c.parts(Element.LIVE_CASE)) {
            String w = c.words(l).toLowerCase(java.util.Locale.ROOT);
            boolean namesACharge = w.endsWith(" with") || w.endsWith(" of") || w.equals("denies");
            if (namesACharge && l.sentence() == p.sentence() && l.end() <= p.start() && p.start() - l.end() <= CHARGE_GAP) {
                String between = c.normalised().text().substring(l.end(), p.start());
                return between.chars().allMatch(ch -> Character.isLetter(ch) || ch == ' '); // a comma ends the charge
            }
        }
        return false;
    }

    /** How far after the proceedings' words ("charged with") the charge's own words may start. */
    private static final int CHARGE_GAP = 12;

    /** "criminal" inside "criminal proceedings" is the proceedings, not a label. */
    private static boolean insideProceedings(Composition c, Part p) {
        for (Part l : c.parts(Element.LIVE_CASE)) {
            if (l.start() <= p.start() && p.end() <= l.end()) {
                return true;
            }
        }
        return false;
    }
}
