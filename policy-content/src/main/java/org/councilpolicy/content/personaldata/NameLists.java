package org.councilpolicy.content.personaldata;

import java.util.List;
import java.util.Set;

/**
 * Two more sentence shapes that put a name in a person's place (issue 11: names in natural sentences), read by
 * {@link NameFinder} with {@link PersonFrame}: a name that is the next item of a list whose item before it is a
 * person's name, or that opens a list after a colon with a person cue before it ("Thanks to our litter pickers:
 * …, …, and …"); and a name that things found or handed in carry ("a bank card for …", "a gym fob for …", "post
 * addressed to …"). Each looks at a few words before the candidate, so the finder stays linear.
 */
final class NameLists {

    private NameLists() {
    }

    /** How many words before a list's colon a person cue may end ("Thanks to this month's litter pickers: …"). */
    private static final int CUE_BEFORE_COLON = 8;

    /** Whether the candidate starting at word {@code first} is a list item after a person or a person cue. */
    static boolean listed(PeopleText t, int first, List<PeopleMention> found) {
        return listed(t, first, found, true) && !NameShapes.publicMatter(t, first, first);
    }

    private static boolean listed(PeopleText t, int first, List<PeopleMention> found, boolean again) {
        if (first < 1) {
            return false;
        }
        int p = first - 1;
        String gap = t.gapAfter(p).strip();
        if (t.word(p).equals("and") && !t.capitalised(p) && gap.isEmpty() && p >= 1) {
            p--; // "…, and Les Hartley": the separator is before "and"
            gap = t.gapAfter(p).strip();
            if (gap.isEmpty() && again && t.capitalised(p) && t.has(p, PeopleTerms.FIRST)) {
                // "…, Grace and Neil Boddington": a first name before "and" is the list's item before this one
                return listed(t, p, found, false);
            }
            if (!gap.isEmpty() && !gap.equals(",")) {
                return false;
            }
        } else if (!gap.equals(",") && !gap.equals(":")) {
            return false;
        }
        if (t.gapAfter(p).indexOf('\n') >= 0 && !gap.equals(":")) {
            return false;
        }
        if (gap.equals(":")) {
            return cueBeforeColon(t, p);
        }
        if (found.isEmpty()) {
            return false;
        }
        PeopleMention last = found.get(found.size() - 1);
        return last.kind() == org.councilpolicy.core.rule.PersonalDataKind.PERSON_NAME && last.sure()
                && last.span().end() >= t.start(p) && last.span().end() <= t.end(p)
                && t.sentence(p) == t.sentence(first);
    }

    /** A person cue ending within a few words before the colon after word {@code colon}, no full stop between. */
    private static boolean cueBeforeColon(PeopleText t, int colon) {
        for (int k = colon; k >= 0 && k > colon - CUE_BEFORE_COLON; k--) {
            if (t.cueEndsAt(k, PeopleTerms.Cue.PERSON_BEFORE)) {
                return true;
            }
            String between = k > 0 ? t.gapAfter(k - 1) : "";
            if (between.indexOf('\n') >= 0 || between.indexOf('.') >= 0 || between.indexOf('!') >= 0
                    || between.indexOf('?') >= 0 || between.indexOf(';') >= 0 || between.indexOf(':') >= 0) {
                return false; // another sentence or clause before the list
            }
        }
        return false;
    }

    /** Things found, handed in or delivered that carry their owner's name. */
    private static final Set<String> NAMED_THINGS = Set.of("card", "cards", "fob", "keys", "key", "wallet", "purse",
            "bag", "handbag", "parcel", "parcels", "package", "letter", "letters", "post", "prescription",
            "medication", "pass", "badge", "lanyard", "passport", "licence", "certificate", "envelope", "mail",
            "tag", "id", "phone", "glasses", "bracelet", "ring", "medal");
    /** How many words before "for" a thing's noun may stand ("a bank card for …", "a red lanyard and fob for …"). */
    private static final int THING_BEFORE_FOR = 3;

    /**
     * "a bank card for …", "a gym fob for …", "a parcel addressed to …", "a bus pass in the name of …": the
     * name a found or delivered thing carries is its owner's.
     */
    static boolean ownerOfThing(PeopleText t, int first) {
        int p = first - 1;
        if (p < 1 || !t.spaceOnlyAfter(p)) {
            return false;
        }
        String w = t.word(p);
        if (w.equals("of") && p >= 2 && t.word(p - 1).equals("name") && t.word(p - 2).equals("the")) {
            return true; // "in the name of …"
        }
        if (w.equals("to") && t.word(p - 1).equals("addressed")) {
            return true;
        }
        if (!w.equals("for")) {
            return false;
        }
        int sent = t.sentence(first);
        for (int k = p - 1; k >= 0 && k >= p - THING_BEFORE_FOR && t.sentence(k) == sent; k--) {
            if (NAMED_THINGS.contains(t.word(k)) && !t.capitalised(k)) {
                return true;
            }
            if (!t.spaceOnlyAfter(k)) {
                return false;
            }
        }
        return false;
    }
}
