package org.councilpolicy.content.offence;

import java.util.Arrays;
import java.util.Set;
import org.councilpolicy.content.offence.OffenceLexicons.Tagged;
import org.councilpolicy.content.offence.OffenceLexicons.ThreatPart;
import org.councilpolicy.content.offence.WordView.WordMatch;

/**
 * Who a harm falls on when it is said to happen rather than done, split from {@link ThreatComposer}: nobody in
 * particular ("someone will get hurt") is a warning about a hazard, and the speaker themselves ("if they close the
 * library I'll die of boredom", "I'd end up in hospital") is a complaint or a joke; neither is a threat. Each check
 * looks a bounded number of words back.
 */
final class ThreatSubjects {

    /** Harms that happen to someone rather than being done by someone: a threat only when wished or said to "you". */
    static final Set<String> INTRANSITIVE = Set.copyOf(Arrays.asList("die", "dies", "died", "dead", "rot",
            "rots", "rot in hell", "get cancer", "gets cancer", "drown", "drowned", "choke", "choked", "falls down the stairs",
            "fall down the stairs", "car crash", "burns down", "burn down", "hanging", "swinging", "hurt", "hurting",
            "get hurt", "gets hurt", "getting hurt", "flood", "floods", "flooded"));
    static final Set<String> PASSIVE = Set.of("get", "gets", "got", "getting", "be", "been", "being");
    /** Subjects that are nobody in particular: "someone will get hurt" warns; it threatens no one. */
    private static final Set<String> NOBODY = Set.of("someone", "somebody", "someone's", "somebody's", "anyone",
            "people", "kids", "children", "pedestrians", "cyclists", "residents", "child");
    private static final int NOBODY_REACH = 4;
    /** Words that may stand between the speaker and what happens to them: "I will probably just die". */
    private static final Set<String> AUXILIARIES = Set.of("will", "would", "might", "could", "shall", "gonna",
            "going", "to", "just", "probably", "literally", "actually", "honestly", "definitely", "be", "end",
            "up", "have", "had", "need", "needs", "an", "a");
    /** The speaker as the subject of what happens: "I'll", "I'd", "we'll", "I". */
    private static final Set<String> SPEAKER = Set.of("i", "i'll", "ill", "i'd", "id", "we", "we'll", "we'd",
            "i'm", "im", "we're", "me");

    /** A person between a nobody-subject and the outcome is who it happens to. */
    private static final Set<String> OBJECTS = Set.of("you", "him", "her", "them", "yous", "youse", "ya");
    /** Harms nobody does to another: "I'll die of boredom" is the speaker's own; "I will hurt someone" is not. */
    private static final Set<String> UNDERGONE = Set.of("die", "dies", "died", "dead", "rot", "rots", "drown",
            "drowned", "choke", "choked");

    private ThreatSubjects() {
    }

    /** A passive or intransitive harm whose subject, a few words before it, is nobody in particular. */
    static boolean unspecifiedVictim(RepairedWords rw, WordMatch<Tagged> p) {
        boolean passive = p.from() > 0 && PASSIVE.contains(rw.words[p.from() - 1]);
        if (!passive && p.payload().payload() != ThreatPart.OUTCOME
                && !INTRANSITIVE.contains(String.join(" ", Arrays.copyOfRange(rw.words, p.from(), p.to())))) {
            return false;
        }
        for (int i = p.from(); i < p.to(); i++) {
            if (OBJECTS.contains(rw.words[i])) {
                return false; // "someone will be carrying you out": the phrase names who it happens to
            }
        }
        int sent = rw.sentence(p.from());
        for (int i = p.from() - 1; i >= Math.max(0, p.from() - NOBODY_REACH) && rw.sentence(i) == sent; i--) {
            if (OBJECTS.contains(rw.words[i])) {
                return false; // "someone will be carrying you out on a stretcher": the outcome is the object's
            }
            if (NOBODY.contains(rw.words[i])) {
                return true;
            }
        }
        return false;
    }

    /**
     * A harm that happens (one of {@link #UNDERGONE}, or a predicted outcome such as "end up in hospital") with the
     * speaker as its subject, only auxiliaries between: "I'll die of boredom", "we'd all end up in A&E". A harm the
     * speaker does ("I'll hurt him") is not one of these.
     */
    static boolean speakersOwn(RepairedWords rw, WordMatch<Tagged> p) {
        boolean happens = p.payload().payload() == ThreatPart.OUTCOME
                || UNDERGONE.contains(String.join(" ", Arrays.copyOfRange(rw.words, p.from(), p.to())));
        if (!happens) {
            return false;
        }
        int clause = rw.clause(p.from());
        for (int i = p.from() - 1; i >= Math.max(0, p.from() - 5) && rw.clause(i) == clause; i--) {
            String w = rw.words[i];
            if (SPEAKER.contains(w)) {
                return true;
            }
            if (!AUXILIARIES.contains(w) && !w.equals("all")) {
                return false;
            }
        }
        return false;
    }
}
