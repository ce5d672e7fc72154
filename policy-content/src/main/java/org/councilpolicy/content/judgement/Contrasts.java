package org.councilpolicy.content.judgement;

import java.util.List;
import java.util.Set;

/**
 * Round 12, political opinion without a party name: the council's view set against a national figure's, judged
 * from the sentence's form. A contrast ("Unlike the Education Secretary, we think...", "unlike some politicians,
 * we know...") right before a national politician or office in a sentence the council speaks in the first person;
 * a comparison of sense ("our finance team has more sense than the Treasury ministers"): a word for the capacity
 * to think ({@code conduct-forms.txt}) before "than" and the national figure; and a recall instruction at an
 * election ("Remember that when you next vote", "remember who did this at the ballot box") after a national
 * figure, office or policy, which tells residents whom to vote against. "Remember to bring photo ID to the polls"
 * and "remember that polling stations open at 7am" recall nothing and pass.
 */
final class Contrasts {

    /** Whom the council may be set against: a named politician or an office, not a policy ("unlike the scheme"). */
    private static final Element[] FIGURES = {Element.POLITICIAN, Element.OFFICE};
    /** Words of the capacity to think, before "than" in a comparison of sense. */
    private static final Set<String> SENSE = Set.of("sense", "brains", "clue", "idea", "understanding",
            "intelligence", "competence", "wit", "nous", "gumption");
    /** What "remember" points back at. */
    private static final Set<String> POINTERS = Set.of("that", "this", "it", "them", "him", "her", "who");
    /** After a pointer: when or where the recall is to happen, not what it states ("remember that polls open"). */
    private static final Set<String> WHEN = Set.of("when", "at", "on", "next", "in");

    private static final java.util.Map<String, List<String>> DATA = FormSections.read("political-forms.txt");
    private static final java.util.regex.Pattern SAYS = java.util.regex.Pattern.compile("(?i)\\s*"
            + FormSections.alternation(DATA.get("SAYS")) + "(?![\\p{L}'-])");
    private static final java.util.regex.Pattern REBUTTAL = java.util.regex.Pattern.compile("(?i)[\\s\"'‘“]*"
            + FormSections.alternation(DATA.get("REBUTTAL")) + "(?![\\p{L}'-])");

    private static final java.util.regex.Pattern VIEW = java.util.regex.Pattern.compile("(?i)(?<![\\p{L}'])"
            + FormSections.alternation(DATA.get("OPINION")) + "(?:\\s+[\\p{L}'’-]+){0,4}?\\s+"
            + FormSections.alternation(DATA.get("VERDICT")) + "(?![\\p{L}'-])");

    /** Speed: anchors that a stated view must hold. */
    private static final String[] VIEW_ANCHORS = FormSections.anchors(DATA.get("OPINION"));
    private static final String[] SAYS_ANCHORS = FormSections.anchors(DATA.get("SAYS"));

    private Contrasts() {
    }

    /**
     * A contrast or a comparison of sense that sets the council against a national figure: the figure's part, or
     * {@code null}.
     *
     * @param c the composition
     * @return the national figure set against
     */
    static Part setAgainst(Composition c) {
        String text = c.normalised().text();
        boolean contrast = text.contains("unlike");
        if (!contrast && !text.contains("than")) {
            return null;
        }
        for (Element e : FIGURES) {
            for (Part who : c.parts(e)) {
                List<String> before = Composition.wordsOf(c.wordsBefore(who, 3));
                int n = before.size();
                boolean unlike = contrast && unlike(c, who);
                if (unlike && c.firstPerson(who.sentence())) {
                    return who;
                }
                if (n >= 2 && (before.get(n - 1).equals("than") || n >= 3 && before.get(n - 2).equals("than"))) {
                    int than = before.get(n - 1).equals("than") ? n - 1 : n - 2;
                    if (than >= 1 && SENSE.contains(before.get(than - 1))) {
                        return who; // "more sense than the Treasury ministers"
                    }
                }
            }
        }
        return null;
    }

    /**
     * Whether "unlike" stands among the five words before the figure with no comma or colon between ("unlike the
     * Chancellor", "unlike certain people in Downing Street"; not "Unlike last year, the Government...").
     */
    private static boolean unlike(Composition c, Part who) {
        String text = c.normalised().text();
        int from = Math.max(c.sentenceSpan(who.sentence()).start(), who.start() - 50);
        int at = text.substring(from, who.start()).lastIndexOf("unlike");
        at = at < 0 ? -1 : from + at;
        if (at < from || at > 0 && Character.isLetter(text.charAt(at - 1))) {
            return false;
        }
        String between = text.substring(at + 6, who.start());
        return Composition.wordsOf(between).size() <= 4 && between.indexOf(',') < 0 && between.indexOf(':') < 0
                && between.indexOf(';') < 0;
    }

    /**
     * The council's own verdict in the sentence right after a national figure, office or policy ("We think that's
     * wrong."): the national part, or {@code null}.
     *
     * @param c the composition
     * @return the national part the view is about
     */
    static Part statedView(Composition c) {
        String text = c.normalised().text();
        if (!c.has(Element.POLITICIAN) && !c.has(Element.OFFICE) && !c.has(Element.NATIONAL_POLICY)
                || !FormSections.mayHold(text, VIEW_ANCHORS)) {
            return null;
        }
        java.util.regex.Matcher m = VIEW.matcher(text);
        while (m.find()) {
            int sentence = c.sentenceAt(m.start());
            if (sentence == 0) {
                continue;
            }
            for (Element about : new Element[] {Element.POLITICIAN, Element.OFFICE, Element.NATIONAL_POLICY}) {
                Part who = c.within(new Part(about, m.start(), m.end(), "", sentence), about,
                        PoliticalStanceRule.NAMED_NEXT_SENTENCE);
                if (who != null && who.sentence() == sentence - 1) {
                    return who;
                }
            }
        }
        return null;
    }

    /**
     * An instruction to recall something at an election after a national figure, office or policy named earlier
     * in the draft: the election's part, or {@code null}.
     *
     * @param c the composition
     * @return the election part
     */
    static Part recall(Composition c) {
        if (!c.has(Element.ELECTION) || !c.normalised().text().contains("remember")) {
            return null;
        }
        for (Part poll : c.parts(Element.ELECTION)) {
            List<String> before = Composition.wordsOf(c.wordsBefore(poll, 6));
            int at = before.lastIndexOf("remember");
            if (at < 0 || at + 1 >= before.size() || c.negated(poll, 8)) {
                continue;
            }
            String pointer = before.get(at + 1);
            boolean recalls = pointer.equals("who") || POINTERS.contains(pointer)
                    && (at + 2 >= before.size() || WHEN.contains(before.get(at + 2)));
            if (recalls && earlierFigure(c, poll)) {
                return poll;
            }
        }
        return null;
    }

    /**
     * A national politician or office whose claim is reported ("The Chancellor says councils have enough money")
     * and answered by the next sentence's opening ("Tell that to our social workers.", "Still waiting."): the
     * figure's part, or {@code null}.
     *
     * @param c the composition
     * @return the figure answered
     */
    static Part answered(Composition c) {
        String text = c.normalised().text();
        if (!c.has(Element.POLITICIAN) && !c.has(Element.OFFICE) || !FormSections.mayHold(text, SAYS_ANCHORS)) {
            return null;
        }
        for (Element e : FIGURES) {
            for (Part who : c.parts(e)) {
                int from = who.end();
                if (text.startsWith("'s", from) || text.startsWith("’s", from)) {
                    continue; // "the Chancellor's budget says" is a document, not the figure speaking
                }
                java.util.regex.Matcher says = SAYS.matcher(text).region(from, Math.min(text.length(), from + 20));
                if (!says.lookingAt() || who.sentence() + 1 > c.sentenceAt(text.length() - 1)) {
                    continue;
                }
                org.councilpolicy.core.rule.Span next = c.sentenceSpan(who.sentence() + 1);
                if (REBUTTAL.matcher(text).region(next.start(), next.end()).lookingAt()) {
                    return who;
                }
            }
        }
        return null;
    }

    private static boolean earlierFigure(Composition c, Part poll) {
        for (Element about : new Element[] {Element.POLITICIAN, Element.OFFICE, Element.NATIONAL_POLICY}) {
            Part who = c.within(poll, about, PoliticalStanceRule.NAMED_NEXT_SENTENCE + 60);
            if (who != null && who.end() <= poll.start()) {
                return true;
            }
        }
        return false;
    }
}
