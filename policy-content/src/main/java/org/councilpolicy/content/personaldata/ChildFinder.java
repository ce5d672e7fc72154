package org.councilpolicy.content.personaldata;

import static org.councilpolicy.content.personaldata.PeopleTerms.ADULT_ROLE;
import static org.councilpolicy.content.personaldata.PeopleTerms.FIRST;
import static org.councilpolicy.content.personaldata.PeopleTerms.FLAT_WORD;
import static org.councilpolicy.content.personaldata.PeopleTerms.HOUSE_WORD;
import static org.councilpolicy.content.personaldata.PeopleTerms.NOT_NAME;
import static org.councilpolicy.content.personaldata.PeopleTerms.ROLE_AFTER;
import static org.councilpolicy.content.personaldata.PeopleTerms.ROLE_BEFORE;
import static org.councilpolicy.content.personaldata.PeopleTerms.SCHOOL;
import static org.councilpolicy.content.personaldata.PeopleTerms.STOP;
import static org.councilpolicy.content.personaldata.PeopleTerms.STREET_TYPE;
import static org.councilpolicy.content.personaldata.PeopleTerms.TITLE;
import static org.councilpolicy.content.personaldata.PeopleTerms.VENUE_WORD;


import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.councilpolicy.core.rule.PersonalDataKind;
import org.councilpolicy.core.rule.Span;

/**
 * The children part of {@link PeopleDetector}: a child named together with an age ("Amelia, 7", "7-year-old
 * Jack"), a school, a class or a year group.
 */
final class ChildFinder {

    private ChildFinder() {
    }

    static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17));

    /** An age written right after a name ("Amelia, 7", "Jack (aged 9)", "Ann, aged 80"), or -1. */
    static int ageAfter(PeopleText t, int last) {
        int k = last + 1;
        if (k >= t.n || t.sentence(k) != t.sentence(last)) {
            return -1;
        }
        String gap = t.gapAfter(last).strip();
        boolean agedAfterSpace = gap.isEmpty() && t.word(k).equals("aged");
        if (!(gap.equals(",") || gap.equals("(") || gap.equals(", (") || gap.equals("-") || gap.equals("\u2013")
                || agedAfterSpace || gap.isEmpty() && bareAgeInList(t, k))) {
            return -1;
        }
        if (gap.equals(",") && t.word(k).equals("both") && k + 1 < t.n && t.spaceOnlyAfter(k)) {
            k++; // "Ruby and Jack Holt, both 8, …": one age for the children named together
        }
        if ((t.word(k).equals("aged") || t.word(k).equals("age")) && k + 1 < t.n) {
            int v = t.smallNumber(k + 1);
            if (v < 0) {
                v = NUMBER_WORDS.getOrDefault(t.word(k + 1), -1);
            }
            return v;
        }
        int v = t.smallNumber(k);
        if (v < 0) {
            return -1;
        }
        // "Amelia, 7" but not "on 7 March" or "at 7:30"
        if (k + 1 < t.n) {
            String after = t.gapAfter(k);
            if (after.startsWith(":") || after.startsWith(".") && k + 2 < t.n && Character.isDigit(t.word(k + 1).charAt(0))) {
                return -1;
            }
            if (t.spaceOnlyAfter(k) && isMonthOrUnit(t.word(k + 1))) {
                return -1;
            }
            if (t.spaceOnlyAfter(k) && t.capitalised(k + 1) && AddressFinder.streetAhead(t, k + 1)) {
                return -1; // "The Haven, 2 Riverside Mews": a house number before its street, not an age
            }
        }
        return v;
    }

    /**
     * "(Isla 4 and Rory 2)": inside brackets, a bare small number right after the name, closed by "and", a comma
     * or the bracket, as a parent lists children with their ages.
     */
    private static boolean bareAgeInList(PeopleText t, int k) {
        int v = t.smallNumber(k);
        if (v < 0 || v > 17 || t.word(k).length() > 2) {
            return false;
        }
        if (k + 1 >= t.n) {
            return false;
        }
        String after = t.gapAfter(k).strip();
        return (after.startsWith(")") || after.equals(",")
                || after.isEmpty() && t.word(k + 1).equals("and")) && inBrackets(t, k - 1);
    }

    /** Whether a bracket opens within a few words before word {@code i}, in its sentence, and is not yet closed. */
    private static boolean inBrackets(PeopleText t, int i) {
        for (int j = i - 1; j >= 0 && j >= i - 6 && t.sentence(j) == t.sentence(i); j--) {
            String gap = t.gapAfter(j);
            if (gap.indexOf(')') >= 0) {
                return false;
            }
            if (gap.indexOf('(') >= 0) {
                return true;
            }
        }
        return false;
    }

    static boolean isMonthOrUnit(String w) {
        return switch (w) {
            case "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                 "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
                 "dec", "am", "pm", "minutes", "hours", "days", "weeks", "months", "percent", "miles", "points" -> true;
            default -> false;
        };
    }

    static List<PeopleMention> find(PeopleText t, AllowedNames allowed, boolean[] allowedSpans) {
        List<PeopleMention> out = new ArrayList<>();
        int i = 0;
        while (i < t.n) {
            if (!(t.capitalised(i) && t.has(i, FIRST) && NameFinder.isNameWord(t, i))
                    || NameFinder.precededByRole(t, i) && !youngAfter(t, i)
                    || i > 0 && t.has(i - 1, TITLE) && t.capitalised(i - 1)) {
                i++;
                continue;
            }
            int last = Math.max(i, NameFinder.extendName(t, i + 1, false));
            if (surnameLikeStreetWithAge(t, last)) {
                last++; // "Poppy Lane, 8": a street has no age
            }
            // "Junior Mayor Amira Begum, 13": a title of office with an age under 18 is a youth role, held by a child
            int young = ageAfter(t, last);
            if (allowed.isAllowed(t, i, last, allowedSpans) && !(young >= 0 && young < 18)
                    || NameFinder.followedByRole(t, last)) {
                i = last + 1;
                continue;
            }
            int from = t.start(i);
            int to = -1;
            String reason = null;
            int age = young;
            if (age >= 0 && age < 18) {
                int k = t.word(last + 1).equals("both") ? last + 2 : last + 1;
                int ageWord = t.word(k).startsWith("age") && !Character.isDigit(t.word(k).charAt(0)) ? k + 1 : k;
                to = t.end(ageWord);
                if (ageWord + 1 < t.n && t.original.charAt(t.end(ageWord)) == ')') {
                    to = t.end(ageWord) + 1;
                }
                reason = "a child's name with their age";
            }
            int yearsOld = yearsOldBefore(t, i);
            if (to < 0 && yearsOld >= 0) {
                from = t.start(yearsOld);
                to = t.end(last);
                reason = "a child's name with their age";
            }
            if (to < 0) {
                // "Hi Priya, the school office is on …": the person greeted, not a child named with a school
                // "Hope Year 1 is going well": a first name that is also a word, opening its sentence, is the word
                boolean word = i == last && t.has(i, PeopleTerms.AMBIGUOUS) && (i == 0 || t.sentence(i - 1) != t.sentence(i));
                int after = greeted(t, i, last) || word ? -1 : schoolAfter(t, last);
                int before = schoolBefore(t, i);
                if (after >= 0 || before >= 0) {
                    from = before >= 0 ? t.start(before) : t.start(i);
                    to = after >= 0 ? t.end(schoolNameAfter(t, after)) : t.end(last);
                    reason = "a child's name with their school, class or year group";
                }
            }
            int first = i;
            i = last + 1;
            if (to > 0) {
                if (from == t.start(first)) {
                    from = t.start(siblingsBefore(t, first)); // "Poppy and Alfie from Class 2": one span for both
                }
                out.add(new PeopleMention(PersonalDataKind.CHILD, new Span(from, to), true, reason));
                while (i < t.n && t.start(i) < to) {
                    i++; // children do not overlap: the next starts after this one's school or age
                }
            }
        }
        return out;
    }

    /** "Ysgol Bro Dinefwr", "Sgoil an Rubha": a Welsh or Gaelic school word comes first, its name after it. */
    static int schoolNameAfter(PeopleText t, int school) {
        if (!(t.word(school).equals("ysgol") || t.word(school).equals("sgoil"))) {
            return school;
        }
        int k = school;
        while (k + 1 < t.n && k - school < 4 && t.spaceOnlyAfter(k) && (t.capitalised(k + 1)
                || t.word(k + 1).equals("y") || t.word(k + 1).equals("yr") || t.word(k + 1).equals("an"))) {
            k++;
        }
        return t.capitalised(k) ? k : school;
    }

    /**
     * The first of the children named together before {@code first}: "Poppy and Alfie", "Evie, Jack and Alfie",
     * Welsh "Osian a Megan" (first names joined by "and", "&amp;" or Welsh "a", commas before the last "and").
     */
    private static final int MAX_SIBLING_WORDS = 8;

    static int siblingsBefore(PeopleText t, int first) {
        int j = first;
        boolean joined = false;
        while (j >= 1 && first - j < MAX_SIBLING_WORDS) { // bounded: a hostile list of names stays linear
            String link = j >= 2 ? t.word(j - 1) : "";
            boolean and = (link.equals("and") || link.equals("a") && !t.capitalised(j - 1))
                    && t.spaceOnlyAfter(j - 2) && t.spaceOnlyAfter(j - 1);
            if (!joined && and && NameFinder.startsGivenName(t, j - 2)) {
                j -= 2;
                joined = true;
            } else if (!joined && t.gapAfter(j - 1).strip().equals("&") && NameFinder.startsGivenName(t, j - 1)) {
                j -= 1;
                joined = true;
            } else if (joined && t.gapAfter(j - 1).strip().equals(",") && NameFinder.startsGivenName(t, j - 1)) {
                j -= 1;
            } else {
                break;
            }
        }
        return j;
    }

    /**
     * Whether the word after a first name is a capitalised street word ("Lane", "Hill") that is a surname
     * here, because a child's age follows it ("Poppy Lane, 8,", "Tom Hill (9)").
     */
    static boolean surnameLikeStreetWithAge(PeopleText t, int last) {
        int k = last + 1;
        if (k >= t.n || !t.capitalised(k) || !t.has(k, STREET_TYPE) || !t.spaceOnlyAfter(last)
                || t.has(last + 1, STOP) || ageAfter(t, last) >= 0) {
            return false;
        }
        int age = ageAfter(t, k);
        if (age < 0 || age >= 18) {
            return false;
        }
        // The age stands alone: "Poppy Lane, 8," or "... 8!", not "Mill Lane, 8 houses".
        int a = t.word(k + 1).startsWith("age") ? k + 2 : k + 1;
        return a + 1 >= t.n || !t.spaceOnlyAfter(a);
    }

    /** "7-year-old Jack": the index of the "N-year-old" word just before {@code i}, or -1. */
    static int yearsOldBefore(PeopleText t, int i) {
        int k = i - 1;
        if (k < 0 || !t.spaceOnlyAfter(k)) {
            return -1;
        }
        String w = t.word(k);
        int dash = w.indexOf("-year-old");
        if (dash <= 0 || dash + "-year-old".length() != w.length()) {
            return -1;
        }
        String n = w.substring(0, dash);
        int v = NUMBER_WORDS.getOrDefault(n, -1);
        if (v < 0 && n.length() <= 2 && n.chars().allMatch(Character::isDigit)) {
            v = Integer.parseInt(n);
        }
        return v >= 0 && v < 18 ? k : -1;
    }

    /** Whether the name [first, last] follows a greeting opening its sentence and a comma closes it ("Hi Priya,"). */
    static boolean greeted(PeopleText t, int first, int last) {
        int g = first - 1;
        if (g < 0 || !t.cueEndsAt(g, PeopleTerms.Cue.GREETING) || !t.gapAfter(last).strip().startsWith(",")) {
            return false;
        }
        int s = g;
        while (s > 0 && t.cueCovers(s - 1, PeopleTerms.Cue.GREETING)) {
            s--;
        }
        return s == 0 || t.sentence(s - 1) != t.sentence(s);
    }

    /** Whether the name at {@code i} is followed by an age under 18 ("Junior Mayor Amira Begum, 13"). */
    private static boolean youngAfter(PeopleText t, int i) {
        int age = ageAfter(t, Math.max(i, NameFinder.extendName(t, i + 1, false)));
        return age >= 0 && age < 18;
    }

    /** The school, class or year-group word after a name in the same sentence, or -1. */
    static int schoolAfter(PeopleText t, int last) {
        int sent = t.sentence(last);
        boolean joined = true; // only capitalised words, spaces between, from the name to here
        for (int k = last + 1; k < t.n && k <= last + 8 && t.sentence(k) == sent; k++) {
            if (t.has(k, ADULT_ROLE)) {
                return -1;
            }
            if (!isSchoolWord(t, k) && !(t.capitalised(k) || t.smallNumber(k) >= 0 || isLinkWord(t.word(k)))) {
                return -1;
            }
            if (isSchoolWord(t, k) && k - 1 > last && ACTIVITY_SCHOOLS.contains(t.word(k - 1))) {
                return -1; // "Sarah Thompson Dance Academy", "Bryn Jones Driving School": a business, not a pupil
            }
            joined &= t.spaceOnlyAfter(k - 1) && t.capitalised(k);
            if (joined && INSTITUTIONS.contains(t.word(k))) {
                return -1; // "Stoke Hill Infants", "Mary Hare School": the name is the school's, not a pupil's
            }
            if (isSchoolWord(t, k)) {
                int end = k;
                if (t.word(k).equals("year") || t.word(k).equals("class") && k + 1 < t.n && t.smallNumber(k + 1) >= 0) {
                    end = k + 1; // "Year 4", "Class 3"
                }
                while (end + 1 < t.n && t.sentence(end + 1) == sent && t.capitalised(end + 1) && t.spaceOnlyAfter(end)
                        && t.has(end + 1, SCHOOL)) {
                    end++;
                }
                if (end + 1 < t.n && t.has(end + 1, ADULT_ROLE) && t.spaceOnlyAfter(end)) {
                    return -1; // "Class teacher"
                }
                // "Year 4 at St Mary's Primary": run on to the school's name
                for (int q = end + 1; q < t.n && q <= end + 6 && t.sentence(q) == sent; q++) {
                    if (t.has(q, SCHOOL) && t.capitalised(q) && !t.word(q).equals("year")) {
                        end = q;
                        break;
                    }
                    if (!(t.capitalised(q) || t.word(q).equals("at") || t.word(q).equals("in"))) {
                        break;
                    }
                }
                return end;
            }
        }
        return -1;
    }

    /**
     * School words that name the institution: written straight after a capitalised word (no "at", "from" or
     * bracket between), that word is part of the school's own name, as schools are named after places and people.
     */
    private static final java.util.Set<String> INSTITUTIONS = java.util.Set.of("school", "primary", "infants",
            "infant", "juniors", "junior", "academy", "college", "nursery", "preschool", "pre-school", "high",
            "grammar", "comprehensive");

    /** Activities whose "school" or "academy" is a business named after its owner. */
    private static final java.util.Set<String> ACTIVITY_SCHOOLS = java.util.Set.of("dance", "dancing", "ballet",
            "stage", "drama", "theatre", "swim", "swimming", "football", "soccer", "rugby", "tennis", "golf",
            "driving", "music", "karate", "judo", "taekwondo", "gymnastics", "cookery", "art", "arts", "riding",
            "sailing", "surf", "language", "languages", "performing", "beauty", "hair", "boxing", "martial");

    static boolean isLinkWord(String w) {
        return switch (w) {
            case "in", "at", "from", "of", "the", "a", "who", "goes", "to", "attends", "pupil", "aged", "is", "s",
                 "started", "starts", "now",
                 "o", "yn" -> true; // Welsh "o" (from), "yn" (in): "Nia o Ysgol y Garnedd"
            default -> false;
        };
    }

    static int schoolBefore(PeopleText t, int first) {
        int sent = t.sentence(first);
        for (int k = first - 1; k >= 0 && k >= first - 3 && t.sentence(k) == sent; k--) {
            if (t.has(k, ADULT_ROLE)) {
                return -1;
            }
            String w = t.word(k);
            if (w.equals("pupil") || w.equals("schoolboy") || w.equals("schoolgirl") || w.equals("classmate")) {
                int start = k;
                if (k >= 2 && t.word(k - 2).equals("year") && t.smallNumber(k - 1) >= 0) {
                    start = k - 2;
                }
                return start;
            }
        }
        return -1;
    }

    static boolean isSchoolWord(PeopleText t, int k) {
        if (!t.has(k, SCHOOL)) {
            return false;
        }
        return switch (t.word(k)) {
            case "year" -> {
                int v = k + 1 < t.n ? t.smallNumber(k + 1) : -1;
                yield t.capitalised(k) && v >= 1 && v <= 13;
            }
            case "reception" -> t.capitalised(k); // the class, not the council's front desk
            default -> true;
        };
    }
}
