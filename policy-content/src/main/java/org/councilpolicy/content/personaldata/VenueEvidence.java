package org.councilpolicy.content.personaldata;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.councilpolicy.content.personaldata.OwnerCues.Cue;
import org.councilpolicy.content.personaldata.OwnerCues.Hit;

/**
 * Evidence that an address or postcode is a venue's, not a resident's (PD-1), beyond a building named right before
 * it: a public event in the same sentence ("The exhibition runs until May at Exeter Phoenix, …"), a building or
 * organisation heading an address written over short lines, and a building named right after a postcode ("use TQ9
 * 5QH for the Totnes car park"). Reads only the cues of the sentence or lines around the identifier.
 */
final class VenueEvidence {

    private static final int MAX_BLOCK_LINES = 4;
    private static final int MAX_BLOCK_LINE = 60;
    private static final int AFTER_WINDOW = 40;
    /** Lower-case words allowed between a postcode and the building it is given for. */
    private static final java.util.Set<String> FOR_WORDS = java.util.Set.of("for", "the", "of", "at", "to", "is",
            "our", "main", "new");

    private VenueEvidence() {
    }

    /** A public event in the sentence holding {@code pos}, when no person or case is named there; or {@code null}. */
    static Hit eventOnly(OwnerCues cues, int pos) {
        if (cues.events().isEmpty()) {
            return null;
        }
        int from = cues.sentenceStart(pos);
        int to = cues.sentenceEnd(pos);
        // Binary search for the first event starting at or after the sentence: linear in the text overall.
        List<Hit> events = cues.events();
        int lo = 0;
        int hi = events.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (events.get(mid).start() < from) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        Hit event = lo < events.size() && events.get(lo).end() <= to ? events.get(lo) : null;
        return event == null || personal(cues.hitsIn(from, to)) ? null : event;
    }

    /**
     * The organisation or building heading a postal address written over several short lines ("📍 Riverside
     * Leisure Centre⏎Mill Road⏎Exeter EX2 4AB"), for the identifier at {@code start}; {@code null} when a person
     * is named in the block or the lines before are not short address lines.
     */
    static Hit headingAddressBlock(OwnerCues cues, int start) {
        String text = cues.text();
        int lineStart = lineStart(text, start);
        if (lineStart <= 0) {
            return null; // no line break close before: no address block
        }
        int from = lineStart;
        for (int n = 0; n < MAX_BLOCK_LINES && from > 0; n++) {
            int prev = lineStart(text, from - 1);
            if (prev < 0) {
                break;
            }
            String line = text.substring(prev, from - 1).strip();
            if (line.isEmpty() || line.length() > MAX_BLOCK_LINE || line.endsWith(".") || line.endsWith("!")
                    || line.endsWith("?")) {
                break;
            }
            from = prev;
        }
        List<Hit> block = cues.hitsIn(from, start);
        if (personal(block)) {
            return null;
        }
        for (Hit h : block) {
            if (h.cue() == Cue.VENUE || h.cue() == Cue.ORGANISATION) {
                return h;
            }
        }
        return null;
    }

    /**
     * "Barnardo's, 12 Sidwell Street, …": a trading name in the possessive heading the address at {@code start}, at
     * the start of a sentence or clause, as shops and charities are written (a home is never headed so).
     */
    static Hit possessiveHeading(OwnerCues cues, int start) {
        String text = cues.text();
        int sentence = cues.sentenceStart(start);
        int from = Math.max(sentence, start - 90);
        for (int k = start - 3; k > from; k--) {
            char q = text.charAt(k - 1);
            if (text.charAt(k) != 's' || (q != '\'' && q != '\u2019') || k + 2 >= text.length()
                    || text.charAt(k + 1) != ',' || text.charAt(k + 2) != ' ') {
                continue;
            }
            int b = k - 1;
            while (b > from && (Character.isLetter(text.charAt(b - 1)) || text.charAt(b - 1) == '-')) {
                b--;
            }
            int p = b;
            while (p > sentence && text.charAt(p - 1) == ' ') {
                p--;
            }
            boolean heads = p == sentence || ".!?:;(\n".indexOf(text.charAt(p - 1)) >= 0;
            // "Jim's, 4 Oak Road": a first name's possessive is someone's home
            if (b < k - 1 && Character.isUpperCase(text.charAt(b)) && heads
                    && !NameGazetteer.get().isFirstName(text.substring(b, k - 1))
                    && (cues.adjacent(k + 2, start) || AddressChain.holds(cues, k + 2, start))) {
                return new Hit(b, k + 1, Cue.VENUE, text.substring(b, k + 1));
            }
            return null; // only the nearest possessive before the address is read
        }
        return null;
    }

    /** "use TQ9 5QH for the Totnes car park": a building named right after the identifier ending at {@code end}. */
    static Hit venueAfter(OwnerCues cues, int end) {
        Hit venue = cues.after(end, AFTER_WINDOW, Cue.VENUE);
        if (venue == null) {
            return null;
        }
        String text = cues.text();
        for (String w : text.substring(end, venue.start()).split("[^\\p{L}']+")) {
            if (!w.isEmpty() && !Character.isUpperCase(w.charAt(0)) && !FOR_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
                return null;
            }
        }
        return venue;
    }

    /**
     * The start of the line holding the character before {@code pos}, looking back at most one block line's length
     * (bounded, so the look stays constant-time per identifier); -1 when no line break is that close.
     */
    private static int lineStart(String text, int pos) {
        for (int k = pos - 1; k >= 0 && pos - k <= MAX_BLOCK_LINE + 1; k--) {
            if (text.charAt(k) == '\n') {
                return k + 1;
            }
            if (k == 0) {
                return 0;
            }
        }
        return pos == 0 ? 0 : -1;
    }

    private static boolean personal(List<Hit> hits) {
        for (Hit h : hits) {
            if (h.cue() == Cue.PERSONAL || h.cue() == Cue.CASE) {
                return true;
            }
        }
        return false;
    }

    /**
     * "the missed recycling at 12 Mill Road", "your garden waste at …", "the bulky waste booking for …": a service
     * named in lower case after "missed" or "your", or before the job it does for the address, is what was done at
     * the address, not the organisation whose address it is; so is a gate or door left "open" at it.
     */
    static boolean serviceDoneAt(OwnerCues cues, OwnerCues.Hit h) {
        String text = cues.text();
        if (h.cue() == OwnerCues.Cue.HOURS && h.phrase().equals("open")) {
            // "left our gate open at 2 …": a door or gate left open at a home, not a building's opening hours
            return HOME_PARTS.matcher(text.substring(Math.max(0, h.start() - 14), h.start())
                    .toLowerCase(java.util.Locale.ROOT)).find();
        }
        if (h.cue() != OwnerCues.Cue.ORGANISATION || !Character.isLowerCase(text.charAt(h.start()))) {
            return false;
        }
        String before = text.substring(Math.max(0, h.start() - 14), h.start()).toLowerCase(java.util.Locale.ROOT);
        String after = text.substring(h.end(), Math.min(text.length(), h.end() + 14)).toLowerCase(java.util.Locale.ROOT);
        // "the bulky waste booking for 6 …": the service booked or done for the address
        return before.contains("missed ") || before.contains("your ") || SERVICE_FOR.matcher(after).lookingAt()
                || jobBefore(text, h.start());
    }

    /** Whether a word of {@link #SERVICE_JOB} stands in the few words before {@code at}, no stop between. */
    private static boolean jobBefore(String text, int at) {
        int from = Math.max(0, at - JOB_WINDOW);
        int end = at;
        for (int k = at - 1; k >= from - 1; k--) {
            char c = k >= from ? text.charAt(k) : ' ';
            if (".!?;:,".indexOf(c) >= 0) {
                return false;
            }
            if (!Character.isLetter(c)) {
                if (end - k > 2 && SERVICE_JOB.contains(text.substring(k + 1, end).toLowerCase(java.util.Locale.ROOT))) {
                    return true;
                }
                end = k;
            }
        }
        return false;
    }

    /** How far before a lower-case service word the job done with it may start ("collect the side waste at …"). */
    private static final int JOB_WINDOW = 30;
    /**
     * A job done with or for the service, a few words before its lower-case word ("collect the side waste at 4 …",
     * "empty the recycling at …", "we'll clear the fly-tipping at …"): what is done at a home, not an address the
     * service has; the verb then a few words with no stop between.
     */
    private static final Set<String> SERVICE_JOB = Set.of("collect", "collected", "collecting", "empty", "emptied",
            "emptying", "pick", "picked", "picking", "clear", "cleared", "clearing", "remove", "removed", "removing",
            "repair", "repaired", "repairing", "fix", "fixed", "fixing", "inspect", "inspected", "inspecting",
            "check", "checked", "checking", "deliver", "delivered", "delivering", "replace", "replaced",
            "replacing", "return", "returned", "returning");

    /** Parts of a home that are left open: "our gate open at …", "the back door open at …". */
    private static final java.util.regex.Pattern HOME_PARTS = java.util.regex.Pattern.compile(
            "\\b(?:gate|gates|door|doors|window|windows|garage|shed)\\s+(?:wide\\s+)?$");
    /** A service's job for an address: "… booking for", "… collection at", "… repair at". */
    private static final java.util.regex.Pattern SERVICE_FOR = java.util.regex.Pattern.compile(
            " (?:booking|collection|appointment|request|repair|inspection|visit)s? (?:for|at)\\b");

    /** "The Beacon, 12 Market Street, Hebden Bridge ": a building named with "The" heading a numbered address. */
    private static final java.util.regex.Pattern NAMED_BUILDING = java.util.regex.Pattern.compile(
            "(?:^|[\\s(])(The(?: [A-Z][\\p{L}'’-]*){1,3}), \\d{1,4}[A-Za-z]? (?:[A-Z][\\p{L}'’-]* ?){1,3}"
                    + "(?:, ?(?:[A-Z][\\p{L}'’-]* ?){1,3})?,? ?$");
    private static final int NAMED_BUILDING_WINDOW = 100;

    /**
     * A building named with "The" right before a house number and street that end at {@code start} ("Register at
     * The Beacon, 12 Market Street, Hebden Bridge HX7 6AA"): a venue's address, as people's names never start with
     * "The" and a house name seldom comes with a number. Reads a bounded window only.
     */
    static Hit namedBuildingBefore(OwnerCues cues, int start) {
        String text = cues.text();
        int from = Math.max(0, start - NAMED_BUILDING_WINDOW);
        String window = text.substring(from, start);
        java.util.regex.Matcher m = NAMED_BUILDING.matcher(window);
        if (m.find()) {
            return new Hit(from + m.start(1), from + m.end(1), Cue.VENUE, m.group(1));
        }
        // "at the Parking Shop, 4 Station Arcade": after a lower-case "the", only a name that ends in a business
        // word ("the Old Rectory, 4 Church Lane" may be a home)
        m = NAMED_BUSINESS.matcher(window);
        if (m.find() && BUSINESS_HEADS.contains(m.group(2).toLowerCase(java.util.Locale.ROOT))) {
            return new Hit(from + m.start(1), from + m.end(1), Cue.VENUE, m.group(1));
        }
        return null;
    }

    /** "the Parking Shop, 12 Market Street": capitalised words after a lower-case "the", then a numbered address. */
    private static final java.util.regex.Pattern NAMED_BUSINESS = java.util.regex.Pattern.compile(
            "(?:^|\\s)the ((?:[A-Z][\\p{L}'’-]* ){0,2}([A-Z][\\p{L}'’-]*)), \\d{1,4}[A-Za-z]? "
                    + "(?:[A-Z][\\p{L}'’-]* ?){1,3}(?:, ?(?:[A-Z][\\p{L}'’-]* ?){1,3})?,? ?$");

    /** The one-word business and venue words ({@code business-words.txt}) that may end a business's name. */
    private static final java.util.Set<String> BUSINESS_HEADS = OwnerCues.readLines("business-words.txt").stream()
            .filter(w -> w.indexOf(' ') < 0).collect(java.util.stream.Collectors.toUnmodifiableSet());
}
