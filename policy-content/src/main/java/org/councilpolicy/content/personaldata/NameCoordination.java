package org.councilpolicy.content.personaldata;

import java.util.ArrayList;
import java.util.List;
import org.councilpolicy.core.analysis.Places;
import org.councilpolicy.core.rule.PersonalDataKind;
import org.councilpolicy.core.rule.Span;

/**
 * People named together are people (issue 11, round 11: couples, families and volunteers named together): a name
 * word coordinated with a person's name the finder found ("Gwenda and Alun Parry", "Dennis and Pat Fairclough",
 * "Tadeusz, Bernadette and Sunil", "Bridget, Sean and Aoife Mahoney") is a person's name too, even where alone it
 * would be no name (a first name that no list holds, a first name alone with no cue). Read after {@link NameFinder},
 * leftwards from each name found: the word before "and" or before the comma, then the list's earlier items. A
 * candidate is one capitalised name word that is a listed first name, or that is no everyday word and no gazetteer
 * place; a first name that is also a word ("Grace", "Ivy") counts only when the name after it shares a surname
 * with it ("Grace and Neil Boddington"). Never a word the profile allows, a public role's holder or a place. Each
 * step reads the few words before a name, so the pass stays linear.
 */
final class NameCoordination {

    private NameCoordination() {
    }

    /** The most list items read leftwards from one name ("A, B, C, D and Jo Bloggs"). */
    private static final int MAX_ITEMS = 8;

    /**
     * {@code names} with the names coordinated with them added, in position order; {@code names} itself when none
     * is found.
     */
    static List<PeopleMention> withCoordinated(PeopleText t, List<PeopleMention> names, AllowedNames allowed,
            boolean[] allowedSpans, List<PeopleMention> children, List<PeopleMention> addresses) {
        List<PeopleMention> added = null;
        java.util.Set<Integer> taken = new java.util.HashSet<>(); // one-word names added, by start: linear
        for (PeopleMention m : names) {
            if (m.kind() != PersonalDataKind.PERSON_NAME) {
                continue;
            }
            int first = wordAt(t, m.span().start());
            if (first < 0) {
                continue;
            }
            int last = wordAt(t, m.span().end() - 1);
            boolean sharedSurname = last > first; // "Grace and Neil Boddington": the surname after names both
            for (int item = 0; item < MAX_ITEMS; item++) {
                int c = itemBefore(t, first);
                Span span = c < 0 ? null : new Span(t.start(c), t.end(c));
                // the cheap look-ups first: in a list of full names the item before is already a name
                if (c < 0 || NameFinder.overlapsAny(names, span) || !candidate(t, c, sharedSurname)
                        || allowed.isAllowed(t, c, c, allowedSpans)
                        || NameFinder.precededByRole(t, c) || NameFinder.publicRoleBefore(t, c)) {
                    break;
                }
                if (NameFinder.overlapsAny(children, span)
                        || NameFinder.overlapsAny(addresses, span)
                        || !taken.add(span.start())) {
                    break;
                }
                if (added == null) {
                    added = new ArrayList<>();
                }
                added.add(new PeopleMention(PersonalDataKind.PERSON_NAME, span, m.sure(),
                        "a name joined by \"and\" or a list's comma to another person's name"));
                first = c;
            }
        }
        return added == null ? names : LaterMentions.merged(names, added);
    }

    /** The speaker's own pronouns coordinated with a person: "me and Darren", "Eileen and me", "Darren and I". */
    private static final java.util.Set<String> SPEAKER = java.util.Set.of("me", "i", "myself");

    /**
     * {@code names} with the one-word first names that are coordinated with another such first name or with the
     * speaker added: "Amber and Liam who keep parking…", "Clemency and Jasper are organising…" (two listed first
     * names joined by "and", at least one no everyday word, not both gazetteer places, as the subject of a verb,
     * taken up by "who", or after a person cue), and "me and Darren", "promised Eileen and me" (a listed first name
     * that is no everyday word, joined to the speaker). Reported for review. Read from the listed first names only.
     */
    static List<PeopleMention> withPairs(PeopleText t, List<PeopleMention> names, AllowedNames allowed,
            boolean[] allowedSpans, List<PeopleMention> children, List<PeopleMention> addresses) {
        List<PeopleMention> added = null;
        java.util.Set<Integer> taken = new java.util.HashSet<>(); // one-word names added, by start: linear
        for (int f = 0; f < t.firstNameCount(); f++) {
            // every pair holds a listed first name: read from each, as the pair's first or its second word
            int c = t.firstName(f);
            for (int i : new int[] {c, c - 2}) {
                int[] pair = i >= 0 ? pairAt(t, i) : null;
                for (int k = 0; pair != null && k < pair.length; k++) {
                    int w = pair[k];
                    Span span = new Span(t.start(w), t.end(w));
                    if (allowed.isAllowed(t, w, w, allowedSpans) || LaterMentions.taken(span, names, children, addresses)
                            || !taken.add(span.start())) {
                        continue;
                    }
                    if (added == null) {
                        added = new ArrayList<>();
                    }
                    added.add(new PeopleMention(PersonalDataKind.PERSON_NAME, span, false,
                            "a first name joined by \"and\" to another first name or to the speaker"));
                }
            }
        }
        return added == null ? names : LaterMentions.merged(names, added);
    }

    /** The names of the pair "word {@code i} and word {@code i + 2}", or {@code null} when it is no such pair. */
    private static int[] pairAt(PeopleText t, int i) {
        if (i + 2 >= t.n || !t.word(i + 1).equals("and") || t.capitalised(i + 1) || !t.spaceOnlyAfter(i)
                || !t.spaceOnlyAfter(i + 1) || t.sentence(i) != t.sentence(i + 2)) {
            return null;
        }
        if (SPEAKER.contains(t.word(i)) && lone(t, i + 2, false, true)) {
            return new int[] {i + 2};
        }
        if (SPEAKER.contains(t.word(i + 2)) && lone(t, i, false, true)) {
            return new int[] {i};
        }
        if (lone(t, i, true, false) && lone(t, i + 2, true, false)
                && !(t.has(i, PeopleTerms.AMBIGUOUS) && t.has(i + 2, PeopleTerms.AMBIGUOUS))
                && !(place(t, i) && place(t, i + 2))
                && (ClauseFrames.verbAfter(t, i + 2) || ClauseFrames.relativeWho(t, i + 2)
                || i > 0 && t.cueEndsAt(i - 1, PeopleTerms.Cue.PERSON_BEFORE))) {
            return new int[] {i, i + 2};
        }
        return null;
    }

    /**
     * Whether word {@code c} is a listed first name standing alone (no capitalised word joined before or after it),
     * no role's holder; one that is also a word only when {@code wordLike} allows it; not in a sentence about office,
     * elections or court unless joined to the speaker ({@code withSpeaker}).
     */
    private static boolean lone(PeopleText t, int c, boolean wordLike, boolean withSpeaker) {
        if (!t.has(c, PeopleTerms.FIRST) || !NameFinder.isNameWord(t, c) || t.possessive(c)
                || !wordLike && (t.has(c, PeopleTerms.AMBIGUOUS) || NameFinder.everydayWord(t, c))
                || c > 0 && NameFinder.isNameWord(t, c - 1) && t.spaceOnlyAfter(c - 1)
                && t.sentence(c - 1) == t.sentence(c)
                || c + 1 < t.n && t.capitalised(c + 1) && t.spaceOnlyAfter(c) && t.sentence(c + 1) == t.sentence(c)
                || NameFinder.precededByRole(t, c) || NameFinder.publicRoleBefore(t, c)) {
            return false;
        }
        // "you promised Eileen and me a reply, Cllr …": the speaker's companion is no office-holder
        return withSpeaker || !NameShapes.publicMatter(t, c, c);
    }

    /** Whether word {@code c} is a gazetteer place ("Sutton and Cheam"; many first names are a hamlet's too). */
    private static boolean place(PeopleText t, int c) {
        return Places.isPlace(t.original.substring(t.start(c), t.end(c)));
    }

    /**
     * The word that is the list item right before the name starting at word {@code first}: "X and &lt;name&gt;",
     * "X, &lt;name&gt;", "X, and &lt;name&gt;", in one sentence, on one line; or -1.
     */
    private static int itemBefore(PeopleText t, int first) {
        int p = first - 1;
        if (p < 1 || t.sentence(p) != t.sentence(first) || t.gapAfter(p).indexOf('\n') >= 0) {
            return -1;
        }
        if (t.word(p).equals("and") && !t.capitalised(p) && t.spaceOnlyAfter(p)) {
            p--;
            String gap = t.gapAfter(p).strip();
            if (!gap.isEmpty() && !gap.equals(",")) {
                return -1;
            }
        } else if (!t.gapAfter(p).strip().equals(",")) {
            return -1;
        }
        return t.sentence(p) == t.sentence(first) && t.gapAfter(p).indexOf('\n') < 0 ? p : -1;
    }

    /** Whether word {@code c} may be a person's one-word name in a list of people. */
    private static boolean candidate(PeopleText t, int c, boolean sharedSurname) {
        if (!NameFinder.isNameWord(t, c) || t.possessive(c) || t.has(c, PeopleTerms.TITLE)
                || c > 0 && t.capitalised(c - 1) && t.spaceOnlyAfter(c - 1)) {
            return false; // "Mrs Ellis and Jo Bloggs": a titled name or a longer item is the finder's own work
        }
        if (Places.isPlace(t.original.substring(t.start(c), t.end(c)))) {
            return false;
        }
        if (t.has(c, PeopleTerms.FIRST)) {
            return !t.has(c, PeopleTerms.AMBIGUOUS) || sharedSurname;
        }
        return !NameFinder.everydayWord(t, c) && !t.has(c, PeopleTerms.SURNAME);
    }

    /** The index of the word whose span holds offset {@code offset}, or -1. */
    static int wordAt(PeopleText t, int offset) {
        int lo = 0;
        int hi = t.n - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (t.end(mid) <= offset) {
                lo = mid + 1;
            } else if (t.start(mid) > offset) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -1;
    }
}
