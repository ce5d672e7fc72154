package org.councilpolicy.content.personaldata;

import static org.councilpolicy.content.personaldata.PeopleTerms.AMBIGUOUS;
import static org.councilpolicy.content.personaldata.PeopleTerms.FIRST;
import static org.councilpolicy.content.personaldata.PeopleTerms.SURNAME;
import static org.councilpolicy.content.personaldata.PeopleTerms.TITLE;

import java.util.Set;
import org.councilpolicy.core.analysis.Places;

/**
 * Shapes of a name that {@link NameFinder} reads besides "first name + surname" (issue 11): initials ("A. Patel",
 * "Mrs J. Kowalski"), lower-case particles inside a name ("Gwenllian ap Iorwerth") and a household named by its
 * surname ("the Jenkins family"). Each looks at a word or two around the candidate, so the finder stays linear.
 */
final class NameShapes {

    private NameShapes() {
    }

    /**
     * Words of public office, elections and court proceedings: a sentence about them names candidates, councillors
     * and parties to a case, which other rules judge (pre-election, contempt); an untitled pair with an unlisted
     * surname and no person cue there is not read as a private person.
     */
    private static final Set<String> PUBLIC_MATTERS = Set.of("candidate", "candidates", "councillor",
            "councillors", "cllr", "mp", "mps", "msp", "election", "elections", "vote", "votes", "voting", "ballot",
            "polling", "court", "magistrates", "trial", "jury", "judge", "defendant", "accused", "sentencing",
            "hearing", "charged", "cabinet", "mayor", "minister", "party", "labour", "conservative", "conservatives",
            "tory", "tories", "liberal", "democrats", "reform", "plaid", "snp", "independent");
    private static final int PUBLIC_WINDOW = 12;

    /** Whether a word of {@link #PUBLIC_MATTERS} stands within a few words of [first, last], same sentence. */
    static boolean publicMatter(PeopleText t, int first, int last) {
        int sent = t.sentence(first);
        for (int k = Math.max(0, first - PUBLIC_WINDOW); k < Math.min(t.n, last + PUBLIC_WINDOW); k++) {
            if (t.sentence(k) == sent && PUBLIC_MATTERS.contains(t.word(k))) {
                return true;
            }
        }
        return false;
    }

    /** Words of policing and court proceedings, besides {@link #PUBLIC_MATTERS}, read over a whole text. */
    private static final Set<String> PROCEEDINGS = Set.of("police", "arrested", "arrest", "remanded", "custody",
            "bail", "appeared", "appear", "appears", "sentenced", "guilty", "prosecution", "crown", "plea",
            "pleaded", "denies", "denied", "alleged", "allegedly", "investigation", "inquest", "officers");

    /**
     * Whether any word of the text is about public office, elections, policing or court proceedings: weaker
     * evidence of a private person (a pronoun taking up a name) is not read in such a text, where the name may be
     * a candidate's, an office-holder's or a defendant's.
     */
    static boolean publicMatterInText(PeopleText t) {
        return t.publicMatter();
    }

    /** The scan behind {@link #publicMatterInText}, once per text. */
    static boolean scanPublicMatter(PeopleText t) {
        for (int k = 0; k < t.n; k++) {
            String w = t.word(k);
            if (PUBLIC_MATTERS.contains(w) || PROCEEDINGS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** Lower-case words inside a name: Welsh "ap"/"ab"/"ferch", Dutch and German "van"/"von", Arabic "bin". */
    static final Set<String> PARTICLES = Set.of("ap", "ab", "ferch", "verch", "van", "von", "bin", "binti");

    /** Whether word {@code i} is a single capital letter, an initial ("J", "J."). */
    static boolean initial(PeopleText t, int i) {
        return i < t.n && t.capitalised(i) && t.word(i).length() == 1 && Character.isLetter(t.word(i).charAt(0));
    }

    /** Whether the gap after word {@code i} joins it to the next word of a name: spaces, or ". " after an initial. */
    static boolean joinedAfter(PeopleText t, int i) {
        if (t.spaceOnlyAfter(i)) {
            return true;
        }
        if (!initial(t, i) || i + 1 >= t.n) {
            return false;
        }
        String gap = t.gapAfter(i);
        return gap.equals(".") || gap.equals(". ");
    }

    /** "A. Patel", "J Smith": an initial joined to a capitalised surname-like word (listed, or no everyday word). */
    static boolean initialAndSurname(PeopleText t, int i) {
        return initial(t, i) && i + 1 < t.n && joinedAfter(t, i) && NameFinder.isNameWord(t, i + 1)
                && (t.has(i + 1, SURNAME) || !NameFinder.everydayWord(t, i + 1) && !t.has(i + 1, FIRST))
                && !(i > 0 && t.has(i - 1, TITLE));
    }

    /** "the Jenkins family": "the", a capitalised surname-like word, then "family" in lower case. */
    static boolean familyName(PeopleText t, int i) {
        if (i < 1 || i + 1 >= t.n || !t.word(i - 1).equals("the") || !t.word(i + 1).equals("family")
                || t.capitalised(i + 1) || !t.spaceOnlyAfter(i - 1) || !t.spaceOnlyAfter(i)) {
            return false;
        }
        return NameFinder.isNameWord(t, i) && (t.has(i, SURNAME) || !NameFinder.everydayWord(t, i))
                && !t.has(i, AMBIGUOUS)
                && !Places.isPlace(t.original.substring(t.start(i), t.end(i)));
    }

    /**
     * "the Okafors", "the Hussains": "the", then a listed surname in the plural naming a household ("the Smiths next
     * door"). The singular must be a listed surname that is no everyday word ("Evans the Butchers" is a shop) and no
     * first name that is also one, the plural itself no listed word or gazetteer place, with no capitalised word or venue word after it ("the
     * Hollies Care Home"), and not in a text about office, elections, policing or court ("the Tories").
     */
    static boolean familyPlural(PeopleText t, int i) {
        if (i < 1 || !t.word(i - 1).equals("the") || !t.spaceOnlyAfter(i - 1) || t.possessive(i)) {
            return false;
        }
        String w = t.word(i);
        if (w.length() < 5 || w.charAt(w.length() - 1) != 's' || !NameFinder.isNameWord(t, i)
                || t.has(i, SURNAME | FIRST | PeopleTerms.COMMON)) {
            return false;
        }
        int stem = PeopleTerms.get().flags(w.substring(0, w.length() - 1));
        if ((stem & SURNAME) == 0 || (stem & (PeopleTerms.COMMON | AMBIGUOUS | PeopleTerms.NOT_NAME)) != 0) {
            return false;
        }
        if (i + 1 < t.n && t.spaceOnlyAfter(i) && t.capitalised(i + 1)) {
            return false;
        }
        return !Places.isPlace(t.original.substring(t.start(i), t.end(i))) && !publicMatterInText(t);
    }

    /** Welsh and Gaelic words for a venue that come before its name ("Ysgol Bryn Teg", "Capel Bethania"). */
    private static final Set<String> VENUE_FIRST = Set.of("ysgol", "sgoil", "capel", "eglwys", "canolfan",
            "neuadd", "llyfrgell", "amgueddfa", "ysbyty", "gwesty", "clwb", "caffi", "parc", "eaglais", "talla");

    /**
     * Whether the candidate name at {@code first} names a venue or a place by the word before it: a capitalised
     * Welsh or Gaelic venue word ("Ysgol Bryn Teg") or a Welsh article after a capitalised word ("Pen y Bryn").
     */
    static boolean venueOrPlaceBefore(PeopleText t, int first) {
        int p = first - 1;
        if (p < 0 || !t.spaceOnlyAfter(p)) {
            return false;
        }
        if (t.capitalised(p) && VENUE_FIRST.contains(t.word(p))) {
            return true;
        }
        return p >= 1 && (t.word(p).equals("y") || t.word(p).equals("yr")) && !t.capitalised(p)
                && t.capitalised(p - 1) && t.spaceOnlyAfter(p - 1);
    }

    /**
     * An untitled "first name + word" that reads as a place, as so many UK place names do ("West Bridgford",
     * "Little Stanley", "Mill Hill"): a compass or size word in front ("West", "North", "Little", "Long"...),
     * a preposition of place or "the" just before ("centre in West Bridgford", "the Sutton Bonington in Bloom
     * team"), or a venue word or "in Bloom" just after ("Mill Hill Library"). A possessive name is a person's
     * ("in Sarah Jones's garden"). A first name that ends a gazetteer place with the word before it is that place.
     */
    static boolean looksLikePlace(PeopleText t, int first, int last) {
        if (last > first && NameFinder.PLACE_PREFIXES.contains(t.word(first))) {
            return true;
        }
        if (t.possessive(last)) {
            return false;
        }
        if (first > 0 && t.capitalised(first - 1) && t.spaceOnlyAfter(first - 1)
                && Places.isPlace(t.original.substring(t.start(first - 1), t.end(last)))) {
            return true; // "Kirkby Stephen", "Milton Keynes": the first name ends a place's name
        }
        if (first > 0 && NameFinder.PLACE_BEFORE.contains(t.word(first - 1)) && t.spaceOnlyAfter(first - 1)) {
            return true;
        }
        int k = last + 1;
        if (k < t.n && t.spaceOnlyAfter(last)) {
            if (t.capitalised(k) && t.has(k, PeopleTerms.VENUE_WORD | PeopleTerms.NOT_NAME)) {
                return true;
            }
            return t.word(k).equals("in") && k + 1 < t.n && t.word(k + 1).equals("bloom") && t.capitalised(k + 1);
        }
        return false;
    }

}
