package org.councilpolicy.content.personaldata;

import static org.councilpolicy.content.personaldata.PeopleTerms.NOT_NAME;
import static org.councilpolicy.content.personaldata.PeopleTerms.STOP;
import static org.councilpolicy.content.personaldata.PeopleTerms.STREET_TYPE;
import static org.councilpolicy.content.personaldata.PeopleTerms.TITLE;
import static org.councilpolicy.content.personaldata.PeopleTerms.VENUE_WORD;

import java.util.Set;
import org.councilpolicy.core.analysis.Places;

/**
 * Issue 11, addresses in less common shapes: a named house with no house word, then its street or village
 * ("Hillcrest, Lower Street, Dittisham", "Tigh na Mara, Achmore", "Bryn Awel, Llanfair"), where a reply ties it
 * to a resident's case ("we've logged the missed collection at …", "your bin at …"). A name with a street type,
 * a venue word or a place's own name is not a house. Reads a few words around the candidate only (linear).
 */
final class HouseNames {

    private HouseNames() {
    }

    /** Words before the house name: "at", "from", "for". */
    private static final Set<String> BEFORE = Set.of("at", "from", "for", "of", "outside", "opposite", "behind",
            "inspect", "visit");
    /** Words of a resident's case or home earlier in the sentence. */
    private static final Set<String> CASE_WORDS = Set.of("your", "logged", "missed", "collection", "collections",
            "repair", "repairs", "complaint", "bin", "bins", "collect", "lives", "live", "home", "house", "tenancy", "owner",
            "neighbour", "neighbours", "inspect", "inspection", "inspected", "booked", "visit");
    private static final Set<String> ARTICLES = Set.of("y", "yr", "na", "nan", "nam", "an", "a");
    private static final int MAX_NAME_WORDS = 3;
    private static final int CASE_WORDS_BACK = 12;

    /**
     * The index of the last word of "house name, [street,] village" starting at {@code k}, or -1.
     */
    static int withPlace(PeopleText t, int k) {
        // cheapest tests first: this runs for every word of every text
        if (k < 1 || !t.capitalised(k) || t.capitalised(k - 1) || !BEFORE.contains(t.word(k - 1))
                || !t.spaceOnlyAfter(k - 1) || !nameWord(t, k)) {
            return -1;
        }
        int last = k;
        for (int j = k + 1; j < t.n && j - k < MAX_NAME_WORDS + 1 && t.spaceOnlyAfter(j - 1); j++) {
            if (ARTICLES.contains(t.word(j)) && !t.capitalised(j) && j + 1 < t.n && nameWord(t, j + 1)) {
                continue;
            }
            if (!nameWord(t, j)) {
                break;
            }
            last = j;
        }
        if (!t.gapAfter(last).strip().equals(",") || last + 1 >= t.n
                || t.sentence(last + 1) != t.sentence(k) || Places.isPlace(t.original.substring(t.start(k),
                t.end(last)))) {
            return -1;
        }
        int end = placeOrStreet(t, last + 1);
        return end > 0 && caseBefore(t, k) ? end : -1;
    }

    /** A capitalised word that may name a house: no street type, venue, title, stop word or listed non-name. */
    private static boolean nameWord(PeopleText t, int k) {
        return k < t.n && t.capitalised(k) && !t.upper(k) && Character.isLetter(t.word(k).charAt(0))
                && !t.has(k, STOP | STREET_TYPE | VENUE_WORD | TITLE | NOT_NAME);
    }

    /** The last word of a street with its type, or of a place in the gazetteer, starting at {@code k}; or -1. */
    private static int placeOrStreet(PeopleText t, int k) {
        for (int j = k + 1; j < t.n && j < k + 3 && t.capitalised(j) && t.spaceOnlyAfter(j - 1); j++) {
            if (t.has(j, STREET_TYPE)) {
                return j; // "Moor Lane"
            }
        }
        for (int j = k; j < t.n && j < k + 3 && t.capitalised(j) && (j == k || t.spaceOnlyAfter(j - 1)); j++) {
            if (Places.isPlace(t.original.substring(t.start(k), t.end(j)))) {
                int longer = j + 1 < t.n && t.spaceOnlyAfter(j) && t.capitalised(j + 1)
                        && Places.isPlace(t.original.substring(t.start(k), t.end(j + 1))) ? j + 1 : j;
                return longer;
            }
        }
        return -1;
    }

    private static boolean caseBefore(PeopleText t, int k) {
        int sent = t.sentence(k);
        for (int j = k - 1; j >= 0 && j >= k - CASE_WORDS_BACK && t.sentence(j) == sent; j--) {
            if (CASE_WORDS.contains(t.word(j))) {
                return true;
            }
        }
        return false;
    }

    /** Welsh and Gaelic words that open a one-word house name: "Bryncelyn", "Hafod", "Gwelfor", "Taigh". */
    private static final java.util.regex.Pattern HOUSE_ELEMENT = java.util.regex.Pattern.compile(
            "(?:Bryn|Hafod|Hafan|Gwel|Cartref|Hendre|Llys|Gorwel|Awel|Trem|Tyddyn|Taigh|Tigh)\\p{Ll}*"
            + "|\\p{Lu}\\p{Ll}+(?:view|crest|holme|haven|croft|dene|garth|stead|acres|lea)");
    private static final java.util.regex.Pattern BEFORE_HOUSE = java.util.regex.Pattern.compile(
            "(?:^|[^\\p{L}])(?:outside|at|from|to|of|opposite|behind) $");

    /**
     * "outside Hafod, Cwm Cou", "at Bryncelyn, Llanfair Caereinion", "at Hillcrest, Upton": a one-word house name
     * (a Welsh or Gaelic house word opening it, or an English house-name ending) after a word of place, then its
     * village of one or two capitalised words, around the comma at {@code comma}; or null. A listed name, an
     * everyday word or a village followed by its town ("at Coedpoeth, Wrexham") is no house. Reported, like the
     * other less common shapes, only with a resident or a case around it.
     */
    static org.councilpolicy.core.rule.Span oneWordHouse(String s, int comma) {
        int b = comma;
        while (b > 0 && comma - b < 24 && Character.isLetter(s.charAt(b - 1))) {
            b--;
        }
        if (b == comma || b < 2 || !Character.isUpperCase(s.charAt(b)) || s.charAt(b - 1) != ' '
                || !HOUSE_ELEMENT.matcher(s).region(b, comma).matches()
                || !BEFORE_HOUSE.matcher(s.substring(Math.max(0, b - 10), b)).find()) {
            return null;
        }
        String house = s.substring(b, comma);
        int flags = PeopleTerms.get().flags(PeopleTerms.key(house.toLowerCase(java.util.Locale.ROOT)));
        if ((flags & (PeopleTerms.COMMON | PeopleTerms.FIRST | PeopleTerms.SURNAME | NOT_NAME | STREET_TYPE)) != 0) {
            return null;
        }
        int k = comma + 1;
        if (k >= s.length() || s.charAt(k) != ' ') {
            return null;
        }
        k++;
        int end = -1;
        for (int words = 0; words < 2 && k < s.length() && Character.isUpperCase(s.charAt(k)); words++) {
            int e = k;
            while (e < s.length() && (Character.isLetter(s.charAt(e)) || s.charAt(e) == '-' || s.charAt(e) == '\'')) {
                e++;
            }
            end = e;
            if (e + 1 >= s.length() || s.charAt(e) != ' ' || !Character.isUpperCase(s.charAt(e + 1))) {
                break;
            }
            k = e + 1;
        }
        if (end < 0 || Places.isPlace(house) && Places.isPlace(s.substring(comma + 2, end))) {
            return null;
        }
        return new org.councilpolicy.core.rule.Span(b, end);
    }
}
