package org.councilpolicy.content.judgement;

import org.councilpolicy.content.draft.Draft;
import org.councilpolicy.core.rule.Category;
import org.councilpolicy.core.rule.RuleContext;
import org.councilpolicy.core.rule.RuleInfo;
import org.councilpolicy.core.rule.Severity;
import org.councilpolicy.core.rule.SimpleRule;

/**
 * CO-2, CO-5: insulting or belittling councillors, staff or members of the public, without swearing, judged from
 * composition: about whom (a councillor, the council's staff, residents or a member of the public) and what is
 * done (belittles, mocks, insults), for any account. A councillor insulting a member or officer, a council
 * account disparaging its own staff and an account mocking a resident are BLOCK; criticism of a decision or a
 * policy has no belittling predicate and passes. The finding names whom and the predicate.
 */
public final class DisrespectRule extends SimpleRule<Draft> {

    /** How far a belittling word may be from whom it is about, in the same sentence. */
    static final int WINDOW = 100;
    /** How far from a pointed pronoun ("he's", "you clearly"), when no one is named. */
    static final int POINTED = 25;
    /** The most words of a sentence that is a verdict on its own, about whom the sentence before named. */
    static final int VERDICT_WORDS = 6;

    static final RuleInfo INFO = RuleInfo.builder("conduct.disrespect")
            .title("Belittling councillors, staff or the public")
            .category(Category.CONDUCT)
            .severity(Severity.BLOCK)
            .clauses("CO-2", "CO-5")
            .rationale("Members do not use social media to tease or insult other members, staff, service users or "
                    + "other organisations (SHWD 6.6, MEM); no negative or disparaging comments about the council "
                    + "or its employees (OFF).")
            .fires("Some residents clearly can't read: the bin day is on the leaflet.")
            .passes("Bin collections move to Tuesday from next week; the new calendar is on our website.")
            .build();

    /** Labels of offices held by a person: a member may criticise the Government, not insult the Chancellor. */
    private static final java.util.regex.Pattern OFFICE_HOLDER = java.util.regex.Pattern.compile(
            "Secretary|Minister|Chancellor|\\bMPs?\\b|Leader|politicians|ministers");

    private static final Element[] TARGETS = {Element.COUNCILLOR, Element.STAFF, Element.RESIDENT};

    /** For the service loader. */
    public DisrespectRule() {
        super(INFO, Draft.class);
    }

    @Override
    public void check(Draft draft, RuleContext ctx) {
        Composition c = Composition.of(draft, ctx);
        if (!c.has(Element.BELITTLE)) {
            if (c.has(Element.COMPARAND) || c.has(Element.STAFF) || c.has(Element.COUNCILLOR)
                    || c.has(Element.PERSON_REF) || c.normalised().text().contains("half as much")) {
                likened(ctx, c, Speaker.of(draft, ctx.profile()));
            } else if (c.has(Element.RESIDENT)) {
                forms(ctx, c, Speaker.of(draft, ctx.profile())); // round 12: "if residents had half a brain"
            }
            return;
        }
        Speaker speaker = Speaker.of(draft, ctx.profile());
        // What a sentence holds is asked per insult: read each sentence once (many insults in one long sentence).
        java.util.Map<Integer, java.util.Optional<Part>> ownStaffIn = new java.util.HashMap<>();
        java.util.Map<Integer, Boolean> personIn = new java.util.HashMap<>();
        for (Part insult : c.parts(Element.BELITTLE)) {
            if (c.negated(insult, 2)) {
                continue; // "not lazy", "never a joke"
            }
            Part national = PoliticalStanceRule.national(c, insult);
            if (national != null && speaker.judgedForPoliticalComment() && national.sentence() == insult.sentence()
                    && PoliticalStanceRule.closerThanLocal(c, insult, national)) {
                continue; // "the Home Secretary's shambolic plan" on a council account: political blame, judged by
                          // political-stance (a councillor insulting an MP stays a matter of conduct)
            }
            if (national != null && speaker.councillor() && national.sentence() == insult.sentence()
                    && holder(national)
                    && PoliticalStanceRule.closerThanLocal(c, insult, national)) {
                report(ctx, c, speaker, national, insult); // a member insulting an MP or a minister
                return;
            }
            for (Element t : TARGETS) {
                Part whom = c.near(insult, t, WINDOW);
                if (whom != null) {
                    report(ctx, c, speaker, whom, insult);
                    return;
                }
            }
            Part own = ownStaffIn.computeIfAbsent(insult.sentence(),
                    k -> java.util.Optional.ofNullable(ownStaff(c, insult))).orElse(null);
            if (own != null) {
                report(ctx, c, speaker, own, insult); // "some of our processing team aren't up to the job"
                return;
            }
            if (speaker.official() && c.normalised().text().stripLeading().startsWith("@")) {
                report(ctx, c, speaker, insult, insult); // a reply: the insult is aimed at the person answered
                return;
            }
            if (speaker.official() && addressed(c, insult)) {
                report(ctx, c, speaker, insult, insult); // "if you can't be bothered to read": said to the reader
                return;
            }
            if (personNoun(c, insult) || qualifiesPeople(c, insult)) {
                // "the crank on Mill Lane who...": the word is the person; "clueless bunch", "same useless faces":
                // the word qualifies people
                report(ctx, c, speaker, insult, insult);
                return;
            }
            Part pointed = c.near(insult, Element.PERSON_REF, POINTED);
            if (pointed != null) {
                report(ctx, c, speaker, pointed, insult);
                return;
            }
            if (speaker.councillor() && personIn.computeIfAbsent(insult.sentence(), k -> PersonCues.personIn(c, k))) {
                report(ctx, c, speaker, insult, insult); // a councillor belittling a named or pointed-at person
                return;
            }
            if (c.wordCount(insult.sentence()) <= VERDICT_WORDS) {
                // a verdict in a sentence of its own ("Utterly clueless.") on whom the sentence before is about
                for (Element t : TARGETS) {
                    Part whom = c.before(insult, t, WINDOW);
                    if (whom == null) {
                        // round 8: a closing verdict on a short paragraph ("Our chief executive... Today's report
                        // was... Embarrassing.") reaches two sentences back when nobody else is named between
                        Part q = c.within(insult, t, 2 * WINDOW);
                        whom = q != null && q.end() <= insult.start() && insult.sentence() - q.sentence() == 2
                                && !PersonCues.personIn(c, insult.sentence() - 1) ? q : null;
                    }
                    if (whom != null) {
                        report(ctx, c, speaker, whom, insult);
                        return;
                    }
                }
                if (speaker.councillor() && insult.sentence() > 0 && PersonCues.personIn(c, insult.sentence() - 1)) {
                    report(ctx, c, speaker, insult, insult);
                    return;
                }
            }
        }
        likened(ctx, c, speaker);
    }

    /** Whom a belittling likeness may be about: the targets and a pointed pronoun. */
    private static final Element[] LIKENED = {Element.COUNCILLOR, Element.STAFF, Element.RESIDENT,
        Element.PERSON_REF};

    /**
     * Round 10: a candid verdict on the council's own staff on an official account ({@link Condescension}), a
     * strongly negative attribute said of a person ({@link PersonVerdict}), and a person likened to what belittles
     * them ({@link Likening}), about whom its sentence or the one before names or points at.
     */
    private static void likened(RuleContext ctx, Composition c, Speaker speaker) {
        Part staff = speaker.official() ? Condescension.staffVerdict(c) : null;
        if (staff != null) {
            report(ctx, c, speaker, staff, staff); // "our newer officers are, frankly, struggling with the basics"
            return;
        }
        Part verdict = PersonVerdict.find(c);
        if (verdict != null && PoliticalStanceRule.national(c, verdict) == null) {
            report(ctx, c, speaker, verdict, verdict); // "Cllr Reeves is utterly incompetent"
            return;
        }
        if (!forms(ctx, c, speaker)) {
            Part likeness = Likening.find(c);
            if (likeness != null) {
                aboutSomeone(ctx, c, speaker, likeness, LIKENED, true);
            }
        }
    }

    /**
     * Round 12: intelligence denied by a measure ("had half a brain", "haven't the first clue") or an absurdly easy
     * task failed about anyone in view; a dismissal demanded ("should be shown the door", "heads should roll") about
     * members or staff. Whether one was reported.
     */
    private static boolean forms(RuleContext ctx, Composition c, Speaker speaker) {
        Part witless = BelittlingForms.witless(c);
        if (witless != null && aboutSomeone(ctx, c, speaker, witless, LIKENED, true)) {
            return true;
        }
        Part task = BelittlingForms.absurdTask(c);
        if (task != null && aboutSomeone(ctx, c, speaker, task, LIKENED, true)) {
            return true;
        }
        Part demand = BelittlingForms.dismissal(c);
        return demand != null && aboutSomeone(ctx, c, speaker, demand, OWN_PEOPLE, false);
    }

    /** Whom a demanded dismissal may be about: members and the council's staff. */
    private static final Element[] OWN_PEOPLE = {Element.COUNCILLOR, Element.STAFF};

    /**
     * Reports a belittling form about whom its sentence or the one before names or points at (one of the targets,
     * a person cue when {@code cues}, or for members and staff the council's own people by a possessive); whether it
     * did.
     */
    private static boolean aboutSomeone(RuleContext ctx, Composition c, Speaker speaker, Part form, Element[] targets,
            boolean cues) {
        for (Element t : targets) {
            Part whom = c.within(form, t, WINDOW + 50);
            if (whom != null && (whom.sentence() == form.sentence()
                    || whom.start() < form.start() && form.sentence() - whom.sentence() == 1)) {
                report(ctx, c, speaker, whom, form);
                return true;
            }
        }
        if (ownStaff(c, form) != null || (cues ? PersonCues.personIn(c, form.sentence())
                || form.sentence() > 0 && PersonCues.personIn(c, form.sentence() - 1)
                : DEPARTMENT.matcher(sentenceOf(c, form)).find())) {
            report(ctx, c, speaker, form, form);
            return true;
        }
        return false;
    }

    /** A council department or team named in a sentence ("the highways department", "the planning team"). */
    private static final java.util.regex.Pattern DEPARTMENT = java.util.regex.Pattern.compile(
            "\\b(?:department|directorate|team|section|service)s?\\b");

    private static String sentenceOf(Composition c, Part p) {
        org.councilpolicy.core.rule.Span range = c.sentenceSpan(p.sentence());
        return c.normalised().text().substring(range.start(), range.end());
    }

    /** Second-person subjects: a belittling predicate right after one is said to whoever reads or is answered. */
    private static final java.util.Set<String> YOU = java.util.Set.of("you", "you're", "you\u2019re", "youre",
            "you've", "you\u2019ve", "yourself");
    /** Determiners that make a belittling word a noun for a person ("the crank", "that idiot"). */
    private static final java.util.Set<String> DETERMINERS = java.util.Set.of("the", "this", "that", "a", "our",
            "some");
    /** Words after such a noun that place or describe the person ("the crank on Mill Lane who..."). */
    private static final java.util.Set<String> PERSON_AFTER = java.util.Set.of("who", "on", "from", "at", "in",
            "down", "next", "living", "that's", "who's");

    /**
     * Whether a second-person subject stands among the three words before the predicate ("if you can't be bothered")
     * or right after it ("how ridiculous you sounded").
     */
    static boolean addressed(Composition c, Part insult) {
        for (String w : Composition.wordsOf(c.wordsBefore(insult, 3))) {
            if (YOU.contains(w)) {
                return true;
            }
        }
        // "how ridiculous you sounded": the second person right after the adjective is its subject
        String text = c.normalised().text();
        int to = Math.min(c.sentenceSpan(insult.sentence()).end(), insult.end() + 10);
        java.util.List<String> after = Composition.wordsOf(text.substring(insult.end(), Math.max(insult.end(), to)));
        return !after.isEmpty() && YOU.contains(after.get(0));
    }

    /** Whether the belittling word is used as a noun for a person: a determiner before it, a place or clause after. */
    static boolean personNoun(Composition c, Part insult) {
        java.util.List<String> before = Composition.wordsOf(c.wordsBefore(insult, 1));
        if (before.isEmpty() || !DETERMINERS.contains(before.get(0))) {
            return false;
        }
        String text = c.normalised().text();
        int to = Math.min(c.sentenceSpan(insult.sentence()).end(), insult.end() + 12);
        java.util.List<String> after = Composition.wordsOf(text.substring(insult.end(), Math.max(insult.end(), to)));
        return !after.isEmpty() && PERSON_AFTER.contains(after.get(0));
    }

    /** Collective nouns for people that a belittling word may qualify ("a clueless bunch", "that useless lot"). */
    private static final java.util.Set<String> COLLECTIVES = java.util.Set.of("bunch", "lot", "shower", "crowd",
            "faces", "gang", "rabble", "mob", "individuals", "clowns");

    /**
     * Round 11: a belittling word right before a collective noun for people or a person noun (the offence
     * vocabulary's {@code person-nouns.txt}) insults those people, whoever they are ("Clueless bunch.", "the same
     * useless faces", "lazy residents").
     */
    static boolean qualifiesPeople(Composition c, Part insult) {
        String text = c.normalised().text();
        int i = insult.end();
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        int from = i;
        while (i < text.length() && Character.isLetter(text.charAt(i))) {
            i++;
        }
        String next = text.substring(from, i).toLowerCase(java.util.Locale.ROOT);
        return i > from && (COLLECTIVES.contains(next) || ElementVocabulary.personNounAfter(text, insult.end()));
    }

    /**
     * The council's own people named by a possessive and a collective noun, whatever the team is called ("our
     * processing team", "my colleagues", "the council's planning officers"), in the insult's sentence.
     */
    private static final java.util.regex.Pattern OWN_STAFF = java.util.regex.Pattern.compile(
            "\\b(?:our|my|the council's|the council’s)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:team|teams|staff|officers|"
                    + "colleagues|colleague|crew|crews|workforce|department|managers|manager|boss|bosses|leaders|leadership|"
                    + "management|starters|recruits|trainees|apprentices|employees)\\b");

    /** The own-staff phrase in the insult's sentence, as a part, or {@code null}. */
    private static Part ownStaff(Composition c, Part insult) {
        org.councilpolicy.core.rule.Span range = c.sentenceSpan(insult.sentence());
        String sentence = c.normalised().text().substring(range.start(), range.end());
        java.util.regex.Matcher m = OWN_STAFF.matcher(sentence);
        return m.find() ? new Part(Element.STAFF, range.start() + m.start(), range.start() + m.end(), "staff",
                insult.sentence()) : null;
    }

    /** A national politician or the holder of an office, not an institution ("the Government", "Whitehall"). */
    private static boolean holder(Part national) {
        return national.element() == Element.POLITICIAN || national.element() == Element.OFFICE
                && OFFICE_HOLDER.matcher(national.label()).find();
    }

    private static void report(RuleContext ctx, Composition c, Speaker speaker, Part whom, Part insult) {
        String who = switch (whom.element()) {
            case COUNCILLOR -> "a councillor or members";
            case STAFF -> "the council's staff";
            case POLITICIAN, OFFICE -> "a politician";
            case PERSON_REF, BELITTLE -> "a person";
            default -> "residents or a member of the public";
        };
        ctx.report(ctx.finding()
                .kind(JudgementKind.DISRESPECT)
                .span(c.span(whom, insult))
                .excerpt("\"" + c.words(insult) + "\"")
                .message("Belittling " + who + ": " + speaker.describe() + " says \"" + c.words(insult) + "\" about "
                        + "them. Members and council accounts do not tease, insult or disparage members, staff or "
                        + "the public.")
                .suggestion("Criticise the decision or explain the facts, not the person: say what should change "
                        + "and why, politely."));
    }
}
