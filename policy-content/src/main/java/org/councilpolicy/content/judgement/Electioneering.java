package org.councilpolicy.content.judgement;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Electioneering in a council's own voice, judged from composition for the pre-election period: going to the polls
 * beside praise, blame or a stance ("promise kept... remember that when you vote"), or the political sides of the
 * council named as actors ("the administration", "our opponents", "the ruling group"). Election administration
 * (polling stations, postal votes, the count) has no praise, blame or side and is not electioneering.
 */
public final class Electioneering {

    /** What can stand beside going to the polls and make it a call on how to vote. */
    private static final Element[] EVALUATIVE = {Element.ENDORSE, Element.BLAME, Element.STANCE, Element.STANCE_FOR,
        Element.VOTE_STANCE, Element.IRONY, Element.MOCK};
    /** Words of a {@link Element#COUNCILLOR} part that name a political side of the council, not one member. */
    private static final Set<String> SIDES = Set.of("administration", "ruling", "opponents", "opponent",
            "opposition", "lot", "group", "independents", "tories", "greens", "dems");

    /**
     * What the judgement found.
     *
     * @param at   the election or the political side
     * @param with the praise, blame or stance beside it, or {@code null}
     * @param what a short description for the finding
     */
    public record Found(Part at, Part with, String what) {
    }

    private Electioneering() {
    }

    /**
     * The first electioneering in a composition.
     *
     * @param c the draft's composition
     * @return what was found, or empty
     */
    public static Optional<Found> in(Composition c) {
        for (Part poll : c.parts(Element.ELECTION)) {
            for (Element e : EVALUATIVE) {
                for (Part p : c.parts(e)) {
                    if (!p.overlaps(poll) && !c.negated(p, 2)) {
                        return Optional.of(new Found(poll, p, "the election beside " + (e == Element.ENDORSE
                                ? "praise" : e == Element.BLAME ? "blame" : "a stance") + " (\"" + c.words(p) + "\")"));
                    }
                }
            }
        }
        for (Part who : c.parts(Element.COUNCILLOR)) {
            for (String w : Composition.wordsOf(c.words(who).toLowerCase(Locale.ROOT))) {
                if (SIDES.contains(w)) {
                    return Optional.of(new Found(who, null, "a political side of the council (\"" + c.words(who)
                            + "\")"));
                }
            }
        }
        // the council praising its own record or decisions ("the council's bold decision", "we delivered")
        for (Part praise : c.parts(Element.ENDORSE)) {
            if (!c.negated(praise, 2) && (c.firstPerson(praise.sentence()) || c.normalised().text()
                    .substring(Math.max(0, praise.start() - 40), praise.start()).contains("council"))) {
                return Optional.of(new Found(praise, null, "praise of the council's own record (\"" + c.words(praise)
                        + "\")"));
            }
        }
        return Optional.empty();
    }
}
