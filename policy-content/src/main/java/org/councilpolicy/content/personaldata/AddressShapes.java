package org.councilpolicy.content.personaldata;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.councilpolicy.core.rule.Span;

/**
 * Home addresses in the less common shapes the street-type scanner misses (issue 11): Welsh and Scots Gaelic
 * streets, whose type word comes first ({@code 12 Heol y Nant}, {@code 4 Sràid na h-Eaglais}); streets without
 * a type word ({@code 14 Broadway}, {@code 7 Westgate}, {@code 5 The Paddocks}); and named houses with their
 * village or hamlet ({@code Rose Cottage, Little Hadham}, {@code Tŷ Gwyn, Pentre Berw}). These shapes are also
 * how venues and works sites are written, so {@link StreetAddressRule} reports them only with a resident or a
 * case around them. Each pattern is anchored on a fixed word or a digit and reads at most a few words, so the
 * scan is linear in the text.
 */
final class AddressShapes {

    private static final String NAME = "[\\p{Lu}][\\p{L}'’-]+";
    private static final String NUMBER = "\\b\\d{1,4}[A-Za-z]?,?\\s+";
    /** Welsh and Scots Gaelic street words, which come before the street's name. */
    private static final Pattern CELTIC = Pattern.compile(NUMBER + "(?:Heol|Ffordd|Stryd|Lôn|Lon|Rhodfa|Cilgant"
            + "|Clos|Maes|Teras|Sgwâr|Llwybr|Rhes|Sràid|Sraid|Rathad|Ceum|Lòn|Cnoc|Bràighe|Brae|Craig|Druim|Bruach)"
            + "(?:\\s+(?:(?:y|yr|'r|na|nan|an)(?![\\p{L}'’-])|a'|h-" + NAME + "|" + NAME + ")){1,3}");
    /** A house number and a one-word street whose ending says it is a street, or "The" and a plural name. */
    private static final Pattern UNTYPED = Pattern.compile(NUMBER + "(?:" + NAME + "(?:gate|way|side|field|fields"
            + "|fold|croft|dale|mead|leigh|hurst|brook|holme|garth|loan|wynd|brae|vennel|ridge|bank|moor)"
            + "|The\\s+" + NAME + ")(?![\\p{L}'’-])(?!\\s+\\p{Lu})");
    /** A flat number and its building's name: "Apartment 12, Victoria Mill", "Flat 3, Kingfisher Court". */
    private static final Pattern FLAT_IN_BUILDING = Pattern.compile(NUMBER + NAME + "(?:\\s+" + NAME + ")?\\s+"
            + "(?:Mill|House|Court|Lodge|Mansions|Tower|Heights|Buildings|Wharf|Quay|Point|Works|Yard|Hall)\\b");
    /**
     * A block, plot or pitch and its estate or park: "Block C, Linden Court", "Plot 17, Seaview Park", "Pitch 4,
     * Riverside Holiday Park" (flats, park homes and caravans people live in).
     */
    private static final Pattern UNIT_IN_ESTATE = Pattern.compile("(?:Block|Plot|Pitch|Chalet|Berth|Mooring)\\s+"
            + "(?:[A-Z]|\\d{1,3}[A-Za-z]?)\\b,?\\s+" + NAME + "(?:\\s+" + NAME + "){0,2}");
    /** A house number and one capitalised word with no street type: "16 Glebelands", "14 Balallan, Lochs". */
    private static final Pattern BARE = Pattern.compile(NUMBER + "(" + NAME + ")(?![\\p{L}'’-])(?!\\s+[\\p{Lu}\\d])");
    /** Words after a number that are dates or amounts, not a street. */
    private static final Set<String> NOT_STREETS = Set.of("January", "February", "March", "April", "May", "June",
            "July", "August", "September", "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun",
            "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday", "Year", "Class", "Days", "Weeks", "Months", "Years", "Hours", "Minutes");
    /** Plural things a number counts, never a street's name. */
    private static final Set<String> COUNTED = Set.of("Bags", "Sacks", "Bins", "Boxes", "Tickets", "Places", "Spaces",
            "Items", "Homes", "Houses", "Properties", "Flats", "Schools", "Sites", "Locations", "Streets", "Roads",
            "Trees", "Cars", "Vehicles", "People", "Volunteers", "Members", "Children", "Pupils", "Staff", "Teams",
            "Miles", "Points", "Stars", "Pounds", "Percent", "Times", "Goals", "Runs", "Wickets", "Lessons", "Steps");
    /** A house word just before a comma: "Rose Cottage, Little Hadham". */
    private static final Set<String> HOUSE_WORDS = Set.of("Cottage", "House", "Farm", "Farmhouse", "Barn", "Lodge",
            "Bungalow", "Forge", "Rectory", "Vicarage", "Granary", "Byre", "Steading", "Smithy", "Schoolhouse",
            "Manse", "Mill", "Croft");
    /**
     * House words that name a home, never a venue or an office, before a house number ("Rose Cottage, 3 Kiln
     * Row"): not "House", "Hall", "Lodge" or "Mill", which offices, venues and hotels are called too.
     */
    static final Set<String> HOME_WORDS = Set.of("Cottage", "Cottages", "Farmhouse", "Barn", "Bungalow", "Forge",
            "Granary", "Byre", "Steading", "Smithy", "Schoolhouse", "Manse", "Croft", "Rectory", "Vicarage", "Villa");
    /**
     * Welsh and Gaelic house words, which come first: "Tŷ Gwyn, Pentre Berw", "Tigh na Mara, Achiltibuie", "Bryn
     * Awel, Llanfair" (Welsh bryn, hill; Gaelic tigh/taigh, house), an article ("na", "an", "y") may come between.
     */
    private static final Set<String> WELSH_HOUSE_WORDS = Set.of("Tŷ", "Ty", "Bwthyn", "Fferm", "Bythynnod", "Tigh",
            "Taigh", "Bryn", "Hafod", "Llys", "Plas", "Tyddyn", "Bron");
    private static final Set<String> HOUSE_ARTICLES = Set.of("y", "yr", "na", "nan", "an", "a'");
    /** Longest street address of these shapes, in characters. */
    private static final int WINDOW = 80;
    /** Most addresses of these shapes taken from one text (keeps the overlap checks bounded). */
    private static final int MAX = 32;

    private AddressShapes() {
    }

    /** The addresses of these shapes in {@code text}, in order, not overlapping {@code known}. */
    static List<Span> find(String text, List<PeopleMention> known) {
        List<Span> out = new ArrayList<>();
        int n = text.length();
        // Anchored scans: the street patterns are tried only at a number starting a word, the named house only
        // at a comma after a house word, each over a bounded window, so the whole stays linear.
        Matcher celtic = null; // made at the first number that can start a street (most texts have none)
        Matcher untyped = null;
        Matcher flat = null;
        Matcher bare = null;
        Matcher unit = null;
        for (int i = 0; i < n && out.size() < MAX; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9' && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))
                    && capitalAfterNumber(text, i)) {
                if (celtic == null) {
                    celtic = CELTIC.matcher(text);
                    untyped = UNTYPED.matcher(text);
                    flat = FLAT_IN_BUILDING.matcher(text);
                    bare = BARE.matcher(text);
                }
                boolean matched = false;
                for (Matcher m : List.of(celtic, untyped, flat)) {
                    m.region(i, Math.min(n, i + WINDOW));
                    if (m.lookingAt()) {
                        add(out, known, new Span(m.start(), m.end()));
                        matched = true;
                        break;
                    }
                }
                // A bare street word is read only after a word that puts a place after it (one look back).
                String before = matched ? null : lowerWordBefore(text, i);
                if (before != null && PLACE_BEFORE.contains(before)) {
                    bare.region(i, Math.min(n, i + WINDOW));
                    if (bare.lookingAt() && streetWord(bare.group(1), AT_HOME.contains(before))) {
                        add(out, known, new Span(bare.start(), bare.end()));
                    }
                }
            } else if (c == ',') {
                Span house = namedHouse(text, i);
                house = house != null ? house : HouseNames.oneWordHouse(text, i);
                if (house != null) {
                    add(out, known, house);
                }
            } else if ((c == 'B' || c == 'P' || c == 'C' || c == 'M') && unitWordAt(text, i)
                    && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))) {
                unit = unit == null ? UNIT_IN_ESTATE.matcher(text) : unit;
                unit.region(i, Math.min(n, i + WINDOW));
                if (unit.lookingAt()) {
                    add(out, known, new Span(unit.start(), unit.end()));
                    i = unit.end() - 1;
                }
            }
        }
        return out;
    }

    /**
     * Whether {@link #NUMBER} and a capital can start at {@code i}, as every street pattern needs: one to four
     * digits, a letter, a comma, whitespace, then an upper-case letter (a cheap test before four patterns).
     */
    private static boolean capitalAfterNumber(String text, int i) {
        int n = text.length();
        int k = i;
        while (k < n && text.charAt(k) >= '0' && text.charAt(k) <= '9') {
            k++;
        }
        if (k - i > 4 || k >= n) {
            return false;
        }
        char c = text.charAt(k);
        if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z') {
            k++;
        }
        if (k < n && text.charAt(k) == ',') {
            k++;
        }
        int spaces = k;
        while (k < n && isRegexSpace(text.charAt(k))) {
            k++;
        }
        return k > spaces && k < n && Character.getType(text.codePointAt(k)) == Character.UPPERCASE_LETTER;
    }

    /** {@code \s} of a pattern without flags. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c >= '\t' && c <= '\r';
    }

    /** Whether a word of {@link #UNIT_IN_ESTATE} starts at {@code i} (compared in place: most words are none). */
    private static boolean unitWordAt(String text, int i) {
        for (String w : UNIT_WORDS) {
            if (text.startsWith(w, i)) {
                return true;
            }
        }
        return false;
    }

    private static final String[] UNIT_WORDS = {"Block ", "Plot ", "Pitch ", "Chalet ", "Berth ", "Mooring "};

    /** A capitalised word that can be a street's whole name: no date, amount or everyday word, no first name. */
    private static boolean streetWord(String w, boolean atHome) {
        if (w.length() < 4 || NOT_STREETS.contains(w)) {
            return false;
        }
        String lower = w.toLowerCase(java.util.Locale.ROOT);
        int skip = PeopleTerms.COMMON | PeopleTerms.FIRST | PeopleTerms.NOT_NAME;
        PeopleTerms terms = PeopleTerms.get();
        // A plural of an everyday word is a street's whole name often enough where something is at a home ("the
        // repair at 27 Kingfishers", "outside 4 Larches"), but not a count of things ("goes to 10 Viewpoints", "3 Bags").
        return (terms.flags(PeopleTerms.key(lower)) & skip) == 0 && !COUNTED.contains(w) && (atHome
                || !(lower.endsWith("s") && (terms.flags(PeopleTerms.key(lower.substring(0, lower.length() - 1)))
                & PeopleTerms.COMMON) != 0));
    }

    /** Words that put a place after them: "attend 16 Glebelands", "at 14 Balallan", "for 3 Westbrook". */
    private static final Set<String> PLACE_BEFORE = Set.of("at", "to", "for", "visit", "visited", "attend",
            "attended", "outside", "from", "of", "near", "opposite", "behind");

    /** Words that put a home after them, where a plural everyday word may be the street ("at 27 Kingfishers"). */
    private static final Set<String> AT_HOME = Set.of("at", "outside", "opposite", "behind");

    /**
     * Where the Welsh or Gaelic house word {@code w} starts, or -1: a listed word, or the contracted "Ty'n" (house in
     * the …) and "Ty'r" (house of the …), whose letters after the apostrophe are read as the word.
     */
    private static int welshHouseStart(String s, int[] w) {
        if (w == null) {
            return -1;
        }
        String x = s.substring(w[0], w[1]);
        if (WELSH_HOUSE_WORDS.contains(x)) {
            return w[0];
        }
        if ((x.equals("n") || x.equals("r")) && w[0] >= 3 && (s.charAt(w[0] - 1) == '\'' || s.charAt(w[0] - 1) == '\u2019')) {
            int[] ty = wordEndingAt(s, w[0] - 1);
            if (ty != null && (s.startsWith("Ty", ty[0]) || s.startsWith("T\u0177", ty[0])) && ty[1] - ty[0] == 2) {
                return ty[0];
            }
        }
        return -1;
    }

    /** The lower-case word right before the number at {@code digit}, one space between, or null. */
    private static String lowerWordBefore(String text, int digit) {
        if (digit < 2 || text.charAt(digit - 1) != ' ') {
            return null;
        }
        int[] w = wordEndingAt(text, digit - 1);
        return w == null ? null : text.substring(w[0], w[1]).toLowerCase(java.util.Locale.ROOT);
    }

    private static void add(List<Span> out, List<PeopleMention> known, Span s) {
        if (known.stream().noneMatch(k -> k.overlaps(s))
                && out.stream().noneMatch(o -> o.start() < s.end() && s.start() < o.end())) {
            out.add(s);
        }
    }

    /** "Rose Cottage, Little Hadham" or "Tŷ Gwyn, Pentre Berw" around the comma at {@code comma}, or null. */
    private static Span namedHouse(String s, int comma) {
        int[] w1 = wordEndingAt(s, comma);
        if (w1 == null) {
            return null;
        }
        String last = s.substring(w1[0], w1[1]);
        int[] w2 = wordBefore(s, w1[0]);
        int start;
        if (HOUSE_WORDS.contains(last)) {
            start = w1[0];
            for (int k = 0; k < 2 && w2 != null && capitalised(s, w2[0]); k++) {
                start = w2[0];
                w2 = wordBefore(s, w2[0]);
            }
            if (start == w1[0]) {
                return null; // a bare "House, …" names no house
            }
        } else if (capitalised(s, w1[0]) && welshHouseStart(s, w2) >= 0
                && !(s.startsWith("Bryn ", w2[0]) && listedName(last))) {
            start = welshHouseStart(s, w2); // "Tŷ Gwyn, …", "Ty'r Felin, …"
        } else if (capitalised(s, w1[0]) && w2 != null && HOUSE_ARTICLES.contains(s.substring(w2[0], w2[1]))
                && welshHouseStart(s, wordBefore(s, w2[0])) >= 0) {
            start = welshHouseStart(s, wordBefore(s, w2[0])); // "Tigh na Mara, …", "Bryn yr Eos, …", "Ty'n y Coed, …"
        } else if (WELSH_HOUSE_WORDS.contains(last) && w2 != null && s.substring(w2[0], w2[1]).equals("Y")) {
            start = w2[0]; // "Y Bwthyn, Cwm Cou"
        } else {
            return null;
        }
        int k = comma + 1;
        while (k < s.length() && s.charAt(k) == ' ') {
            k++;
        }
        int end = -1;
        for (int words = 0; words < 2 && capitalised(s, k); words++) {
            int e = k;
            while (e < s.length() && (Character.isLetter(s.charAt(e)) || s.charAt(e) == '-' || s.charAt(e) == '\'')) {
                e++;
            }
            end = e;
            if (e >= s.length() || s.charAt(e) != ' ') {
                break;
            }
            k = e + 1;
        }
        return end < 0 ? null : new Span(start, end);
    }

    /** Whether {@code w} is a listed first name or surname ("Bryn Jones, Llandudno" names a person, not a house). */
    private static boolean listedName(String w) {
        int flags = PeopleTerms.get().flags(PeopleTerms.key(w.toLowerCase(java.util.Locale.ROOT)));
        return (flags & (PeopleTerms.FIRST | PeopleTerms.SURNAME)) != 0;
    }

    /** The word before the word starting at {@code start}, one space between, or null. */
    private static int[] wordBefore(String s, int start) {
        return start >= 2 && s.charAt(start - 1) == ' ' ? wordEndingAt(s, start - 1) : null;
    }

    /** The letters of the word ending at {@code end} (exclusive), or null. */
    private static int[] wordEndingAt(String s, int end) {
        if (end <= 0 || end > s.length()) {
            return null;
        }
        int b = end;
        while (b > 0 && end - b < 30 && Character.isLetter(s.charAt(b - 1))) {
            b--;
        }
        return b < end ? new int[] {b, end} : null;
    }

    private static boolean capitalised(String s, int i) {
        return i < s.length() && Character.isUpperCase(s.charAt(i));
    }
}
