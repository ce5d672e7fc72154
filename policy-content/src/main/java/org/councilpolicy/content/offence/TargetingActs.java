package org.councilpolicy.content.offence;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.councilpolicy.content.offence.OffenceLexicons.Tagged;
import org.councilpolicy.content.offence.OffenceLexicons.TargetKind;
import org.councilpolicy.content.offence.OffenceLexicons.WordKey;
import org.councilpolicy.content.offence.Targeting.Cue;
import org.councilpolicy.content.offence.Targeting.Found;
import org.councilpolicy.content.offence.WordView.WordMatch;

/**
 * Harassment acts composed over {@link Targeting}'s cues (issue 12, round 11), each a decision on a class rather than
 * a wording: a block defied (a new account after being blocked), contact counted past any chasing (20 or more
 * messages, comments, days), following a person home, photographing a person (not a thing of theirs), telling a
 * person's family or private circle about them, the speaker present at a person's home, and a person picked out by
 * their looks with a flirting emoji. Each needs one person in the comment, as {@link Targeting} decides; a resident
 * chasing their case by the civic means (emails, calls, letters) is never counted. Linear: every cue looks a bounded
 * number of words around it, and the person words are worked out once.
 */
final class TargetingActs {

    /** Contact to one person past any civic chasing: this many messages, comments or days. */
    private static final int COUNTED = 20;
    /** How many words the person followed, photographed or told about may take ("the new planning officer"). */
    private static final int REACH = 4;
    /** How far after telling its circle may stand: "sent the whole email chain to Cllr Morrow's wife". */
    private static final int TELL_REACH = 7;
    /** How many words of a route may stand between the person followed and where they went. */
    private static final int ROUTE_REACH = 4;
    /** How far before an owned home the speaker's presence may be told ("going live tonight outside his house"). */
    private static final int PRESENCE_REACH = 8;
    /** Owners that make a home someone else's; the speaker's own and the council's are not. */
    private static final Set<String> OWNERS = Set.of("his", "her", "their");
    /** Relatives and a private circle told about a person; their manager or the council is an ordinary complaint. */
    private static final Set<String> CIRCLE = Set.of("church", "vicar", "priest", "imam", "rabbi", "mosque",
            "neighbours", "friends", "gym", "club", "team");
    /** Emoji of flirting: kiss, heart eyes, wink, smirk, drooling, hot face, lips, tongue out, licking lips. */
    private static final Set<Integer> FLIRTING = Set.of(0x1F618, 0x1F60D, 0x1F609, 0x1F60F, 0x1F924, 0x1F975,
            0x1F48B, 0x1F61C, 0x1F445);

    private TargetingActs() {
    }

    /**
     * "The little blonde on the council tax desk ... 😉": a person picked out by looks (the cue is the person), with a
     * kiss or a wink in the text (the word view drops emoji, so the text is read, once).
     */
    static void looks(RepairedWords rw, Targeting.Index ix, Targeting.Reported done) {
        if (!ix.list(Cue.LOOKER).isEmpty() && rw.wv.normalised.original().codePoints().anyMatch(FLIRTING::contains)) {
            done.report(ix.list(Cue.LOOKER).get(0), "harassment: a sexualised remark about a person");
        }
    }

    /**
     * Reports the acts found (the comment has one person); returns the person words when a channel or an act needed
     * them, else null.
     */
    static boolean[] acts(RepairedWords rw, Targeting.Index ix, List<WordMatch<Tagged>> all, Targeting.Reported done) {
        if (!ix.list(Cue.BLOCK).isEmpty()) { // "you blocked me so I made another account": the block defied
            for (Found f : ix.list(Cue.EVADE)) {
                done.report(f, "harassment: persistent targeting of a person (a block defied)");
            }
        }
        for (Found f : ix.list(Cue.UNIT)) { // "112 messages", "that's 200 comments about her"
            if (counted(rw, f.from() - 1) && !ix.chase(rw.sentence(f.from()))) {
                done.report(new Found(f.from() - 1, f.to(), f.cue()), "harassment: persistent targeting of a person");
            }
        }
        for (Found f : ix.list(Cue.DAY)) { // "Day 43 of asking Cllr Moss"
            if (f.to() + 1 < rw.size() && counted(rw, f.to()) && rw.words[f.to() + 1].equals("of")
                    && !ix.chase(rw.sentence(f.from()))) {
                done.report(new Found(f.from(), f.to() + 2, f.cue()), "harassment: persistent targeting of a person");
            }
        }
        for (Found f : ix.list(Cue.TIMES)) { // "messaged Cllr Greenhalgh 112 times"
            if (counted(rw, f.from() - 1) && ix.inSentence(Cue.CONTACT, f) && !ix.chase(rw.sentence(f.from()))) {
                done.report(new Found(f.from() - 1, f.to(), f.cue()), "harassment: persistent targeting of a person");
            }
        }
        boolean needed = !ix.list(Cue.FOLLOW).isEmpty() || !ix.list(Cue.SNAP).isEmpty() || !ix.list(Cue.TELL).isEmpty()
                || !ix.list(Cue.CHANNEL).isEmpty() || !ix.list(Cue.SOCIAL).isEmpty();
        boolean[] persons = needed ? personWords(rw, all) : null;
        for (Found f : ix.list(Cue.FOLLOW)) {
            int home = followedHome(rw, ix, persons, f);
            if (home > 0) {
                done.report(new Found(f.from(), home, f.cue()), "harassment: following a person home");
            }
        }
        for (Found f : ix.list(Cue.SNAP)) { // "took a photo of the receptionist", not "of the warden's van"
            if (personAfter(rw, persons, f, false)) {
                done.report(f, "harassment: photographing a person");
            }
        }
        for (Found f : ix.list(Cue.TELL)) { // "written to Cllr Morrow's wife and his vicar"
            if (personAfter(rw, persons, f, true)) {
                done.report(f, "harassment: a person's family or private circle told about them");
            }
        }
        for (Found f : ix.list(Cue.PRESENT)) { // "going live outside Cllr Bates's house tonight"
            if (ownedHomeAfter(rw, ix, f)) {
                done.report(f, "harassment: the speaker at a person's home");
            }
        }
        return persons;
    }

    /**
     * Whether the round-11 cues can make an act here, answered from the cues alone (no person finding): their
     * words are common ("home", "day", "sent", "i was"), and without their partner they make nothing.
     */
    static boolean promising(RepairedWords rw, java.util.Map<Cue, List<Found>> cues) {
        List<Found> none = List.of();
        if (cues.containsKey(Cue.SNAP) || cues.containsKey(Cue.EVADE) && cues.containsKey(Cue.BLOCK)
                || cues.containsKey(Cue.PRESENT) && cues.containsKey(Cue.HOME)
                || cues.containsKey(Cue.FOLLOW) && cues.containsKey(Cue.HOME_END)) {
            return true;
        }
        for (Found f : cues.getOrDefault(Cue.UNIT, none)) {
            if (counted(rw, f.from() - 1)) {
                return true;
            }
        }
        for (Found f : cues.getOrDefault(Cue.TIMES, none)) {
            if (counted(rw, f.from() - 1) && cues.containsKey(Cue.CONTACT)) {
                return true;
            }
        }
        for (Found f : cues.getOrDefault(Cue.DAY, none)) {
            if (counted(rw, f.to())) {
                return true;
            }
        }
        for (Found f : cues.getOrDefault(Cue.TELL, none)) {
            if (personAfter(rw, null, f, true)) {
                return true;
            }
        }
        return cues.containsKey(Cue.LOOKER) && rw.wv.normalised.original().codePoints().anyMatch(FLIRTING::contains);
    }

    /** Contact counted past any civic chasing: a number of {@value #COUNTED} or more, or hundreds. */
    private static boolean counted(RepairedWords rw, int at) {
        if (at < 0 || at >= rw.size()) {
            return false;
        }
        String w = rw.words[at];
        if (w.equals("hundreds") || w.equals("hundred") || w.equals("thousands") || w.equals("thousand")) {
            return true;
        }
        if (w.isEmpty() || w.length() > 6 || !w.chars().allMatch(Character::isDigit)) {
            return false;
        }
        return Integer.parseInt(w) >= COUNTED;
    }

    /**
     * "Followed the planning officer home", "followed her back to her car": a person (a target word or a pronoun)
     * within a few words after the verb and where they went right after them. The end of the span, or -1.
     */
    private static int followedHome(RepairedWords rw, Targeting.Index ix, boolean[] persons, Found f) {
        int sent = rw.sentence(f.from());
        boolean person = false;
        // the person within REACH words of the verb; where they went may follow a route ("from the depot to her house")
        for (int k = f.to(); k < Math.min(rw.size(), f.to() + REACH + 1 + ROUTE_REACH) && rw.sentence(k) == sent; k++) {
            if (person && ix.startsAt(Cue.HOME_END, k)) {
                return k + 1;
            }
            // an owner is not the person followed: "following the planning officer's advice to her house extension"
            person |= persons[k] && k <= f.to() + REACH && !rw.words[k].endsWith("'s");
            if (rw.words[k].endsWith("'s") && !(k + 1 < rw.size() && KinFacts.KIN.contains(rw.words[k + 1]))) {
                return -1; // the person's thing, not their wife or kids, is what comes next
            }
        }
        return -1;
    }

    /**
     * One person within a few words after the cue and not owning the next word ("the receptionist", not "the warden's
     * van"); with {@code circle}, an owned relative or private circle instead ("Cllr Morrow's wife", "his vicar").
     */
    private static boolean personAfter(RepairedWords rw, boolean[] persons, Found f, boolean circle) {
        int sent = rw.sentence(f.from());
        int reach = circle ? TELL_REACH : REACH;
        for (int k = f.to(); k < Math.min(rw.size(), f.to() + reach) && rw.sentence(k) == sent; k++) {
            String w = rw.words[k];
            if (circle) {
                boolean owned = k > 0 && (OWNERS.contains(rw.words[k - 1]) || rw.words[k - 1].endsWith("'s")
                        && !rw.words[k - 1].equals("council's"));
                if (owned && (KinFacts.KIN.contains(w) || CIRCLE.contains(w))) {
                    return true;
                }
            } else if (persons[k] && !w.endsWith("'s") && !OWNERS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** How far after the verb the relative may stand: "tag Cllr Rees's daughter". */
    private static final int RELATIVE_REACH = 4;

    /** An owned relative as the verb's object, a few words after it: "message the leader's wife", "film his kids". */
    static boolean relativeObject(RepairedWords rw, Found f) {
        int sent = rw.sentence(f.from());
        for (int k = Math.max(1, f.to()); k < Math.min(rw.size(), f.to() + RELATIVE_REACH) && rw.sentence(k) == sent; k++) {
            // one person's relative: "his", "her" or a name's; "their kids" are the crowd's own
            String owner = rw.words[k - 1];
            boolean owned = owner.equals("his") || owner.equals("her") || owner.endsWith("'s") && !owner.equals("council's");
            if (owned && KinFacts.KIN.contains(rw.words[k])) {
                return true;
            }
        }
        return false;
    }

    /** A home owned by someone else ("his house", "Cllr Bates's house") a few words after the speaker's presence. */
    private static boolean ownedHomeAfter(RepairedWords rw, Targeting.Index ix, Found f) {
        int sent = rw.sentence(f.from());
        for (int k = f.to() + 1; k < Math.min(rw.size(), f.to() + PRESENCE_REACH) && rw.sentence(k) == sent; k++) {
            String owner = rw.words[k - 1];
            if (ix.startsAt(Cue.HOME, k) && (OWNERS.contains(owner) || owner.endsWith("'s")
                    && !owner.equals("council's"))) {
                return true;
            }
        }
        return false;
    }

    /** The words that name one person: a person's target word (not a place or a thing) or a pronoun. One pass. */
    static boolean[] personWords(RepairedWords rw, List<WordMatch<Tagged>> all) {
        boolean[] at = new boolean[rw.size()];
        for (int i = 0; i < rw.size(); i++) {
            at[i] = Targeting.onePerson(rw.words[i]);
        }
        for (WordMatch<Tagged> t : all) {
            if (t.payload().key() == WordKey.TARGET && t.payload().payload() != TargetKind.PLACE
                    && t.payload().payload() != TargetKind.PROPERTY) {
                Arrays.fill(at, t.from(), t.to(), true);
            }
        }
        return at;
    }
}
