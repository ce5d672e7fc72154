package org.councilpolicy.content.personaldata;

import static org.councilpolicy.content.personaldata.PeopleTerms.ADULT_ROLE;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.councilpolicy.core.rule.PersonalDataKind;

/**
 * Issue 11, names of children read as adults' names: a first name alone beside words for a group of children ("Leo
 * and Isla with their litter-pick haul, great work kids!", "the children of Class 4, especially Oliver", "the kids
 * from number 12, Tyler and Kai") names a child, not an adult. A first name with a surname, a title, or an adult's
 * role beside it stays a person's name; "the kids' club" (a possessive) is an activity, not children, and "games for
 * the kids" makes the named person the adult who served them. Reads a bounded window around each name (linear
 * overall).
 */
final class ChildGroups {

    private ChildGroups() {
    }

    /** Words for a group of children (plural, so one adult's "son" or "child" stays the name finder's). */
    static final Set<String> CHILD_GROUP = Set.of("kids", "children", "pupils", "youngsters", "toddlers",
            "schoolchildren", "little ones", "tots", "kiddies");

    /** How many words either side of the name a child-group word may stand. */
    private static final int REACH = 12;
    /** How many words either side of the name an adult's role makes it an adult ("volunteer Sarah"). */
    private static final int ADULT_REACH = 3;

    /** {@code names} with each first name alone among children moved to {@code children}, both in order. */
    static List<List<PeopleMention>> split(PeopleText t, List<PeopleMention> names, List<PeopleMention> children) {
        List<PeopleMention> keep = new ArrayList<>(names.size());
        List<PeopleMention> moved = new ArrayList<>();
        for (PeopleMention m : names) {
            int i = wordAt(t, m.span().start());
            int last = i < 0 ? -1 : lastWord(t, i, m.span().end());
            if (i >= 0 && m.kind() == PersonalDataKind.PERSON_NAME && t.end(i) == m.span().end()
                    && !t.has(i, PeopleTerms.TITLE) && amongChildren(t, i)) {
                moved.add(new PeopleMention(PersonalDataKind.CHILD, m.span(), m.sure(),
                        "a first name beside words for a group of children"));
            } else if (last >= 0 && m.kind() == PersonalDataKind.PERSON_NAME && !t.has(i, PeopleTerms.TITLE)
                    && ChildFrames.holds(t, i, last)) {
                moved.add(new PeopleMention(PersonalDataKind.CHILD, m.span(), m.sure(),
                        "a name with a child's frame (young person, year group, first term at school or nursery)"));
            } else {
                keep.add(m);
            }
        }
        if (moved.isEmpty()) {
            return List.of(names, children);
        }
        return List.of(keep, LaterMentions.merged(children, moved));
    }

    /**
     * One person, one kind: a first name alone that is the first name of a child found elsewhere in the text ("Met
     * young Callum … Callum, 12, had some ideas") is that child's, before or after the mention that gives the age.
     * Returns {@code [names, children]}, unchanged when no name moves.
     */
    static List<List<PeopleMention>> sameAsChild(PeopleText t, List<PeopleMention> names, List<PeopleMention> children) {
        if (children.isEmpty() || names.isEmpty() || t.publicMatter()) {
            return List.of(names, children);
        }
        Set<String> childNames = new java.util.HashSet<>();
        for (PeopleMention c : children) {
            for (int k = Math.max(0, wordAt(t, c.span().start())); k < t.n && t.start(k) < c.span().end(); k++) {
                if (t.capitalised(k) && t.has(k, PeopleTerms.FIRST)) {
                    childNames.add(t.word(k));
                    break;
                }
            }
        }
        List<PeopleMention> keep = new ArrayList<>(names.size());
        List<PeopleMention> moved = new ArrayList<>();
        for (PeopleMention m : names) {
            int i = wordAt(t, m.span().start());
            if (i >= 0 && m.kind() == PersonalDataKind.PERSON_NAME && t.end(i) == m.span().end()
                    && childNames.contains(t.word(i))) {
                moved.add(new PeopleMention(PersonalDataKind.CHILD, m.span(), m.sure(),
                        "a first name of a child named with an age, school or class in the same text"));
            } else {
                keep.add(m);
            }
        }
        return moved.isEmpty() ? List.of(names, children) : List.of(keep, LaterMentions.merged(children, moved));
    }

    private static boolean amongChildren(PeopleText t, int i) {
        for (int k = Math.max(0, i - ADULT_REACH); k <= Math.min(t.n - 1, i + ADULT_REACH); k++) {
            if (k != i && t.has(k, ADULT_ROLE)) {
                return false;
            }
        }
        for (int k = Math.max(0, i - REACH); k <= Math.min(t.n - 1, i + REACH); k++) {
            if (CHILD_GROUP.contains(t.word(k)) && !t.possessive(k) && !possessivePlural(t, k) && !served(t, k)) {
                return true;
            }
        }
        return false;
    }

    /** Words before a child-group word that make the named person someone who serves children, an adult. */
    private static final Set<String> SERVING = Set.of("for", "with", "help", "helps", "helped", "helping",
            "teach", "teaches", "taught", "teaching", "coach", "coaches", "coached", "coaching", "support",
            "supports", "supported", "supporting", "entertain", "entertained", "entertaining", "supervise",
            "supervised", "supervising");

    /**
     * "Sarah organised games for the kids", "Tom ran a workshop with local children": the children are whom the
     * named person served, so the named person is an adult. Looks at the two words before the child-group word.
     */
    private static boolean served(PeopleText t, int k) {
        for (int j = k - 1; j >= 0 && j >= k - 2; j--) {
            if (SERVING.contains(t.word(j))) {
                return true;
            }
        }
        return false;
    }

    /** "kids' club", "children's centre": an apostrophe right after the plural makes it an activity or a place. */
    private static boolean possessivePlural(PeopleText t, int k) {
        String gap = t.gapAfter(k);
        return !gap.isEmpty() && (gap.charAt(0) == '\'' || gap.charAt(0) == '\u2019');
    }

    /** The name's last word from its first word {@code i}: the word whose end is {@code end} (names are short). */
    private static int lastWord(PeopleText t, int i, int end) {
        for (int k = i; k < t.n && k <= i + 4; k++) {
            if (t.end(k) >= end) {
                return k;
            }
        }
        return -1;
    }

    /** The word starting at {@code start}, by binary search over the words' starts, or -1. */
    private static int wordAt(PeopleText t, int start) {
        int lo = 0;
        int hi = t.n - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int s = t.start(mid);
            if (s == start) {
                return mid;
            }
            if (s < start) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return -1;
    }
}
