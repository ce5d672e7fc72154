package org.councilpolicy.content.personaldata;

import static org.councilpolicy.content.personaldata.PeopleTerms.ADULT_ROLE;
import static org.councilpolicy.content.personaldata.PeopleTerms.FLAT_WORD;
import static org.councilpolicy.content.personaldata.PeopleTerms.HOUSE_WORD;
import static org.councilpolicy.content.personaldata.PeopleTerms.NOT_NAME;
import static org.councilpolicy.content.personaldata.PeopleTerms.ROLE_AFTER;
import static org.councilpolicy.content.personaldata.PeopleTerms.ROLE_BEFORE;
import static org.councilpolicy.content.personaldata.PeopleTerms.STOP;
import static org.councilpolicy.content.personaldata.PeopleTerms.STREET_TYPE;
import static org.councilpolicy.content.personaldata.PeopleTerms.TITLE;
import static org.councilpolicy.content.personaldata.PeopleTerms.VENUE_WORD;


import java.util.ArrayList;
import java.util.List;
import org.councilpolicy.core.rule.PersonalDataKind;
import org.councilpolicy.core.rule.Span;

/**
 * The address part of {@link PeopleDetector}: a house number or house name with a street, in a residential
 * context, never a venue or public building.
 */
final class AddressFinder {

    private AddressFinder() {
    }

    static List<PeopleMention> find(PeopleText t) {
        return find(t, new ArrayList<>());
    }

    /**
     * The addresses in a residential context or with nothing public around them; {@code worksSites} receives the
     * addresses that only a fault or works word makes public ("the streetlight outside 15 Farm Lane"), which are
     * a works site in the council's own post but the resident's home in a reply or a resident's comment.
     */
    static List<PeopleMention> find(PeopleText t, List<PeopleMention> worksSites) {
        List<PeopleMention> out = new ArrayList<>();
        int coveredTo = -1;
        for (int k = 0; k < t.n; k++) {
            if (k <= coveredTo) {
                continue;
            }
            int start = -1;
            int end = -1;
            int house = HouseNames.withPlace(t, k);
            if (house > 0) {
                start = k;
                end = house; // tied to a resident's case by the words before it: residential
            } else if (t.has(k, STREET_TYPE) && t.capitalised(k)) {
                int nameStart = k;
                while (nameStart - 1 >= 0 && k - nameStart < 3 && t.spaceOnlyAfter(nameStart - 1)
                        && t.capitalised(nameStart - 1) && !t.isHouseNumber(nameStart - 1)
                        && (!t.has(nameStart - 1, STOP) || t.word(nameStart - 1).equals("the")
                        && nameStart - 2 >= 0 && t.isHouseNumber(nameStart - 2))) {
                    nameStart--;
                }
                if (nameStart == k) {
                    continue;
                }
                start = addressStart(t, nameStart);
                end = k;
            } else if ((t.word(k).equals("number") || t.word(k).equals("no")) && k + 1 < t.n
                    && t.isHouseNumber(k + 1) && residentialBefore(t, k) && !publicPlaceNear(t, k, k + 1)) {
                start = k;
                end = k + 1;
            } else if (t.isHouseNumber(k) && !t.has(k + 1, STREET_TYPE)) {
                end = streetWithPostcode(t, k);
                if (end < 0) {
                    end = lowerCaseStreet(t, k);
                }
                start = end > 0 ? k : -1;
                if (end < 0) {
                    end = namedStreet(t, k);
                    start = end < 0 ? -1 : numbered(t, k) ? k - 1 : k;
                }
            }
            if (start < 0) {
                continue;
            }
            coveredTo = end;
            Span span = new Span(t.start(start), t.end(end));
            if (!out.isEmpty() && out.get(out.size() - 1).overlaps(span)) {
                out.remove(out.size() - 1); // "outside number 12" then "number 12 on Elm Road": keep the longer
            }
            int publicPlace = publicPlace(t, start, end);
            boolean residential = house > 0 && publicPlace == NONE || residentialNear(t, start, end)
                    || personBefore(t, start);
            if (residential) {
                out.add(new PeopleMention(PersonalDataKind.STREET_ADDRESS, span, true,
                        "an address in a residential context"));
            } else if (publicPlace == NONE) {
                out.add(new PeopleMention(PersonalDataKind.STREET_ADDRESS, span, false,
                        "a house number or house name with a street; it may be a business or venue"));
            } else if (publicPlace == WORKS) {
                worksSites.add(new PeopleMention(PersonalDataKind.STREET_ADDRESS, span, false,
                        "a house number or house name with a street where a fault or works are reported"));
            }
        }
        return out;
    }

    /** Words before a named building where a fault is, not where the public goes: "outside The Haven, 2 …". */
    private static final java.util.Set<String> FAULT_SITE = java.util.Set.of("outside", "opposite", "behind");

    /** Street types that are no everyday word, for addresses written in lower case ("23 elm road"). */
    private static final java.util.Set<String> PLAIN_STREET_TYPES = java.util.Set.of("road", "rd", "street",
            "lane", "avenue", "ave", "drive", "close", "crescent", "cres", "grove", "terrace", "gardens", "mews");

    /**
     * "the bloke at 23 elm road": a house number, one or two lower-case words and a street type, as residents
     * write in comments; only with a resident around it ("lives at", "the people at"), as these words are also
     * everyday ones. Returns the index of the street type, or -1.
     */
    static int lowerCaseStreet(PeopleText t, int number) {
        int k = number + 1;
        for (int words = 0; k < t.n && words < 3 && t.spaceOnlyAfter(k - 1) && !t.capitalised(k)
                && Character.isLetter(t.word(k).charAt(0)); words++, k++) {
            if (words > 0 && PLAIN_STREET_TYPES.contains(t.word(k))) {
                return residentialNear(t, number, k) ? k : -1;
            }
            if (t.has(k, STOP)) {
                return -1;
            }
        }
        return -1;
    }

    /** Articles inside Welsh and Scottish Gaelic street names. */
    private static final java.util.Set<String> CELTIC_ARTICLES = java.util.Set.of("y", "yr", "na", "nan", "nam",
            "an", "a");

    /** Whether "number" or "no" stands right before the house number {@code k}. */
    static boolean numbered(PeopleText t, int k) {
        return k > 0 && (t.word(k - 1).equals("number") || t.word(k - 1).equals("no"))
                && t.sentence(k - 1) == t.sentence(k);
    }

    /**
     * "Number 12 Bryn Teg", "the people at 41 Westfield": a house number and one or two capitalised words with no
     * street type (Welsh and Gaelic street names, "Westfield"), when "number" stands before it or a resident is
     * around it. Months, places and venues are not streets. Returns the index of the street's last word, or -1.
     */
    static int namedStreet(PeopleText t, int number) {
        int k = number + 1;
        int last = -1;
        while (k < t.n && k - number <= 3 && t.spaceOnlyAfter(k - 1) && t.sentence(k) == t.sentence(number)) {
            if (last >= 0 && CELTIC_ARTICLES.contains(t.word(k)) && !t.capitalised(k) && k + 1 < t.n
                    && t.spaceOnlyAfter(k) && t.capitalised(k + 1)) {
                k++; // "Maes y Llan", "Sràid na h-Eaglaise": the Welsh or Gaelic article inside the name
                continue;
            }
            if (!t.capitalised(k) || t.upper(k) || !Character.isLetter(t.word(k).charAt(0))
                    || t.has(k, STOP | STREET_TYPE | VENUE_WORD | TITLE | NOT_NAME | PeopleTerms.AMBIGUOUS)) {
                break;
            }
            last = k++;
        }
        if (last >= 0 && last + 1 < t.n && t.spaceOnlyAfter(last) && t.has(last + 1, STREET_TYPE)) {
            return -1; // the street-type branch reads "12 Bryn Road"
        }
        return last >= 0 && (numbered(t, number) || residentialNear(t, number, last)
                || last > number + 1 && CELTIC_STREET_FIRST.contains(t.word(number + 1))) ? last : -1;
    }

    /**
     * Welsh and Scottish Gaelic words for a street's type, which come first in its name ("12 Ffordd Pen Llech",
     * "2 Bryn Celyn", "6 Sràid a' Chaisteil"): after a house number and before another word of the name they make
     * it a street as surely as "Road" does after one. Common nouns from Welsh and Gaelic dictionaries.
     */
    private static final java.util.Set<String> CELTIC_STREET_FIRST = java.util.Set.of("heol", "ffordd", "stryd",
            "lôn", "lon", "rhodfa", "maes", "cae", "llys", "clos", "teras", "cilgant", "sgwâr", "gerddi", "parc",
            "bryn", "rhes", "allt", "sràid", "sraid", "rathad", "lòn", "cnoc", "achadh");

    /**
     * "27 Ridgeway, Plymouth PL7 4HJ": a house number, one or two capitalised words without a street type, an
     * optional town and a postcode. Returns the index of the street name's last word, or -1.
     */
    static int streetWithPostcode(PeopleText t, int number) {
        int k = number + 1;
        if (k >= t.n || !t.spaceOnlyAfter(number) || t.sentence(k) != t.sentence(number)) {
            return -1;
        }
        int last = -1;
        while (k < t.n && k - number <= 2 && t.capitalised(k) && !t.has(k, STOP) && !t.upper(k)
                && Character.isLetter(t.word(k).charAt(0)) && (k == number + 1 || t.spaceOnlyAfter(k - 1))) {
            if (t.has(k, STREET_TYPE)) {
                return -1; // "8 Station Road": a street with its type, found by the street-type branch
            }
            last = k++;
        }
        if (last < 0) {
            return -1;
        }
        // then the postcode, after at most two words of a town
        for (int j = last + 1; j < t.n && j <= last + 3 && t.sentence(j) == t.sentence(number); j++) {
            String gap = t.gapAfter(j - 1).strip();
            if (!(gap.isEmpty() || gap.equals(","))) {
                return -1;
            }
            if (PostcodeRule.postcodeAt(t.original, t.start(j)) > 0) {
                return last;
            }
            if (!t.capitalised(j) || t.has(j, STOP)) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * "Mr Derek Lowe of 16 Castle Road", "keeper Mr Paul Hendry, 18 Beech Road": a titled name just before the
     * address says whose home it is.
     */
    static boolean personBefore(PeopleText t, int start) {
        int k = start - 1;
        if (k < 0 || t.sentence(k) != t.sentence(start)) {
            return false;
        }
        if (t.word(k).equals("of") && t.spaceOnlyAfter(k)) {
            k--;
        } else if (!t.gapAfter(k).strip().equals(",")) {
            return false;
        }
        int words = 0;
        while (k >= 0 && words < 3 && t.capitalised(k) && !t.has(k, TITLE) && !t.has(k, STOP)
                && t.sentence(k) == t.sentence(start)) {
            k--;
            words++;
        }
        return words > 0 && k >= 0 && t.has(k, TITLE) && t.capitalised(k) && t.sentence(k) == t.sentence(start);
    }

    /** Where the address begins, given the first word of a street name, or -1 when there is no house. */
    static int addressStart(PeopleText t, int nameStart) {
        int p = nameStart - 1;
        if (p < 0) {
            return -1;
        }
        String gap = t.gapAfter(p).strip();
        if (t.isHouseNumber(p) && (gap.isEmpty() || gap.equals(","))) {
            int start = p;
            // "Flat 3, 45 High Street"
            if (p >= 2 && t.isHouseNumber(p - 1) && t.has(p - 2, FLAT_WORD)) {
                start = p - 2;
            }
            return start;
        }
        // "number 12 on Elm Road"
        if (p >= 2 && (t.word(p).equals("on") || t.word(p).equals("in")) && t.isHouseNumber(p - 1)
                && (t.word(p - 2).equals("number") || t.word(p - 2).equals("no"))) {
            return p - 2;
        }
        // "Rose Cottage, Mill Lane"
        if (t.has(p, HOUSE_WORD) && t.capitalised(p) && gap.equals(",")) {
            int s = p;
            while (s - 1 >= 0 && p - s < 2 && t.capitalised(s - 1) && t.spaceOnlyAfter(s - 1)
                    && !t.has(s - 1, STOP)) {
                s--;
            }
            if (s < p) {
                return s;
            }
        }
        // "a family at Penrhyn, Tan-y-Bwlch Road", "Mr and Mrs Shaw of The Laurels, Back Lane": a house name with no
        // house word, when a resident stands right before it
        if (gap.equals(",") && t.capitalised(p) && !t.upper(p)
                && !t.has(p, STOP | VENUE_WORD | NOT_NAME | STREET_TYPE | FLAT_WORD)) {
            int s = p;
            while (s - 1 >= 0 && p - s < 2 && t.capitalised(s - 1) && t.spaceOnlyAfter(s - 1)
                    && !t.has(s - 1, STOP | VENUE_WORD)) {
                s--;
            }
            if (s - 1 >= 0 && t.word(s - 1).equals("the") && t.capitalised(s - 1) && t.spaceOnlyAfter(s - 1)) {
                s--;
            }
            if ((residentialBefore(t, s) || personBefore(t, s))
                    && !org.councilpolicy.core.analysis.Places.isPlace(t.original.substring(t.start(s), t.end(p)))) {
                return s; // not "Mr Jones of Barnstaple, High Street": a town, not a house
            }
        }
        return -1;
    }

    static boolean residentialBefore(PeopleText t, int k) {
        return t.cueCovers(k, PeopleTerms.Cue.RESIDENTIAL) || k > 0 && t.cueEndsAt(k - 1, PeopleTerms.Cue.RESIDENTIAL);
    }

    static boolean residentialNear(PeopleText t, int start, int end) {
        int sent = t.sentence(start);
        for (int k = Math.max(0, start - 10); k <= Math.min(t.n - 1, end + 12); k++) {
            if (t.sentence(k) == sent && t.cueCovers(k, PeopleTerms.Cue.RESIDENTIAL)) {
                return true;
            }
        }
        return false;
    }

    static boolean publicPlaceNear(PeopleText t, int start, int end) {
        return publicPlace(t, start, end) != NONE;
    }

    /** {@link #publicPlace}: nothing public near the address. */
    static final int NONE = 0;
    /** {@link #publicPlace}: only a fault or works word near the address. */
    static final int WORKS = 1;
    /** {@link #publicPlace}: a venue, event or public place near the address. */
    static final int PUBLIC = 2;

    /** What makes the address at [start, end] public, if anything: {@link #NONE}, {@link #WORKS}, {@link #PUBLIC}. */
    static int publicPlace(PeopleText t, int start, int end) {
        int sent = t.sentence(start);
        int found = NONE;
        // "the Mansion, 5 Fore Street": a named building before the number is a venue (not a registration mark or
        // code in capitals: "reg LK19 XRT, 18 Elm Road")
        if (start > 0 && t.isHouseNumber(start) && t.capitalised(start - 1) && !t.has(start - 1, FLAT_WORD)
                && !t.upper(start - 1) && !NameFinder.hasDigit(t.word(start - 1))
                && t.gapAfter(start - 1).strip().equals(",") && t.sentence(start - 1) == sent) {
            // "Rose Cottage, 3 Kiln Row": a house's own name before its number is a home, not a venue; "The Haven,
            // 2 Riverside Mews" may be either, so it is a home only where a reply or a resident's comment says so
            String named = t.original.substring(t.start(start - 1), t.end(start - 1));
            if (AddressShapes.HOME_WORDS.contains(named)) {
                return NONE;
            }
            int the = start >= 3 && t.word(start - 3).equals("the") && !t.has(start - 2, VENUE_WORD) ? start - 3
                    : start - 2;
            return the >= 1 && t.word(the).equals("the") && t.capitalised(the) && FAULT_SITE.contains(t.word(the - 1))
                    && !t.has(start - 1, VENUE_WORD | PeopleTerms.NOT_NAME) ? WORKS : PUBLIC;
        }
        for (int k = Math.max(0, start - 12); k <= Math.min(t.n - 1, end + 8); k++) {
            if (t.sentence(k) != sent) {
                continue;
            }
            if (t.cueCovers(k, PeopleTerms.Cue.PUBLIC_PLACE) && !bookedFor(t, k, start) && !residentsApplication(t, k)) {
                return PUBLIC;
            }
            if (t.cueCovers(k, PeopleTerms.Cue.WORKS_SITE)) {
                found = WORKS;
            }
            if ((k < start || k > end) && t.has(k, VENUE_WORD) && t.capitalised(k)) {
                return PUBLIC;
            }
            if (k >= start && k <= end && t.has(k, VENUE_WORD) && t.capitalised(k) && t.has(k, HOUSE_WORD)) {
                return PUBLIC; // "Follaton House, Plymouth Road"
            }
        }
        return found;
    }

    /**
     * "the bulky waste booking for 6 Carters Way": a booking made for the address right after it is a resident's
     * service at home, not a public place's booking line.
     */
    private static boolean bookedFor(PeopleText t, int k, int start) {
        return k + 2 == start && (t.word(k).equals("booking") || t.word(k).equals("bookings"))
                && t.word(k + 1).equals("for");
    }

    /** Services a resident applies to for themselves: "the housing application at …" is their case, not a site. */
    private static final java.util.Set<String> OWN_APPLICATIONS = java.util.Set.of("housing", "homelessness",
            "benefit", "benefits", "badge", "grant", "discount", "reduction", "support", "transfer", "your", "her",
            "his", "their");

    /** "the housing application at 22 …", "your application for …": a resident's own application, not a site's. */
    private static boolean residentsApplication(PeopleText t, int k) {
        return t.word(k).equals("application") && k > 0 && OWN_APPLICATIONS.contains(t.word(k - 1));
    }

    /** Whether a street type ends one to three capitalised words starting at {@code k}: "Riverside Mews". */
    static boolean streetAhead(PeopleText t, int k) {
        for (int j = k; j < t.n && j < k + 3 && t.capitalised(j) && (j == k || t.spaceOnlyAfter(j - 1)); j++) {
            if (j > k && t.has(j, PeopleTerms.STREET_TYPE)) {
                return true;
            }
        }
        return false;
    }
}
