package org.councilpolicy.content.judgement;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Round 12, discrimination: two ways of casting a group as a problem without a stereotype word. An insinuation that
 * who is to blame is obvious ("you can tell which estates the X families moved into", "it's obvious which community
 * is behind it", "given who has moved in lately", word classes in {@code group-insinuations.txt}), beside a group
 * in its sentence or the next, or with a word of arrival that makes the unnamed people newcomers; and a group
 * counted as too many where it is ("too many X crammed in", "too many X on the rec"), which says the group itself
 * is the problem, unlike "too many X face / live in poverty", where the council names a hardship.
 */
final class GroupInsinuation {

    private static final Map<String, List<String>> DATA = FormSections.read("group-insinuations.txt");
    private static final Pattern KNOWN = Pattern.compile("(?i)(?<![\\p{L}'])" + FormSections.alternation(DATA.get("KNOWN"))
            + "(?![\\p{L}'-])");
    private static final Pattern ARRIVAL = Pattern.compile("(?i)(?<![\\p{L}'])" + FormSections.alternation(DATA.get("ARRIVAL"))
            + "(?![\\p{L}'-])");
    /**
     * Words right after a group counted as too many that say where it is or that it comes ("crammed in", "on the
     * rec", "here"); a hardship after them ("in poverty") keeps it the council's concern for them.
     */
    private static final Set<String> PRESENCE = Set.of("in", "into", "on", "at", "here", "there", "around", "round",
            "about", "crammed", "coming", "arriving", "moving", "turning", "hanging", "everywhere", "now", "these",
            "nowadays", "already", "camped", "parked", "living", "taking", "flooding", "pouring");
    private static final Set<String> HARDSHIP = Set.of("poverty", "need", "debt", "hardship", "hospital",
            "temporary", "care", "crisis", "danger", "fear", "isolation", "limbo", "cold", "damp", "unsafe", "bad",
            "poor", "overcrowded", "insecure", "work", "low", "fuel");

    /** Speed: anchors that any insinuation must hold. */
    private static final String[] KNOWN_ANCHORS = FormSections.anchors(DATA.get("KNOWN"));
    private static final String[] ARRIVAL_ANCHORS = FormSections.anchors(DATA.get("ARRIVAL"));

    private GroupInsinuation() {
    }

    /**
     * An insinuation that who is to blame is obvious, beside a group (in its sentence or the next, either side) or
     * followed in its sentence by a word of arrival; {@code null} if none.
     *
     * @param c      the composition
     * @param groups the draft's groups
     * @return a part over the insinuation
     */
    static Part known(Composition c, List<Part> groups) {
        String text = c.normalised().text();
        if (groups.isEmpty() && !FormSections.mayHold(text, ARRIVAL_ANCHORS) || !FormSections.mayHold(text, KNOWN_ANCHORS)) {
            return null;
        }
        Matcher m = KNOWN.matcher(text);
        while (m.find()) {
            int sentence = c.sentenceAt(m.start());
            Part hint = new Part(Element.GENERALISER, m.start(), m.end(), "an insinuation about who", sentence);
            if (c.negated(hint, 2)) {
                continue;
            }
            for (Part g : groups) {
                if (Math.abs(g.sentence() - sentence) <= 1 && g.gap(hint) <= DiscriminatoryWordingRule.WINDOW + 40) {
                    return hint;
                }
            }
            int to = c.sentenceSpan(sentence).end();
            Matcher a = ARRIVAL.matcher(text).region(m.end(), Math.max(m.end(), Math.min(to, m.end() + 60)));
            if (a.find()) {
                return hint;
            }
        }
        return null;
    }

    /**
     * Whether the group is counted as too many where it is ("too many X crammed in"), not beside a hardship.
     *
     * @param c     the composition
     * @param group a group
     * @return whether it is
     */
    static boolean tooMany(Composition c, Part group) {
        if (!c.normalised().text().contains("too many") || !c.wordsBefore(group, 3).endsWith("too many")) {
            return false;
        }
        String text = c.normalised().text();
        List<String> after = Composition.wordsOf(text.substring(group.end(),
                Math.min(c.sentenceSpan(group.sentence()).end(), group.end() + 40)));
        if (after.isEmpty()) {
            return true; // "Too many Travellers." / "there are too many migrants"
        }
        if (!PRESENCE.contains(after.get(0))) {
            return false;
        }
        for (int i = 1; i < Math.min(4, after.size()); i++) {
            if (HARDSHIP.contains(after.get(i))) {
                return false;
            }
        }
        return true;
    }
}
