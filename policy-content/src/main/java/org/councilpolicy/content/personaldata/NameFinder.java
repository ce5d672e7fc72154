package org.councilpolicy.content.personaldata;

import static org.councilpolicy.content.personaldata.PeopleTerms.ADULT_ROLE;
import static org.councilpolicy.content.personaldata.PeopleTerms.AMBIGUOUS;
import static org.councilpolicy.content.personaldata.PeopleTerms.FIRST;
import static org.councilpolicy.content.personaldata.PeopleTerms.FLAT_WORD;
import static org.councilpolicy.content.personaldata.PeopleTerms.HOUSE_WORD;
import static org.councilpolicy.content.personaldata.PeopleTerms.NOT_NAME;
import static org.councilpolicy.content.personaldata.PeopleTerms.ROLE_AFTER;
import static org.councilpolicy.content.personaldata.PeopleTerms.ROLE_BEFORE;
import static org.councilpolicy.content.personaldata.PeopleTerms.SCHOOL;
import static org.councilpolicy.content.personaldata.PeopleTerms.STOP;
import static org.councilpolicy.content.personaldata.PeopleTerms.STREET_TYPE;
import static org.councilpolicy.content.personaldata.PeopleTerms.SURNAME;
import static org.councilpolicy.content.personaldata.PeopleTerms.TITLE;
import static org.councilpolicy.content.personaldata.PeopleTerms.VENUE_WORD;


import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.councilpolicy.core.analysis.Places;
import org.councilpolicy.core.rule.PersonalDataKind;
import org.councilpolicy.core.rule.Span;

/**
 * The name part of {@link PeopleDetector}: private individuals' names from a title ("Mrs Patel"), a context
 * cue ("thanks to resident Sarah Jenkins") or, less surely, a first name and a surname both in the gazetteer,
 * never a place, a venue, a street or a public role.
 */
final class NameFinder {

    private NameFinder() {
    }

    /** Words that start a place name, never a person's: "West Bridgford", "Little Stanley", "Long Melford". */
    static final Set<String> PLACE_PREFIXES = Set.of("west", "east", "north", "south", "upper", "lower",
            "great", "little", "nether", "old", "new", "long", "high", "market", "much", "kings", "bishops",
            "church", "castle", "port", "glen", "strath", "mount");

    /** Words right before a name that make it a place: "in", "near", "around", "the"... */
    static final Set<String> PLACE_BEFORE = Set.of("in", "near", "around", "across", "throughout",
            "towards", "via", "the");

    static List<PeopleMention> find(PeopleText t, AllowedNames allowed, boolean[] allowedSpans, List<PeopleMention> children,
                                          List<PeopleMention> addresses) {
        List<PeopleMention> out = new ArrayList<>();
        int i = 0;
        while (i < t.n) {
            int next = i + 1;
            if (isTitle(t, i)) {
                int last = extendName(t, i + 1, true);
                if (last > i) {
                    next = last + 1;
                    if (!precededByRole(t, i) && !allowed.isAllowed(t, i + 1, last, allowedSpans)
                            && !isPlaceAfterNumber(t, i, last) && !PersonFrame.jobTitleBefore(t, i, last)
                            && !PersonFrame.jobTitleAfterAs(t, last)) {
                        add(out, t, i, last, true, "a title followed by a name", children, addresses);
                    }
                }
            } else if (t.capitalised(i) && (NameShapes.familyName(t, i) || NameShapes.familyPlural(t, i))) {
                // "the Hussain family", "the Okafors": a household named by its surname, even one that is also a
                // first name (read before the first-name branch, which would take it alone)
                int last = NameShapes.familyName(t, i) ? i + 1 : i;
                next = last + 1;
                if (!allowed.isAllowed(t, i, i, allowedSpans)) {
                    add(out, t, i, last, false, "a surname with \"family\" or in the plural, naming a household",
                            children, addresses);
                }
            } else if (startsGivenName(t, i)) {
                int last = extendName(t, i + 1, false);
                if (last < i) {
                    last = i;
                }
                if (last == i && surnameAfterCue(t, i)) {
                    last = i + 1; // "Remembering Norman Castle", "the late Stanley Moss": the cue makes it a surname
                }
                next = last + 1;
                if (!precededByRole(t, i) && !followedByRole(t, last) && !publicRoleBefore(t, i)
                        && !allowed.isAllowed(t, i, last, allowedSpans) && !isPlaceAfterNumber(t, i, last)
                        && !NameShapes.looksLikePlace(t, i, last) && !PersonFrame.staffAfter(t, last)
                        && !PersonFrame.jobTitleBefore(t, i, last) && !PersonFrame.jobTitleAfterAs(t, last)
                        && !PersonFrame.jobTitleAfterOur(t, last) && !PersonFrame.candidate(t, i, last)
                        && !NameShapes.venueOrPlaceBefore(t, i)
                        && !animalName(t, i, last)
                        && !(last > i && Places.isPlace(t.original.substring(t.start(i), t.end(last))))) {
                    boolean context = personContext(t, i, last) || PersonFrame.holds(t, i, last)
                            || childKinBefore(t, i) || NameLists.listed(t, i, out) || NameLists.ownerOfThing(t, i);
                    boolean ambiguous = t.has(i, AMBIGUOUS);
                    if (last > i) {
                        if (context) {
                            add(out, t, i, last, true, "a name with a context cue", children, addresses);
                        } else if (!t.has(last, NOT_NAME) && t.has(last, SURNAME) && (!ambiguous
                                || !t.has(last, PeopleTerms.COMMON) && !NameShapes.publicMatter(t, i, last))) {
                            // Without a cue, "Ashley Green" or "Stanley Common" is the village, not a person; the
                            // surname is either listed or a capitalised word that is no everyday word ("Catchpole").
                            // A first name that is also a word ("Mark", "Joy") needs a surname that is none.
                            add(out, t, i, last, false, t.has(last, SURNAME)
                                    ? "a first name and a surname from the gazetteer, with no title or context to "
                                            + "confirm it is a private person"
                                    : "a first name and a capitalised word that is no everyday word, read as a "
                                            + "surname, with no title or context to confirm it is a private person",
                                    children, addresses);
                        } else if (ClauseFrames.holds(t, i, last)) {
                            add(out, t, i, last, false, "a full name as a clause's subject, in a list of people or "
                                    + "next to a place, with no title or cue word to confirm a private person",
                                    children, addresses);
                        }
                    } else if (context && (!ambiguous || PersonFrame.coupleWithSurname(t, last) || childKinBefore(t, i))) {
                        // "Bob and Carol Dixon": beside another person's name a word-like first name is a name
                        add(out, t, i, last, false, "a first name with a context cue; a first name alone may not "
                                + "identify someone", children, addresses);
                    }
                }
            } else if (!t.capitalised(i)) {
                // nothing below starts at a lower-case word; one look-up per word keeps the scan cheap
                next = i + 1;
            } else if (NameShapes.initialAndSurname(t, i) && personContext(t, i, i + 1)) {
                // "thanks to A. Patel": an initial and a surname after a cue
                next = i + 2;
                if (!allowed.isAllowed(t, i, i + 1, allowedSpans) && !precededByRole(t, i)
                        && !publicRoleBefore(t, i)) {
                    add(out, t, i, i + 1, false, "an initial and a surname with a context cue", children, addresses);
                }
            }
            i = next;
        }
        return out;
    }

    /**
     * Whether the capitalised everyday word after the first name {@code i} is its surname because a person cue
     * ends right before the first name ("Remembering Norman Castle", "the late Stanley Moss", "thanks to Harold
     * Bell"): the cue has already said a person follows. Never a street, venue, place or role word
     * ({@link #isNameWord}), nor a word a street type follows.
     */
    static boolean surnameAfterCue(PeopleText t, int i) {
        int k = i + 1;
        return i > 0 && k < t.n && t.cueEndsAt(i - 1, PeopleTerms.Cue.PERSON_BEFORE) && !t.possessive(i)
                && NameShapes.joinedAfter(t, i) && isNameWord(t, k) && t.sentence(k) == t.sentence(i)
                && !(k + 1 < t.n && t.has(k + 1, STREET_TYPE) && t.capitalised(k + 1));
    }

    static void add(List<PeopleMention> out, PeopleText t, int first, int last, boolean sure, String reason,
                            List<PeopleMention> children, List<PeopleMention> addresses) {
        // "Mrs Smith's housing case": the name without its possessive ending
        int end = t.possessive(last) && t.end(last) - t.start(last) > 2 ? t.end(last) - 2 : t.end(last);
        Span span = new Span(t.start(first), end);
        if (overlapsAny(children, span) || overlapsAny(addresses, span)) {
            return;
        }
        if (childKinBefore(t, first)) {
            out.add(new PeopleMention(PersonalDataKind.CHILD, span, sure, "a name given as someone's son, daughter "
                    + "or little one"));
            return;
        }
        out.add(new PeopleMention(PersonalDataKind.PERSON_NAME, span, sure, reason));
    }

    /** Words for a child of the family right before a name: "our son Alfie", "my granddaughter, Isla". */
    static final Set<String> CHILD_KIN = Set.of("son", "daughter", "grandson", "granddaughter", "boy", "girl",
            "toddler", "baby", "kids", "children", "twins", "stepson", "stepdaughter", "lad", "lass", "grandchild",
            "godson", "goddaughter");

    /** Animals, whose names are not personal data: "a black cat called Tilly", "Max the spaniel". */
    static final Set<String> ANIMALS = Set.of("dog", "dogs", "cat", "cats", "puppy", "pup", "kitten", "pony",
            "horse", "tortoise", "parrot", "rabbit", "bunny", "hamster", "guinea", "spaniel", "labrador", "terrier",
            "collie", "greyhound", "whippet", "lurcher", "poodle", "retriever", "staffie", "dachshund", "pet", "pets",
            "budgie", "ferret", "goat", "sheep", "donkey", "alpaca", "swan", "owl", "snake", "tabby", "moggy",
            "pooch", "hound", "mare", "gelding", "cockapoo", "cockerpoo", "jackdaw", "goose", "duck", "chicken",
            "hen", "hens");

    /** Whether the name at [first, last] is an animal's: an animal word just before or "the &lt;animal&gt;" after. */
    static boolean animalName(PeopleText t, int first, int last) {
        int sent = t.sentence(first);
        for (int k = first - 1; k >= 0 && k >= first - 3 && t.sentence(k) == sent; k--) {
            if (ANIMALS.contains(t.word(k))) {
                return true;
            }
            String w = t.word(k);
            if (!(w.equals("called") || w.equals("named") || w.equals("our") || w.equals("my") || w.equals("her")
                    || w.equals("his") || w.equals("their") || w.equals("the") || w.equals("a") || w.equals("an")
                    || w.equals("black") || w.equals("white") || w.equals("brown") || w.equals("ginger")
                    || w.equals("grey") || w.equals("old") || w.equals("young") || w.equals("little"))) {
                break;
            }
        }
        int k = last + 1;
        return k + 1 < t.n && (t.word(k).equals("the") || t.word(k).equals("our")) && ANIMALS.contains(t.word(k + 1));
    }

    static boolean childKinBefore(PeopleText t, int first) {
        int k = first - 1;
        if (k < 0 || t.capitalised(k) || !CHILD_KIN.contains(t.word(k))) {
            return false;
        }
        String gap = t.gapAfter(k).strip();
        return (gap.isEmpty() || gap.equals(",")) && t.gapAfter(k).indexOf('\n') < 0;
    }

    /**
     * Whether a mention of {@code sorted} (by start, not overlapping each other) overlaps {@code span}: only the
     * last mention starting before the span's end can; found by binary search, so checking every name stays
     * linear overall.
     */
    static boolean overlapsAny(List<PeopleMention> sorted, Span span) {
        int lo = 0;
        int hi = sorted.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted.get(mid).span().start() < span.end()) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo > 0 && sorted.get(lo - 1).overlaps(span);
    }

    static boolean isTitle(PeopleText t, int i) {
        if (!t.has(i, TITLE) || !t.capitalised(i) || i + 1 >= t.n) {
            return false;
        }
        String gap = t.gapAfter(i);
        if (gap.isEmpty() || gap.length() > 3 || !gap.strip().replace(".", "").isEmpty() || gap.indexOf('\n') >= 0) {
            return false;
        }
        boolean opensSentence = i == 1 || i >= 2 && t.sentence(i - 2) != t.sentence(i - 1);
        if (t.word(i).equals("dr") && i > 0 && t.capitalised(i - 1) && t.spaceOnlyAfter(i - 1)
                && !(opensSentence && isNameWord(t, i + 1) && !t.has(i - 1, STREET_TYPE))) {
            return false; // "Elm Dr", "Public Health Dr …": Drive or a role; "Ask Dr Aziz" opens a sentence
        }
        return true;
    }

    static boolean startsGivenName(PeopleText t, int i) {
        return t.capitalised(i) && t.has(i, FIRST) && !t.has(i, ROLE_BEFORE) && isNameWord(t, i)
                && !(i > 0 && t.has(i - 1, TITLE) && t.capitalised(i - 1));
    }

    /** A capitalised word that could be part of a name: not a place, venue, street type or common word. */
    static boolean isNameWord(PeopleText t, int i) {
        if (i >= t.n || !t.capitalised(i) || t.has(i, NOT_NAME | STOP | ROLE_AFTER | SCHOOL | VENUE_WORD)
                || t.cueCovers(i, PeopleTerms.Cue.NOT_NAME)) {
            return false;
        }
        String w = t.word(i);
        if (!Character.isLetter(w.charAt(0)) || t.upper(i) && w.length() <= 3) {
            return false; // "RIP", "NHS", "BT": acronyms, not names
        }
        if (t.embedded(i) || hasDigit(w)) {
            return false; // part of an e-mail or web address, a handle, a registration mark or a code
        }
        if (t.has(i, STREET_TYPE) && !t.has(i, SURNAME)) {
            return false;
        }
        return true;
    }

    /**
     * Whether word {@code k} is an everyday word and no listed surname or first name: "Carol Service", "Victoria
     * Park" are not a first name and an unlisted surname ("Tomasz Nowak" is). A plural "s" is folded.
     */
    static boolean everydayWord(PeopleText t, int k) {
        if (t.has(k, SURNAME | FIRST)) {
            return false;
        }
        if (t.has(k, PeopleTerms.COMMON)) {
            return true;
        }
        String w = t.word(k);
        return w.length() > 3 && w.charAt(w.length() - 1) == 's'
                && (PeopleTerms.get().flags(w.substring(0, w.length() - 1)) & PeopleTerms.COMMON) != 0;
    }

    static boolean hasDigit(String w) {
        for (int k = 0; k < w.length(); k++) {
            char c = w.charAt(k);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    /**
     * The last word of a name whose next word is {@code from}: up to three capitalised name words, joined by
     * spaces only (after a title, a full stop may follow the title). Returns {@code from - 1} when none.
     */
    static int extendName(PeopleText t, int from, boolean afterTitle) {
        int last = from - 1;
        int limit = afterTitle ? 3 : 2;
        for (int k = from; k < t.n && k - from < limit; k++) {
            boolean joined = (k == from && afterTitle) || NameShapes.joinedAfter(t, k - 1);
            if (!joined || t.possessive(k - 1) && k > from) {
                break;
            }
            if (afterTitle && NameShapes.initial(t, k) && k + 1 < t.n && NameShapes.joinedAfter(t, k)
                    && isNameWord(t, k + 1)) {
                limit++; // "Mrs J. Kowalski": an initial after the title does not count towards the name's words
                continue;
            }
            if (k > 0 && NameShapes.PARTICLES.contains(t.word(k)) && !t.capitalised(k) && t.spaceOnlyAfter(k)
                    && isNameWord(t, k + 1) && !everydayWord(t, k + 1)) {
                limit++; // "Gwenllian ap Iorwerth", "Pieter van Dijk"
                continue;
            }
            if (!isNameWord(t, k) || !afterTitle && everydayWord(t, k)) {
                break;
            }
            last = k;
            if (t.possessive(k)) {
                break;
            }
        }
        return last;
    }

    static boolean precededByRole(PeopleText t, int i) {
        if (i == 0) {
            return false;
        }
        int p = i - 1;
        if (!t.has(p, ROLE_BEFORE) && !(t.has(p, TITLE) && p > 0 && t.has(p - 1, ROLE_BEFORE))) {
            return false;
        }
        String gap = t.gapAfter(p);
        return gap.strip().replace(".", "").isEmpty() && gap.indexOf('\n') < 0;
    }

    static boolean followedByRole(PeopleText t, int last) {
        int k = last + 1;
        if (k >= t.n) {
            return false;
        }
        String gap = t.gapAfter(last);
        if (gap.indexOf('\n') >= 0 || !gap.strip().replace(",", "").isEmpty()) {
            return false;
        }
        if (t.has(k, ROLE_AFTER)) {
            return true; // "Sam Reed MP"
        }
        // "Jo Dean, Leader of the Council,", "Jo Dean, our cabinet member for housing,", "Jo Dean, who leads the
        // council,": a councillor or officer named in their public role, the role a few words after the comma
        if (gap.indexOf(',') < 0 && !t.cueStartsAt(k, PeopleTerms.Cue.PUBLIC_ROLE)) {
            return false;
        }
        for (int j = k; j < Math.min(t.n, k + ROLE_WORDS_AFTER); j++) {
            if (t.sentence(j) != t.sentence(last)) {
                return false;
            }
            if (t.cueStartsAt(j, PeopleTerms.Cue.PUBLIC_ROLE)) {
                return true;
            }
            if (!t.gapAfter(j).isBlank() || t.isHouseNumber(j)) {
                return false; // "Zara, 13, interviewed the Leader": another clause, not the name's role
            }
        }
        return false;
    }

    /** How many words after a name and its comma a public role may start ("Jo Dean, the council's cabinet member"). */
    static final int ROLE_WORDS_AFTER = 4;

    static boolean publicRoleBefore(PeopleText t, int i) {
        for (int k = Math.max(0, i - 4); k < i; k++) {
            if (t.cueCovers(k, PeopleTerms.Cue.PUBLIC_ROLE) && t.sentence(k) == t.sentence(i)) {
                return true;
            }
        }
        return false;
    }

    /** "12 Jackson Close": a number before capitalised words means a street, not a person. */
    static boolean isPlaceAfterNumber(PeopleText t, int first, int last) {
        return first > 0 && t.isHouseNumber(first - 1) && t.spaceOnlyAfter(first - 1)
                || last + 1 < t.n && t.has(last + 1, STREET_TYPE) && t.capitalised(last + 1) && t.spaceOnlyAfter(last);
    }

    static boolean personContext(PeopleText t, int first, int last) {
        int sent = t.sentence(first);
        for (int k = Math.max(0, first - 4); k < first; k++) {
            if ((t.cueEndsAt(k, PeopleTerms.Cue.PERSON_BEFORE) || last > first
                    && t.cueEndsAt(k, PeopleTerms.Cue.GREETING)) && t.sentence(k) == sent) {
                return true;
            }
        }
        for (int k = last + 1; k < t.n && k <= last + 3; k++) {
            if (t.cueStartsAt(k, PeopleTerms.Cue.PERSON_AFTER) && t.sentence(k) == sent) {
                return true;
            }
        }
        // "Sarah Jenkins, 34, of …": an adult's age right after the name
        int age = ChildFinder.ageAfter(t, last);
        return age >= 18 && age < 120;
    }
}
