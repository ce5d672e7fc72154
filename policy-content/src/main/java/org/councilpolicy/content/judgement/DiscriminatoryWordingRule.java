package org.councilpolicy.content.judgement;

import org.councilpolicy.content.draft.Draft;
import org.councilpolicy.core.rule.Category;
import org.councilpolicy.core.rule.RuleContext;
import org.councilpolicy.core.rule.RuleInfo;
import org.councilpolicy.core.rule.Severity;
import org.councilpolicy.core.rule.SimpleRule;

/**
 * CO-1 (equality duty): discriminatory wording in a draft, judged from composition: a group with a protected
 * characteristic (Gypsies and Travellers, migrants, older people, disabled people...) with a prejudiced predicate
 * ("bring crime", "invasion"), or a generalisation with a weaker one ("always leave a mess"); a job advert with an
 * age, sex, origin or ability preference ("young and dynamic", "native English speaker"); and language about
 * disability, ethnicity or age a council does not publish ("wheelchair-bound", "coloured people"). Factual
 * reports about the same groups have no such predicate and pass. The finding names the group and the predicate.
 */
public final class DiscriminatoryWordingRule extends SimpleRule<Draft> {

    /** How far a predicate may be from the group, in the same sentence. */
    static final int WINDOW = 80;

    static final RuleInfo INFO = RuleInfo.builder("conduct.discriminatory-wording")
            .title("Discriminatory wording")
            .category(Category.CONDUCT)
            .severity(Severity.BLOCK)
            .clauses("CO-1")
            .rationale("Nothing racist, sexist or otherwise discriminatory (OFF, MEM, RBC, SCC 3.9): the council "
                    + "has the public sector equality duty, and a job advert may not state an age, sex or origin "
                    + "preference (Equality Act 2010).")
            .fires("Lock up your sheds: the Travellers are back on the rec.")
            .passes("An unauthorised encampment on the recreation ground has left; the site has been cleaned.")
            .build();

    /** For the service loader. */
    public DiscriminatoryWordingRule() {
        super(INFO, Draft.class);
    }

    @Override
    public void check(Draft draft, RuleContext ctx) {
        Composition c = Composition.of(draft, ctx);
        for (Part term : c.parts(Element.DISCRIMINATORY_TERM)) {
            // "not for the lame" turns the people away: the negation is the exclusion, not a denial of the word
            if (!c.negated(term, 2) || c.wordsBefore(term, 2).equals("not for")) {
                report(ctx, c, term, null, "uses " + term.label() + ", wording about disability, ethnicity, sex "
                        + "or age that the council does not publish");
                return;
            }
        }
        for (Part group : c.parts(Element.OUTSIDER_GROUP)) {
            Part threat = c.within(group, Element.SUSPICION, WINDOW + 40); // "...on the rec. Lock your sheds."
            if (threat != null && !c.negated(threat, 2) && !threat.overlaps(group)) {
                report(ctx, c, group, threat, "casts " + group.label() + " as a threat (\"" + threat.label() + "\")");
                return;
            }
            Part hint = Generalising.insinuation(c, group); // round 10: "...we all know what happens when they come"
            if (hint != null) {
                report(ctx, c, group, hint, "insinuates about " + group.label() + " (\"" + c.words(hint) + "\")");
                return;
            }
        }
        java.util.List<Part> groups = groups(c);
        Part known = GroupInsinuation.known(c, groups); // round 12: "you can tell which streets the X moved into"
        if (known != null) {
            report(ctx, c, known, null, "insinuates that who is to blame is obvious (\"" + c.words(known) + "\")");
            return;
        }
        for (Part group : groups) {
            if (GroupInsinuation.tooMany(c, group)) { // round 12: "too many X crammed in"
                report(ctx, c, group, null, "counts " + group.label() + " as too many");
                return;
            }
            Part out = c.within(group, Element.EXCLUSION, WINDOW);
            if (out != null && Math.abs(out.sentence() - group.sentence()) <= 1 && !c.negated(out, 2)) {
                report(ctx, c, group, out, "leaves " + group.label() + " out (\"" + out.label() + "\")");
                return;
            }
            Part strong = c.near(group, Element.STEREOTYPE, WINDOW);
            if (strong == null) {
                strong = takenUp(c, group, Element.STEREOTYPE); // "Gypsies on the rec. They bring crime."
            }
            if (strong != null && !c.negated(strong, 2) && !strong.overlaps(group)) {
                report(ctx, c, group, strong, "stereotypes " + group.label() + " (\"" + strong.label() + "\")");
                return;
            }
            Part insult = c.near(group, Element.BELITTLE, WINDOW); // "pensioners, bless them, can't work a kettle"
            if (insult == null) {
                insult = takenUp(c, group, Element.BELITTLE); // "...at Hall Lane again. Typical. They never learn."
            }
            if (insult != null && !c.negated(insult, 2) && !insult.overlaps(group)) {
                report(ctx, c, group, insult, "belittles " + group.label() + " (\"" + c.words(insult) + "\")");
                return;
            }
            Part question = Generalising.rhetorical(c, group); // round 10: "Why do the X families need...?"
            if (question != null) {
                report(ctx, c, group, null, "asks a loaded question about " + group.label());
                return;
            }
            Part rule = Generalising.singledOut(c, group); // round 10: "Reminder to our X residents: not allowed"
            if (rule != null) {
                report(ctx, c, group, rule, "singles out " + group.label() + " for a rule (\"" + rule.label() + "\")");
                return;
            }
            Part tendency = Generalising.tendency(c, group); // round 10: "older residents, who tend to slow..."
            if (tendency != null && !c.negated(tendency, 2)) {
                report(ctx, c, group, tendency, "generalises about " + group.label() + " (\"" + c.words(tendency)
                        + "\")");
                return;
            }
            Part weak = c.near(group, Element.STEREOTYPE_WEAK, WINDOW);
            Part general = c.near(group, Element.GENERALISER, WINDOW);
            if (weak == null) {
                // the next sentence takes the group up ("...our older customers. They do get confused.")
                Part later = c.within(group, Element.STEREOTYPE_WEAK, WINDOW);
                if (later != null && later.sentence() == group.sentence() + 1) {
                    weak = later;
                    general = c.near(later, Element.GENERALISER, WINDOW);
                }
            }
            if (weak != null && general == null) {
                general = describesAll(c, group, weak) ? weak : verdictAfter(c, group); // "Rubbish everywhere from the Gypsies at Hall Lane. Typical."
            }
            if (weak != null && (general != null || isGeneral(group) || Generalising.genericSubject(c, group))
                    && !c.negated(weak, 2)) {
                report(ctx, c, group, weak, "generalises about " + group.label() + " (\"" + weak.label() + "\")");
                return;
            }
        }
        if (c.has(Element.JOB_CONTEXT) || c.has(Element.AGE_PREFERENCE) && recruiting(c)) {
            for (Part pref : c.parts(Element.AGE_PREFERENCE)) {
                if (!c.negated(pref, 2) || refused(c, pref)) {
                    report(ctx, c, pref, null, "states a preference in a job advert (" + pref.label() + "): age, "
                            + "sex, origin and disability may not be asked for");
                    return;
                }
            }
            Part byAge = wantedByAge(c);
            if (byAge != null) {
                report(ctx, c, byAge, null, "states a preference in a job advert (" + byAge.label() + "): age, "
                        + "sex, origin and disability may not be asked for");
                return;
            }
            // the group is whom the advert wants ("we want bubbly young people", "would suit older women"), not
            // whom the job serves ("youth workers to support young people")
            for (Part group : c.parts(Element.PROTECTED_GROUP)) {
                if (WANTED_GROUPS.contains(group.label()) && wanted(c, group)) {
                    report(ctx, c, group, null, "asks for " + group.label() + " in a job advert: age, sex, origin "
                            + "and disability may not be asked for");
                    return;
                }
            }
        }
    }

    /**
     * Round 11: a verb of wanting whose object is a person ("our control room needs a sharp-eyed young person", "the
     * team is looking for a cheerful type"): a recruitment frame however the post is worded. Round 12: a role said to
     * suit a person ("would suit a mature lady") is the same frame.
     */
    private static final java.util.regex.Pattern WANTS_A_PERSON = java.util.regex.Pattern.compile(
            "(?i)\\b(?:needs?|is looking for|are looking for|we're looking for|seeks?|seeking|wants?|are after|"
                    + "we're after|would suit|will suit|suits)\\s+(?:a|an)\\s+((?:[\\p{L}-]+\\s+){0,3}?)(?:person|type|someone|individual|"
                    + "candidate|applicant|lad|lass|lady|man|woman|chap|girl|guy)\\b");
    /** Age words that, describing the person an advert wants, state an age preference ("a young person"). */
    private static final java.util.Set<String> AGE_WORDS = java.util.Set.of("young", "younger", "youthful",
            "older", "mature", "elderly", "middle-aged", "retired");

    /** Round 11: the person wanted described by their age ("needs a sharp-eyed young person"), or null. */
    private static Part wantedByAge(Composition c) {
        java.util.regex.Matcher m = WANTS_A_PERSON.matcher(c.normalised().text());
        while (m.find()) {
            for (String w : Composition.wordsOf(m.group(1))) {
                if (AGE_WORDS.contains(w)) {
                    return new Part(Element.AGE_PREFERENCE, m.start(), m.end(), "an age preference: \"" + w + "\"",
                            c.sentenceAt(m.start()));
                }
            }
        }
        return null;
    }

    /**
     * Round 10: a short heading that names a role and wants it filled ("Volunteer drivers wanted!", "Lollipop person
     * needed:"): a recruitment frame whatever the role is called.
     */
    static boolean recruiting(Composition c) {
        String t = c.normalised().text();
        if (WANTS_A_PERSON.matcher(t).find()) {
            return true;
        }
        for (String w : new String[] {" wanted", " needed", " required"}) {
            for (int at = t.indexOf(w); at >= 0; at = t.indexOf(w, at + 1)) {
                int end = at + w.length();
                int i = end;
                while (i < t.length() && t.charAt(i) == ' ') {
                    i++;
                }
                boolean heading = i >= t.length() || "!.:".indexOf(t.charAt(i)) >= 0;
                if (heading && at - c.sentenceSpan(c.sentenceAt(at)).start() <= 30) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Verbs that, negated before an age or a group, turn it away ("we can't accept anyone over 70"). */
    private static final java.util.Set<String> ADMITTING = java.util.Set.of("accept", "take", "consider", "suitable",
            "open", "employ", "recruit", "appoint", "hire");

    /** Round 10: a negated admitting verb right before the preference refuses it; it does not cancel it. */
    private static boolean refused(Composition c, Part pref) {
        for (String w : Composition.wordsOf(c.wordsBefore(pref, 3))) {
            if (ADMITTING.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** Groups an advert may not ask for by age or sex. */
    private static final java.util.Set<String> WANTED_GROUPS = java.util.Set.of("young people", "older people",
            "women", "men", "\"older staff\"", "\"younger staff\"");
    /** Words right before a group that make it whom an advert wants. */
    private static final java.util.Set<String> WANTING = java.util.Set.of("want", "wanted", "suit", "suits",
            "seeking", "need", "after", "prefer", "preferably", "ideally");

    private static boolean wanted(Composition c, Part group) {
        String before = c.wordsBefore(group, 3);
        if (before.contains("all") || before.contains("welcome") || before.contains("support")
                || before.contains("help") || before.contains("with")) {
            return false; // "welcome from young people and older people alike", "working with young people"
        }
        if (before.contains("perfect for") || before.contains("ideal for")) {
            return true; // not "a jobs fair for young people"
        }
        for (String w : Composition.wordsOf(before)) {
            if (WANTING.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** Third-person plural words that take a group up in a later sentence. */
    private static final java.util.Set<String> TAKE_UP = java.util.Set.of("they", "them", "their", "they're",
            "they’re", "theyre");

    /**
     * A predicate in one of the next two sentences whose subject takes the group up ("they", "them", "their" in
     * the few words before it): the group is what that sentence is about. {@code null} if none.
     */
    static Part takenUp(Composition c, Part group, Element element) {
        Part q = c.within(group, element, WINDOW + 40);
        if (q == null || q.start() < group.end() || q.sentence() == group.sentence()
                || q.sentence() - group.sentence() > 2 || c.negated(q, 2)) {
            return null;
        }
        boolean addressed = addressed(c, group);
        for (String w : Composition.wordsOf((c.wordsBefore(q, 4) + " " + c.words(q)).toLowerCase(java.util.Locale.ROOT))) {
            if (TAKE_UP.contains(w) || addressed && (w.equals("you") || w.equals("your"))) {
                return q;
            }
        }
        return null;
    }

    /**
     * Whether the predicate sits in a non-restrictive relative clause right after the group ("refugee tenants, who
     * are not used to..."): said with a comma, it is said of every one of them.
     */
    static boolean describesAll(Composition c, Part group, Part predicate) {
        if (predicate.start() <= group.end() || predicate.start() - group.end() > 30) {
            return false;
        }
        String between = c.normalised().text().substring(group.end(), predicate.start()).strip();
        return between.length() <= 20 && (between.equals(", who") || between.startsWith(", who ")
                || between.startsWith(", as they") || between.startsWith(", since they"));
    }

    /** Whether the group opens its sentence as whom the post speaks to ("Pensioners: ...", "Ladies, ..."). */
    static boolean addressed(Composition c, Part group) {
        String t = c.normalised().text();
        return c.wordsBefore(group, 1).isEmpty() && group.end() < t.length()
                && (t.charAt(group.end()) == ':' || t.charAt(group.end()) == ',');
    }

    /** A generalisation in the group's sentence or standing in the next ("Typical.", "As usual."), or {@code null}. */
    static Part verdictAfter(Composition c, Part group) {
        Part g = c.within(group, Element.GENERALISER, WINDOW + 40);
        return g != null && g.start() >= group.end() && g.sentence() - group.sentence() == 1
                && c.wordCount(g.sentence()) <= 4 ? g : null;
    }

    private static java.util.List<Part> groups(Composition c) {
        java.util.List<Part> all = new java.util.ArrayList<>(c.parts(Element.OUTSIDER_GROUP));
        all.addAll(c.parts(Element.PROTECTED_GROUP));
        return all;
    }

    /** "these people", "their sort": the group is a generalisation in itself. */
    private static boolean isGeneral(Part group) {
        return group.label().startsWith("\"");
    }

    private static void report(RuleContext ctx, Composition c, Part about, Part does, String what) {
        ctx.report(ctx.finding()
                .kind(JudgementKind.DISCRIMINATORY_WORDING)
                .span(c.span(about, does))
                .excerpt("\"" + c.words(about) + "\"")
                .message("Discriminatory wording: the draft " + what + ". Council posts must not be racist, sexist "
                        + "or otherwise discriminatory.")
                .suggestion("Describe the behaviour or the requirement itself, not a group (e.g. \"the site was "
                        + "left with waste\"; \"able to lift 20kg\"), and use the words people use about "
                        + "themselves (\"wheelchair user\", \"disabled people\")."));
    }
}
