package org.councilpolicy.content.judgement;

import java.util.Set;
import org.councilpolicy.content.draft.Draft;
import org.councilpolicy.content.incident.IncidentDetailKind;
import org.councilpolicy.core.rule.RuleContext;

/**
 * FR-1 judgement on a fire-incident draft, composed from elements, for the items the phrase and pattern checks of
 * {@link org.councilpolicy.content.incident.FireIncidentDetailRule} cannot see: the occupant identified by their
 * standing or an exact location; speculation about the cause or blame for it; casualty details before the next of
 * kin are told; and operational weaknesses (appliances or crews unavailable, equipment failing). Each needs words
 * of an incident in the draft, so safety advice ("candles can cause fires") passes.
 */
public final class IncidentJudgement {

    /** How far two elements of one judgement may be apart, in the same sentence. */
    static final int WINDOW = 70;

    private IncidentJudgement() {
    }

    /**
     * Reports what the composition finds, for the kinds wanted and not already reported.
     *
     * @param draft    the draft
     * @param ctx      the rule context to report to
     * @param kinds    the kinds the profile checks
     * @param reported the kinds already reported for this draft
     */
    public static void report(Draft draft, RuleContext ctx, Set<IncidentDetailKind> kinds,
            Set<IncidentDetailKind> reported) {
        Composition c = Composition.of(draft, ctx);
        if (wanted(IncidentDetailKind.CREWS_OFF_THE_RUN, kinds, reported)) {
            // a weakness of the service is sensitive with or without an incident
            Part weak = pair(c, Element.WEAKNESS, Element.RESOURCE);
            if (weak != null) {
                report(ctx, c, weak, IncidentDetailKind.CREWS_OFF_THE_RUN, "describes an operational weakness ("
                        + weak.label() + ")");
            }
        }
        // a casualty is an incident in itself: its details before the next of kin are told need no other word
        if (wanted(IncidentDetailKind.FATALITY_DETAILS, kinds, reported)
                && !reported.contains(IncidentDetailKind.CASUALTY_DETAILS)) {
            Part notTold = c.has(Element.CASUALTY) && c.has(Element.NOT_TOLD) ? c.parts(Element.NOT_TOLD).get(0) : null;
            Part who = notTold == null ? close(c, Element.CASUALTY, Element.IDENTIFIER) : null;
            if (notTold != null || who != null) {
                report(ctx, c, notTold != null ? notTold : who, IncidentDetailKind.FATALITY_DETAILS,
                        "gives casualty details before the next of kin are known to have been told");
            }
        }
        if (!c.has(Element.INCIDENT)) {
            return;
        }
        if (wanted(IncidentDetailKind.LINKED_TO_INDIVIDUAL_OR_LOCATION, kinds, reported)) {
            Part found = close(c, Element.OCCUPANT, Element.STANDING);
            if (found == null) {
                found = named(c);
            }
            if (found == null) {
                found = householder(c); // "the householder, in her 80s, lives alone"
            }
            Part place = c.parts(Element.EXACT_LOCATION).isEmpty() ? null : c.parts(Element.EXACT_LOCATION).get(0);
            if (found != null) {
                report(ctx, c, found, IncidentDetailKind.LINKED_TO_INDIVIDUAL_OR_LOCATION, "identifies the occupant by "
                        + "their standing or description");
            } else if (place != null) {
                report(ctx, c, place, IncidentDetailKind.LINKED_TO_INDIVIDUAL_OR_LOCATION, "gives an exact location "
                        + "that identifies the home");
            }
        }
        if (wanted(IncidentDetailKind.CAUSE_SPECULATION, kinds, reported)) {
            Part cause = speculation(c);
            if (cause != null) {
                report(ctx, c, cause, IncidentDetailKind.CAUSE_SPECULATION, "speculates on the cause or blames "
                        + "someone for it");
            }
        }
    }

    /**
     * An occupant word followed by a name: "landlord Sam Reed", "the owner, Jo Bloggs", "owned by the Parker family".
     */
    private static Part named(Composition c) {
        for (Part p : c.parts(Element.OCCUPANT)) {
            if (PersonCues.capitalisedNameAfter(c, p) || PersonCues.familyNameAfter(c, p)) {
                return p;
            }
        }
        return null;
    }

    private static boolean wanted(IncidentDetailKind kind, Set<IncidentDetailKind> kinds,
            Set<IncidentDetailKind> reported) {
        return kinds.contains(kind) && !reported.contains(kind);
    }

    /** The first part of {@code a} with a part of {@code b} near it in its sentence, not negated. */
    private static Part pair(Composition c, Element a, Element b) {
        for (Part p : c.parts(a)) {
            if (c.near(p, b, WINDOW) != null && !c.negated(p, 2)) {
                return p;
            }
        }
        return null;
    }

    /**
     * The first part of {@code a} with a part of {@code b} in its sentence or the next or last one ("A woman was
     * taken to hospital. She lives alone."), neither overlapping nor negated.
     */
    private static Part close(Composition c, Element a, Element b) {
        for (Part p : c.parts(a)) {
            Part q = c.within(p, b, WINDOW);
            if (q != null && !q.overlaps(p) && Math.abs(q.sentence() - p.sentence()) <= 1 && !c.negated(p, 2)) {
                return p;
            }
        }
        return null;
    }

    /** Occupant words that name a casualty or a person, not whose home it is ("the casualty, a pregnant woman"). */
    private static final Set<String> NOT_HOUSEHOLD = Set.of("the casualty", "the victim", "the deceased", "the man",
            "the woman", "a man", "a woman", "the couple", "the family", "a family", "family of");

    /** Whose home it is, with a detail that identifies them (an age, living alone, a relative). */
    private static Part householder(Composition c) {
        for (Part p : c.parts(Element.OCCUPANT)) {
            if (NOT_HOUSEHOLD.contains(c.words(p).toLowerCase(java.util.Locale.ROOT))) {
                continue;
            }
            Part q = c.within(p, Element.IDENTIFIER, WINDOW);
            if (q != null && !q.overlaps(p) && Math.abs(q.sentence() - p.sentence()) <= 1 && !c.negated(p, 2)) {
                return p;
            }
        }
        return null;
    }

    /** A cause with speculation in its sentence, or someone blamed; not when the cause is left open. */
    private static Part speculation(Composition c) {
        for (Part cause : c.parts(Element.CAUSE)) {
            if (c.sentenceHas(cause.sentence(), Element.CAUSE_OPEN)) {
                continue; // "the cause is under investigation", "believed to be accidental", safety advice
            }
            if (c.near(cause, Element.SPECULATE, WINDOW) != null || c.near(cause, Element.FIRE_BLAME, WINDOW) != null) {
                return cause;
            }
        }
        for (Part blame : c.parts(Element.FIRE_BLAME)) {
            if (c.sentenceHas(blame.sentence(), Element.CAUSE_OPEN) || c.negated(blame, 2)) {
                continue;
            }
            if (c.near(blame, Element.SPECULATE, WINDOW) != null) {
                return blame; // "we believe local youths are responsible"
            }
            Part whom = c.near(blame, Element.OCCUPANT, WINDOW);
            if (whom == null) {
                whom = c.before(blame, Element.OCCUPANT, WINDOW); // "The tenant was in bed. Careless."
            }
            if (whom != null) {
                return blame;
            }
        }
        return null;
    }

    private static void report(RuleContext ctx, Composition c, Part p, IncidentDetailKind kind, String what) {
        ctx.report(ctx.finding()
                .kind(kind)
                .span(c.span(p, null))
                .excerpt("\"" + p.label() + "\"")
                .message("Incident detail not for open social media: the draft " + what + " (" + p.element().name()
                        .toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ": " + p.label() + ").")
                .suggestion("Say what happened and what people should do, without who lives there, what caused "
                        + "it before the investigation says, casualty details, or how stretched resources were."));
    }
}
