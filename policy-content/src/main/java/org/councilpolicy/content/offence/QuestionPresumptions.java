package org.councilpolicy.content.offence;

import java.util.List;
import java.util.Set;
import org.councilpolicy.content.offence.CounterSpeech.Cues;
import org.councilpolicy.content.offence.GroupReferences.Ref;
import org.councilpolicy.content.offence.OffenceLexicons.Predicate;

/**
 * A "why" question that presumes something derogatory of a group ("Why do Xs always cause trouble?", "Why are Xs so
 * selfish?", "Why do Xs expect the world to revolve around them?"): the question asks for the reason of what it takes
 * as true of the group, so it says it. The presumption is a negative word of the sentiment lexicon or a problem of conduct
 * ({@code [CONDUCT]}) or an entitlement ({@code [ENTITLEMENT]}) after the group, none of it a plight ({@code
 * [PLIGHT]}: "Why are Xs still facing discrimination?" asks on their side), no obligation laid on the group ("Why
 * should Xs have to fight for a ramp?") and no institution named (criticism, MD-1). Runs per question sentence
 * opened by "why" or "how come" (round 12: or "what is it with", {@code [WHAT_WITH]}), a bounded number of words.
 */
final class QuestionPresumptions {

    private static final Set<String> OPENERS = ImplicitDerogation.W.get("WHY_OPENERS");
    private static final Set<String> ENTITLEMENT = ImplicitDerogation.W.get("ENTITLEMENT");
    private static final Set<String> OBLIGED = ImplicitDerogation.W.get("OBLIGED");
    /** Problems a question presumes a group causes (not those it suffers, such as waiting lists). */
    private static final Set<String> CONDUCT = ImplicitDerogation.W.get("CONDUCT");
    /** Before an obligation, words that make it a complaint of the group's habit: "Why do Xs always have to ...?". */
    private static final Set<String> HABITS = ImplicitDerogation.W.get("HABITS");
    private static final Set<String> PLIGHT = HateComposer.FRAMES.get("PLIGHT");
    /** Openings that ask what a group has to do with something ({@code [WHAT_WITH]}, words joined by "_"). */
    private static final Set<String> WHAT_WITH = ImplicitDerogation.W.get("WHAT_WITH").stream()
            .map(w -> w.replace('_', ' ')).collect(java.util.stream.Collectors.toUnmodifiableSet());
    /** How far after the group the presumption may stand. */
    private static final int REACH = 10;

    private QuestionPresumptions() {
    }

    static void find(RepairedWords rw, List<Ref> refs, boolean[] negator, Cues cues, List<Offence> out) {
        for (Ref r : refs) {
            int s = rw.sentence(r.from());
            if (!rw.question(r.from()) || !opened(rw, r.from())) {
                continue;
            }
            int found = -1;
            for (int i = r.to(); i < Math.min(rw.size(), r.to() + REACH) && rw.sentence(i) == s; i++) {
                String w = rw.words[i];
                boolean habit = i > 0 && HABITS.contains(rw.words[i - 1]); // "always have to": a complaint
                if (PLIGHT.contains(w) || !habit && (OBLIGED.contains(w)
                        || i + 1 < rw.size() && OBLIGED.contains(w + "_" + rw.words[i + 1]))) {
                    found = -1;
                    break; // "Why are Xs still facing discrimination?", "Why should Xs have to fight ...?"
                }
                if (found < 0 && (ENTITLEMENT.contains(w) || CONDUCT.contains(w)
                        || ValenceAttributes.STANDARD.attribute(w))) {
                    found = i;
                }
            }
            if (found >= 0 && !RefWindows.institution(rw, found, s, s)) {
                ImplicitDerogation.report(rw, r, found, found + 1, Predicate.NEG, negator, cues, out);
                return;
            }
        }
    }

    /** Whether the sentence opens with "why" or "how come" within the four words before {@code at}. */
    private static boolean opened(RepairedWords rw, int at) {
        int start = at;
        while (start > 0 && rw.sentence(start - 1) == rw.sentence(at) && at - start < 4) {
            start--;
        }
        if (start > 0 && rw.sentence(start - 1) == rw.sentence(at)) {
            return false;
        }
        return OPENERS.contains(rw.words[start])
                || start + 1 < at && OPENERS.contains(rw.words[start] + "_" + rw.words[start + 1])
                || whatWith(rw, start, at);
    }

    /**
     * Round 12: "What is it with Xs and ...?", "What's with Xs and ...?", "What is it about Xs and ...?": the opening
     * words up to the group (or its article) ask what a group has to do with what follows, presuming the link.
     */
    private static boolean whatWith(RepairedWords rw, int start, int at) {
        int end = at > start && (rw.words[at - 1].equals("the") || rw.words[at - 1].equals("all")) ? at - 1 : at;
        StringBuilder sb = new StringBuilder();
        for (int i = start; i < end; i++) {
            sb.append(i > start ? " " : "").append(rw.words[i]);
        }
        return WHAT_WITH.contains(sb.toString().replace('\u2019', '\''));
    }
}
