package org.councilpolicy.content.personaldata;

import java.util.Set;

/**
 * More child frames for {@link ChildFrames} (issue 11, round 10: a name in a child frame is a CHILD): a word for a
 * child or teenager shortly before the name ("Teenager Kai …", "a 10-year-old called Ruby …", "Year 10 student
 * Alys …", "little Alfie", "the under-11s, especially Callum …"; not a word for a group adults lead, such as scouts), and after it a class code ("Jake from 6B"), a
 * birthday under eighteen ("wish Oscar a happy 6th birthday") or a start at school ("…, who starts secondary school
 * in September"). Each test reads a few words around the name, so the pass stays linear.
 */
final class ChildWords {

    private ChildWords() {
    }

    /**
     * How many words before the name a child word may stand, within its sentence ("Teenager Kai", "the under-11s,
     * especially Callum", "a 10-year-old called Ruby"; not "the teens' club run by Mandy").
     */
    private static final int BEFORE = 3;
    /** How many words after the name a birthday or a start at school may stand, within its sentence. */
    private static final int AFTER = 8;

    /** Words for a child or a teenager before a name: "teenager Kai", "youngster Ellie". */
    private static final Set<String> CHILD_WORDS = Set.of("teenager", "teenagers", "teen", "teenage", "youngster",
            "youngsters", "toddler", "tot", "schoolboy", "schoolgirl", "schoolchild");
    /** Verbs of starting school after the name: "who starts secondary school", "joined Reception". */
    private static final Set<String> STARTS = Set.of("starts", "starting", "started", "joins", "joining", "joined",
            "moves", "moving");
    /** Words of school after a start: "secondary", "primary", "school", "nursery", "reception". */
    private static final Set<String> SCHOOL_LIFE = Set.of("secondary", "primary", "school", "nursery", "reception",
            "preschool", "pre-school", "playgroup", "big");

    /** Whether a child word, an age under 18 or a youth team stands a few words before {@code first}. */
    static boolean before(PeopleText t, int first) {
        int sent = t.sentence(first);
        for (int k = first - 1; k >= 0 && k >= first - BEFORE && t.sentence(k) == sent; k--) {
            String w = t.word(k);
            if (CHILD_WORDS.contains(w) || underAge(w) || ChildFinder.yearsOldBefore(t, k + 1) == k
                    || w.equals("student") && k >= 2 && t.word(k - 2).equals("year") && t.smallNumber(k - 1) > 0
                    && t.smallNumber(k - 1) <= 13) {
                return true;
            }
            if (w.equals("little") && k == first - 1 && !t.capitalised(k)
                    || (w.equals("young") && !t.capitalised(k) || w.equals("baby")) && k == first - 1
                    && !t.publicMatter()) {
                return true; // "little Alfie", "met young Callum", "Baby Theo"
            }
            if (w.equals("birthday") && k >= 1 && ordinalUnder18(t.word(k - 1)) && !t.publicMatter()) {
                return true; // "Happy 1st birthday to Iris"
            }
        }
        return false;
    }

    /** "under-11s", "u11s", "under-16": a youth team or age band under 18. */
    private static boolean underAge(String w) {
        String rest = w.startsWith("under-") ? w.substring(6) : w.startsWith("u") && w.length() <= 4 ? w.substring(1)
                : null;
        if (rest == null) {
            return false;
        }
        if (rest.endsWith("s")) {
            rest = rest.substring(0, rest.length() - 1);
        }
        if (rest.isEmpty() || rest.length() > 2 || !rest.chars().allMatch(Character::isDigit)) {
            return false;
        }
        int v = Integer.parseInt(rest);
        return v >= 5 && v <= 18;
    }

    /** Whether a class code, a birthday under 18 or a start at school follows the name ending at {@code last}. */
    static boolean after(PeopleText t, int last) {
        int sent = t.sentence(last);
        int k = last + 1;
        if (k + 1 < t.n && (t.word(k).equals("from") || t.word(k).equals("in")) && classCode(t, k + 1)
                && t.sentence(k + 1) == sent) {
            return true; // "Jake from 6B"
        }
        // not in a text about office, policing or court, where a defendant's age is court reporting's matter
        if (!t.publicMatter() && (nameTag(t, last, sent) || ageClause(t, last, sent))) {
            return true;
        }
        for (int j = k; j < t.n && j <= last + AFTER && t.sentence(j) == sent; j++) {
            String w = t.word(j);
            if (w.equals("birthday") && j >= 1 && ordinalUnder18(t.word(j - 1))) {
                return true; // "a happy 6th birthday"
            }
            if (STARTS.contains(w)) {
                // "who starts secondary school", "joined Reception"; not "joined the school as its head"
                if (j + 1 < t.n && SCHOOL_LIFE.contains(t.word(j + 1)) && t.sentence(j + 1) == sent) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A class code right after the name, as on a name tag: "Oscar Penhaligon 4B". */
    private static boolean nameTag(PeopleText t, int last, int sent) {
        int k = last + 1;
        return k < t.n && t.spaceOnlyAfter(last) && classCode(t, k) && t.sentence(k) == sent;
    }

    /** "… who is 8", "… who's just turned 9", "… who turned seven": an age clause under 18 after the name. */
    private static boolean ageClause(PeopleText t, int last, int sent) {
        int k = last + 1;
        boolean whoIs = k + 1 < t.n && (t.word(k).equals("who's") || t.word(k).equals("who\u2019s"));
        if (k + 1 < t.n && (whoIs || t.word(k).equals("who")) && t.sentence(k + 1) == sent) {
            int j = k + 1;
            while (j < t.n && j <= k + 3 && AGE_VERBS.contains(t.word(j))) {
                j++;
            }
            boolean verb = whoIs || j > k + 1;
            int v = j < t.n && verb ? t.smallNumber(j) : -1;
            if (v < 0 && j < t.n && verb) {
                v = ChildFinder.NUMBER_WORDS.getOrDefault(t.word(j), -1);
            }
            // "who was one of the founders", "who is one of our volunteers": a number word with "of" after it counts people
            return v > 0 && v < 18 && !(j + 1 < t.n && t.spaceOnlyAfter(j) && (ChildFinder.isMonthOrUnit(t.word(j + 1))
                    || t.word(j + 1).equals("of")));
        }
        return false;
    }

    /** Words between "who" and an age: "who is 8", "who's just turned 9", "who turned seven". */
    private static final Set<String> AGE_VERBS = Set.of("is", "s", "'s", "was", "just", "turned", "turns", "only");

    /** A class code of a year and a letter: "6B", "4c", "10R" (a year 1 to 13). */
    private static boolean classCode(PeopleText t, int k) {
        String w = t.original.substring(t.start(k), t.end(k));
        int n = w.length();
        if (n < 2 || n > 3 || !Character.isLetter(w.charAt(n - 1)) || !Character.isUpperCase(w.charAt(n - 1))) {
            return false;
        }
        String digits = w.substring(0, n - 1);
        if (!digits.chars().allMatch(Character::isDigit)) {
            return false;
        }
        int v = Integer.parseInt(digits);
        return v >= 1 && v <= 13;
    }

    /** "6th", "1st", "12th", "sixth": an ordinal under 18. */
    private static boolean ordinalUnder18(String w) {
        if (w.length() >= 3 && w.length() <= 4 && (w.endsWith("th") || w.endsWith("st") || w.endsWith("nd")
                || w.endsWith("rd"))) {
            String digits = w.substring(0, w.length() - 2);
            if (!digits.isEmpty() && digits.chars().allMatch(Character::isDigit)) {
                return Integer.parseInt(digits) < 18;
            }
        }
        return Set.of("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth").contains(w);
    }
}
