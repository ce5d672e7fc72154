package org.councilpolicy.content.neutrality;

/**
 * Whether a party is named without comment (PN-5): nothing evaluative in its sentence (an opinion, praise, blame, an
 * insult or disparagement) nor a stated opinion in the next sentence ("The Greens want to ban your car. We think
 * that's a mistake."), and the party is not made a label for something else ("Tory-style privatisers", "Labour-lite
 * policies"), which uses the name to insult or compare. A factual report of results, seats, groups or candidates
 * carries none of these.
 */
final class PartyComment {

    /** Evaluation in the party's own sentence. */
    private static final Signal[] SAME_SENTENCE = {Signal.OPINION, Signal.OPINION_WEAK, Signal.PRAISE,
        Signal.PRAISE_STRONG, Signal.BLAME, Signal.BLAME_WEAK, Signal.INSULT, Signal.DISPARAGE};
    /** A suffix that makes a party name a label for something that is not the party. */
    private static final java.util.Set<String> LABEL_SUFFIXES = java.util.Set.of("style", "esque", "lite", "light",
            "like", "type", "loving", "worshipping", "inspired");

    private PartyComment() {
    }

    static boolean uncommented(DraftSignals s, PartyMention m) {
        return !label(s, m) && !evaluated(s, m);
    }

    private static boolean evaluated(DraftSignals s, PartyMention m) {
        int sentence = s.sentence(m.start());
        for (Signal signal : SAME_SENTENCE) {
            for (Hit h : s.hits(signal)) {
                int at = s.sentence(h.start());
                if (at == sentence || signal == Signal.OPINION && at == sentence + 1) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the party's name is a label for something else: "Tory-style", "Labour-lite". */
    static boolean label(DraftSignals s, PartyMention m) {
        int to = labelEnd(s, m);
        return to > m.end() && LABEL_SUFFIXES.contains(
                s.text().text().substring(m.end() + 1, to).toLowerCase(java.util.Locale.ROOT));
    }

    /** The end of the hyphenated word after the party's name, or the name's end when none follows. */
    static int labelEnd(DraftSignals s, PartyMention m) {
        String t = s.text().text();
        if (m.end() >= t.length() || t.charAt(m.end()) != '-') {
            return m.end();
        }
        int to = m.end() + 1;
        while (to < t.length() && Character.isLetter(t.charAt(to))) {
            to++;
        }
        return to;
    }
}
