package org.councilpolicy.content.offence;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.councilpolicy.content.offence.OffenceLexicons.Tagged;
import org.councilpolicy.content.offence.OffenceLexicons.TargetKind;
import org.councilpolicy.content.offence.OffenceLexicons.ThreatPart;
import org.councilpolicy.content.offence.OffenceLexicons.WordKey;
import org.councilpolicy.content.offence.WordView.WordMatch;

/**
 * Harm phrases built from their parts rather than listed whole, before {@link ThreatComposer} frames and aims them:
 * an injury beside somebody's body part ("his legs broken", "kick her head in", "get their head caved in") is a harm
 * act, and a thing somebody owns ("Cllr Reeve's windscreen", "your tyres") is a target only when owned
 * ("the tyres" is not). The body parts, injuries and property words are classes in {@code threat-predicates.tsv}
 * and {@code threat-targets.tsv}. Linear: each injury looks a bounded number of words around it.
 */
final class HarmCompositions {

    /** Possessives that follow the thing owned: "that car of his". */
    private static final Set<String> POSTPOSED = Set.of("his", "hers", "theirs", "yours");
    /** Owners before a body part or a thing: the person harmed. The speaker's own ("my", "our") never is. */
    private static final Set<String> OWNERS = Set.of("his", "her", "your", "their", "ya", "yer", "yur", "them");
    /** Subject pronouns and the possessive that names their own body: "you'll break your neck" is an accident. */
    private static final Map<String, String> OWN_BODY = Map.ofEntries(Map.entry("you", "your"),
            Map.entry("you'll", "your"), Map.entry("youll", "your"), Map.entry("he", "his"), Map.entry("he'll", "his"),
            Map.entry("she", "her"), Map.entry("she'll", "her"), Map.entry("they", "their"),
            Map.entry("they'll", "their"), Map.entry("someone", "their"), Map.entry("somebody", "their"),
            Map.entry("someone's", "their"), Map.entry("people", "their"), Map.entry("kids", "their"),
            Map.entry("children", "their"), Map.entry("i", "my"), Map.entry("i'll", "my"));
    /** How far an injury may stand from its body part ("his head well and truly kicked in"). */
    private static final int INJURY_REACH = 3;
    private static final int SUBJECT_REACH = 4;
    /** How far "set" may stand before "on fire" ("set the whole council depot on fire"). */
    private static final int SET_REACH = 6;

    private HarmCompositions() {
    }

    /**
     * The matches with composed harms added (as {@link ThreatPart#BODILY_HARM}, spanning owner to injury) and property
     * targets kept only when owned (then as {@link TargetKind#FAMILY}). Never modifies {@code all}.
     */
    static List<WordMatch<Tagged>> compose(RepairedWords rw, List<WordMatch<Tagged>> all) {
        List<WordMatch<Tagged>> bodies = new ArrayList<>();
        boolean any = false;
        for (WordMatch<Tagged> m : all) {
            Object p = m.payload().payload();
            if (p == ThreatPart.BODY_PART) {
                bodies.add(m);
            }
            any |= p == ThreatPart.INJURY || p == TargetKind.PROPERTY || onFire(rw, m);
        }
        List<WordMatch<Tagged>> postposed = postposed(rw);
        if (!any && postposed.isEmpty()) {
            return all;
        }
        bodies.sort(java.util.Comparator.comparingInt(WordMatch::from));
        List<WordMatch<Tagged>> out = new ArrayList<>(all.size() + 4);
        for (WordMatch<Tagged> m : all) {
            Object p = m.payload().payload();
            if (p == TargetKind.PROPERTY) {
                int owner = owner(rw, m.from());
                if (owner >= 0) {
                    out.add(new WordMatch<>(owner, m.to(), new Tagged(WordKey.TARGET, TargetKind.FAMILY)));
                }
                continue;
            }
            if (onFire(rw, m)) {
                int set = setBefore(rw, m.from());
                if (set >= 0) { // "set the town hall on fire": arson, not the idiom "on fire"
                    out.add(new WordMatch<>(set, m.to(), new Tagged(WordKey.THREAT_PART, ThreatPart.HARM)));
                    continue;
                }
            }
            out.add(m);
            if (p == ThreatPart.INJURY) {
                WordMatch<Tagged> harm = injury(rw, bodies, m);
                if (harm != null) {
                    out.add(harm);
                }
            }
        }
        out.addAll(postposed);
        out.sort(java.util.Comparator.comparingInt(WordMatch::from));
        return out;
    }

    /** "That shiny Golf of his", "that van of hers": whatever stands before a postposed possessive is owned. */
    private static List<WordMatch<Tagged>> postposed(RepairedWords rw) {
        List<WordMatch<Tagged>> out = List.of();
        for (int i = 1; i + 1 < rw.size(); i++) {
            if (rw.words[i].equals("of") && POSTPOSED.contains(rw.words[i + 1])
                    && rw.sentence(i - 1) == rw.sentence(i + 1)) {
                out = out.isEmpty() ? new ArrayList<>() : out;
                out.add(new WordMatch<>(i - 1, i + 2, new Tagged(WordKey.TARGET, TargetKind.FAMILY)));
            }
        }
        return out;
    }

    private static boolean onFire(RepairedWords rw, WordMatch<Tagged> m) {
        return m.payload().payload() == ThreatPart.IDIOM && m.to() - m.from() == 2 && rw.words[m.from()].equals("on")
                && rw.words[m.from() + 1].equals("fire");
    }

    /** "set", "sets" or "setting" a few words before, in the same clause, or -1. */
    private static int setBefore(RepairedWords rw, int at) {
        for (int i = at - 1; i >= Math.max(0, at - SET_REACH) && rw.clause(i) == rw.clause(at); i--) {
            String w = rw.words[i];
            if (w.equals("set") || w.equals("sets") || w.equals("setting")) {
                return i;
            }
        }
        return -1;
    }

    /** The owner word right before a body part or thing ("his", "Cllr Reeve's"), or -1. */
    private static int owner(RepairedWords rw, int at) {
        for (int i = at - 1; i >= Math.max(0, at - 2) && rw.sentence(i) == rw.sentence(at); i--) {
            String w = rw.words[i];
            if (OWNERS.contains(w) || w.endsWith("'s") && w.length() > 2) {
                return i;
            }
        }
        return -1;
    }

    /** An injury beside an owned body part, as one harm act; null when none, or when it is the subject's own. */
    private static WordMatch<Tagged> injury(RepairedWords rw, List<WordMatch<Tagged>> bodies, WordMatch<Tagged> inj) {
        int clause = rw.clause(inj.from());
        // Bodies are sorted by start: find the first that may stand near, scan only the window (linear overall).
        int lo = 0;
        int hi = bodies.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (bodies.get(mid).from() < inj.from() - INJURY_REACH - 2) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        for (int k = lo; k < bodies.size() && bodies.get(k).from() <= inj.to() + INJURY_REACH; k++) {
            WordMatch<Tagged> b = bodies.get(k);
            if (rw.clause(b.from()) != clause || b.to() < inj.from() - INJURY_REACH
                    || b.from() > inj.to() + INJURY_REACH - 1 || b.from() < inj.to() && inj.from() < b.to()) {
                continue;
            }
            int owner = owner(rw, b.from());
            if (owner < 0) {
                continue;
            }
            boolean bodyFirst = b.from() < inj.from(); // "his legs broken": done to him
            if (!bodyFirst && ownBody(rw, inj.from(), rw.words[owner])) {
                continue; // "you'll break your neck on that ice", "someone will break their leg": an accident
            }
            int from = Math.min(owner, inj.from());
            int to = Math.max(b.to(), inj.to());
            return new WordMatch<>(from, to, new Tagged(WordKey.THREAT_PART, ThreatPart.BODILY_HARM));
        }
        return null;
    }

    private static boolean ownBody(RepairedWords rw, int verb, String possessive) {
        for (int i = verb - 1; i >= Math.max(0, verb - SUBJECT_REACH) && rw.clause(i) == rw.clause(verb); i--) {
            String own = OWN_BODY.get(rw.words[i]);
            if (own != null) {
                return own.equals(possessive);
            }
        }
        return false;
    }
}
