package org.councilpolicy.content.judgement;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Round 12, conduct: two forms of belittling that need no insult word, judged from their shape with the word
 * classes in {@code conduct-forms.txt}. Intelligence denied by a measure of it: a quantity word right before a
 * word for the capacity to think ("had half a brain", "haven't the first clue", "two brain cells between them",
 * "a councillor with a pulse"); and a public demand that someone lose their job: a modal of demand before a word
 * of dismissal ("should be shown the door", "want them sacked") or an idiom that needs none ("heads should roll",
 * "still have jobs"). Neither is evidence alone: {@link DisrespectRule} counts them only about a councillor, the
 * council's staff, a resident or a person pointed at, and a dismissal only about members or staff.
 */
final class BelittlingForms {

    private static final Map<String, List<String>> DATA = FormSections.read("conduct-forms.txt");
    /** Quantity, then capacity, as whole words; the word after is checked against NOT_AFTER. */
    private static final Pattern WITLESS = Pattern.compile("(?i)(?<![\\p{L}'])" + FormSections.alternation(DATA.get("SHORTFALL"))
            + "\\s+" + FormSections.alternation(DATA.get("CAPACITY")) + "(?![\\p{L}'-])");
    private static final Set<String> NOT_AFTER = Set.copyOf(DATA.get("NOT_AFTER"));
    private static final Pattern DISMISSAL = Pattern.compile("(?i)(?<![\\p{L}'])(?:"
            + FormSections.alternation(DATA.get("DEMAND")) + "\\s+" + FormSections.alternation(DATA.get("DISMISSED"))
            + "|" + FormSections.alternation(DATA.get("DISMISSAL_IDIOM")) + ")(?![\\p{L}'-])");

    /** An inability, a verb, its object (a few words), then "if", a pronoun and a past verb of presence. */
    private static final Pattern ABSURD_TASK = Pattern.compile("(?i)(?<![\\p{L}'])"
            + FormSections.alternation(DATA.get("INABILITY")) + "\\s+[\\p{L}-]+\\s+(?:a|an|the|their|his|her)\\s+"
            + "(?:[\\p{L}-]+\\s+){0,3}?if\\s+(?:it|they|he|she|you)(?:'d)?\\s+"
            + FormSections.alternation(DATA.get("PRESENCE")) + "(?![\\p{L}'-])");

    private static final Pattern POINTED_AT = Pattern.compile("(?i)(?<![\\p{L}'])(?:"
            + FormSections.alternation(DATA.get("POINTING")) + "|(?:to\\s+the|dear|hey|you,)\\s+"
            + FormSections.alternation(DATA.get("ONE_PERSON"))
            + "(?:\\s+[\\p{L}-]+){0,5}?\\s+who)(?![\\p{L}'-])");

    /** Speed: anchors that any match of each form must hold. */
    private static final String[] WITLESS_ANCHORS = FormSections.anchors(DATA.get("CAPACITY"));
    private static final String[] DISMISSAL_ANCHORS = anchorsOf(DATA.get("DISMISSED"), DATA.get("DISMISSAL_IDIOM"));
    private static final String[] POINTED_ANCHORS = anchorsOf(DATA.get("POINTING"), DATA.get("ONE_PERSON"));

    private static String[] anchorsOf(List<String> a, List<String> b) {
        List<String> all = new java.util.ArrayList<>(a);
        all.addAll(b);
        return FormSections.anchors(all);
    }

    private BelittlingForms() {
    }

    /**
     * The first measure of intelligence denied in the draft, or {@code null}.
     *
     * @param c the composition
     * @return a part over the measure ("half a brain")
     */
    static Part witless(Composition c) {
        String text = c.normalised().text();
        if (!FormSections.mayHold(text, WITLESS_ANCHORS)) {
            return null;
        }
        Matcher m = WITLESS.matcher(text);
        while (m.find()) {
            List<String> after = Composition.wordsOf(text.substring(m.end(), Math.min(text.length(), m.end() + 20)));
            if (after.isEmpty() || !NOT_AFTER.contains(after.get(0))) {
                return new Part(Element.BELITTLE, m.start(), m.end(), "intelligence denied", c.sentenceAt(m.start()));
            }
        }
        return null;
    }

    /**
     * The first absurdly easy task said to be beyond someone ("couldn't find a breach if it was parked on their
     * drive"), or {@code null}.
     *
     * @param c the composition
     * @return a part over the form
     */
    static Part absurdTask(Composition c) {
        String text = c.normalised().text();
        if (!text.contains("if ")) {
            return null;
        }
        Matcher m = ABSURD_TASK.matcher(text);
        return m.find() ? new Part(Element.BELITTLE, m.start(), m.end(), "incompetence by an easy task",
                c.sentenceAt(m.start())) : null;
    }

    /**
     * The first public demand for a dismissal in the draft, or {@code null}.
     *
     * @param c the composition
     * @return a part over the demand ("should be shown the door")
     */
    static Part dismissal(Composition c) {
        String text = c.normalised().text();
        if (!FormSections.mayHold(text, DISMISSAL_ANCHORS)) {
            return null;
        }
        Matcher m = DISMISSAL.matcher(text);
        return m.find() ? new Part(Element.BELITTLE, m.start(), m.end(), "a dismissal demanded", c.sentenceAt(m.start()))
                : null;
    }

    /**
     * One member of the public pointed at without a name before {@code end}: a pointing phrase ("we see you") or one
     * person addressed ("to the bloke who...", "we see you, guy in the white van who..."), not one spoken of ("the
     * prize went to someone who..."); or {@code null}.
     *
     * @param c   the composition
     * @param end where to stop looking
     * @return a part over the pointing words
     */
    static Part pointedAt(Composition c, int end) {
        String text = c.normalised().text();
        if (!FormSections.mayHold(text, POINTED_ANCHORS)) {
            return null;
        }
        Matcher m = POINTED_AT.matcher(text).region(0, end);
        return m.find() ? new Part(Element.RESIDENT, m.start(), m.end(), "a member of the public",
                c.sentenceAt(m.start())) : null;
    }
}
