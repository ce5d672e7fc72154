package org.councilpolicy.content.personaldata;

import static org.councilpolicy.content.personaldata.PeopleTerms.ADULT_ROLE;

import java.util.Set;

/**
 * Issue 11, round 10: the class decision "a name in a child frame is a CHILD, not a PERSON_NAME". Read by
 * {@link ChildGroups} on each name the name finder found, so one finder names people and this decides the kind:
 * a name after "the young person" ("The young person, Tyler Marsden, …"), a name with a lower-case year group or
 * class after it ("… in year 9 at …"), a name whose first day, week or term at school or nursery follows ("Freya
 * enjoys her first term at …"), and, in a short text, a first name alone beside a year group, Reception class or
 * nursery in the same or the next sentence ("Please tell Mia … Hope Year 1 is going well"). An adult's role beside
 * the name keeps it an adult's. Each test reads a bounded window, so the pass stays linear.
 */
final class ChildFrames {

    private ChildFrames() {
    }

    /** How many words after the name the frame may reach within its sentence. */
    private static final int REACH = 10;
    /** How many words before the name "young person" may end. */
    private static final int BEFORE = 4;

    /** Words for the start of school life after "her/his/their first": "her first term at …". */
    private static final Set<String> FIRST_PERIOD = Set.of("day", "days", "week", "weeks", "term", "year");
    private static final Set<String> YOUNG = Set.of("person", "people", "persons", "carer", "carers", "man", "woman");
    private static final Set<String> THEIR = Set.of("her", "his", "their");
    /** Words for a child's setting that stand for school life on their own, written in lower case or capitalised. */
    private static final Set<String> SETTINGS = Set.of("nursery", "preschool", "pre-school", "playgroup", "creche",
            "reception");

    /** Whether the name [first, last] the name finder found stands in a child frame, so it is a child's. */
    static boolean holds(PeopleText t, int first, int last) {
        return !adultNear(t, first, last) && (youngPersonBefore(t, first) || yearGroupAfter(t, last)
                || firstPeriodAfter(t, last) || ChildWords.before(t, first) || ChildWords.after(t, last)
                || first == last && settingNearby(t, first))
                || last > first && t.word(first).equals("baby") && t.capitalised(first); // "Baby Theo arrived"
    }

    /**
     * Whether the frame around a candidate is enough to find it as a name at all: the frames within its sentence,
     * or a year group near a first name that is no word and does not open its sentence ("Please tell Mia …").
     */
    static boolean findsName(PeopleText t, int first, int last) {
        return !adultNear(t, first, last) && (youngPersonBefore(t, first) || yearGroupAfter(t, last)
                || firstPeriodAfter(t, last) || ChildWords.before(t, first) || ChildWords.after(t, last)
                || first == last && inSentence(t, first)
                && !t.has(first, PeopleTerms.AMBIGUOUS) && settingNearby(t, first));
    }

    /** Whether word {@code i} stands inside its sentence, not opening it ("Say hello to …" is no name). */
    private static boolean inSentence(PeopleText t, int i) {
        return i > 0 && t.sentence(i - 1) == t.sentence(i) && t.gapAfter(i - 1).strip().isEmpty();
    }

    private static boolean adultNear(PeopleText t, int first, int last) {
        for (int k = Math.max(0, first - 3); k <= Math.min(t.n - 1, last + 3); k++) {
            if ((k < first || k > last) && t.has(k, ADULT_ROLE) && t.sentence(k) == t.sentence(first)) {
                return true;
            }
        }
        return false;
    }

    /** "the young person, Tyler Marsden", "young carer Amira". */
    private static boolean youngPersonBefore(PeopleText t, int first) {
        for (int k = first - 1; k >= 1 && k >= first - BEFORE && t.sentence(k) == t.sentence(first); k--) {
            if (YOUNG.contains(t.word(k)) && t.word(k - 1).equals("young")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Harvey Lister in year 9", "Ava in class 3", "our Kayden is in year 4": a year group or class number after "in"
     * right after the name, or a year group after "is" or "was" (the name's own predicate).
     */
    private static boolean yearGroupAfter(PeopleText t, int last) {
        int k = last + 1;
        boolean predicate = k + 1 < t.n && (t.word(k).equals("is") || t.word(k).equals("was"))
                && t.spaceOnlyAfter(last) && t.spaceOnlyAfter(k);
        if (predicate) {
            k++;
        }
        if (k + 2 >= t.n || !t.word(k).equals("in") || t.sentence(k + 2) != t.sentence(last)) {
            return false;
        }
        String w = t.word(k + 1);
        int v = t.smallNumber(k + 2);
        // after "is" only a year group: an adult "is in class 2" of an evening course
        return (w.equals("year") && v >= 1 && v <= 13 || !predicate && w.equals("class") && v >= 1 && v <= 9)
                && t.spaceOnlyAfter(k + 1);
    }

    /** "Freya enjoys her first term at …", "Kai loved his first week at nursery". */
    private static boolean firstPeriodAfter(PeopleText t, int last) {
        int sent = t.sentence(last);
        for (int k = last + 1; k + 2 < t.n && k <= last + REACH && t.sentence(k + 2) == sent; k++) {
            if (THEIR.contains(t.word(k)) && t.word(k + 1).equals("first") && FIRST_PERIOD.contains(t.word(k + 2))) {
                return schoolAhead(t, k + 3, sent);
            }
        }
        return false;
    }

    /** A school or nursery word within a few words from {@code from}, same sentence. */
    private static boolean schoolAhead(PeopleText t, int from, int sent) {
        for (int k = from; k < t.n && k <= from + 6 && t.sentence(k) == sent; k++) {
            if (t.has(k, PeopleTerms.SCHOOL) || SETTINGS.contains(t.word(k))) {
                return true;
            }
        }
        return false;
    }

    /** Longest text, in words, in which a first name alone is read with a year group in the next sentence. */
    private static final int SHORT_TEXT = 60;

    /**
     * "Please tell Mia we loved her drawing. Hope Year 1 is going well": in a short text, a capitalised year group
     * ("Year 1"), Reception class or nursery in the name's sentence or the next one.
     */
    private static boolean settingNearby(PeopleText t, int i) {
        if (t.n > SHORT_TEXT) {
            return false;
        }
        int sent = t.sentence(i);
        for (int k = 0; k < t.n; k++) {
            int s = t.sentence(k);
            if (s < sent || s > sent + 1 || t.has(k, ADULT_ROLE) && Math.abs(k - i) <= 3) {
                continue;
            }
            String w = t.word(k);
            if (w.equals("year") && t.capitalised(k) && k + 1 < t.n && t.smallNumber(k + 1) >= 1
                    && t.smallNumber(k + 1) <= 13 || w.equals("reception") && t.capitalised(k)
                    || w.equals("nursery") || w.equals("playgroup") || w.equals("preschool") || w.equals("pre-school")) {
                return true;
            }
        }
        return false;
    }
}
