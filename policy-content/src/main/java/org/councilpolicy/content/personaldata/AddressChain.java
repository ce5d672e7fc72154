package org.councilpolicy.content.personaldata;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The parts of one postal address written between an owner cue and an identifier, for {@link OwnerAttribution}:
 * an organisation or service heading an address owns the postcode at its end. Reads the characters between
 * only (bounded), so attribution stays linear.
 */
final class AddressChain {

    private AddressChain() {
    }

    /**
     * Whether [from, to) holds only the parts of one postal address written before the identifier: capitalised
     * words, house numbers, "PO Box 12", separated by commas or spaces, within one sentence ("Electoral Services,
     * Kilworthy Park, Tavistock, PL19 0BZ": the service heads the address, so the postcode is the service's),
     * after linking words at most ("has moved to").
     */
    static boolean holds(OwnerCues cues, int from, int to) {
        String text = cues.text();
        if (from > to || to - from > ADDRESS_CHAIN) {
            return false;
        }
        int head = from;
        while (head < to && !(Character.isUpperCase(text.charAt(head)) || Character.isDigit(text.charAt(head)))) {
            head++;
        }
        if (head > from && !cues.adjacent(from, head)) {
            return false; // "… centre has moved to Follaton House, …": linking words may lead the address
        }
        boolean word = false;
        for (int k = head; k < to; k++) {
            char c = text.charAt(k);
            if (c == '\n' || c == ';' || c == '!' || c == '?' || c == '.' && k + 1 < to && text.charAt(k + 1) == ' ') {
                return false; // another sentence
            }
            char before = k == 0 ? ' ' : text.charAt(k - 1);
            boolean starts = Character.isLetterOrDigit(c) && !Character.isLetterOrDigit(before) && before != '\''
                    && before != '\u2019';
            if (starts) {
                word = true;
                if (!Character.isUpperCase(c) && !Character.isDigit(c)
                        && !ADDRESS_CHAIN_WORDS.contains(wordAt(text, k))) {
                    return false;
                }
            }
        }
        return word;
    }

    /** Where the public is told to send post: "write to Blackdown House, Border Road, Honiton, EX14 1EJ". */
    private static final List<String> POST_TO = List.of("write to", "send it to", "post it to", "send them to",
            "return it to", "return the form to", "send the form to", "send your form to", "post your form to",
            "by post to", "return them to", "ysgrifennwch at",
            // where the public hands something in (round 6): "you can hand it in at …", whoever the reply greets
            "hand it in at", "hand it in to", "hand them in at", "hand in at", "drop it off at", "drop them off at",
            "drop off at", "drop it in at", "bring it to", "bring them to");

    /**
     * Handing something in, in any tense and with any of the things the public hands in: "hand your form in at",
     * "took mine to", "drop the keys into". Not "deliver" or "send": the council delivers to residents' homes.
     */
    private static final java.util.regex.Pattern HAND_IN = java.util.regex.Pattern.compile(
            "\\b(?:hand(?:s|ed)?|drop(?:s|ped)?|bring(?:s)?|brought|take|takes|took|taken|return(?:s|ed)?|pop)"
            + "(?:(?: (?:it|them|this|these|those|mine|yours|ours|one|both|(?:your|the|my|our|a) (?:\\w+ )?"
            + "(?:form|forms|paperwork|documents?|application|letter|ballot|card|permit|keys?|items?|bag|bags|"
            + "parcel|fob|passport|evidence|proof|batteries|electricals)))(?: (?:in|off|back))?|(?: (?:in|off|back)))"
            + " (?:at|to|into|in to)\\b");
    /** After an address: "… – that's where you hand them in", "… is where to take it". */
    private static final java.util.regex.Pattern WHERE_TO = java.util.regex.Pattern.compile(
            "^[\\s,;:()\\-–—]*(?:(?:that|this|which|it)(?:'s|’s| is)? |is |are |was )?where (?:you|to|we|people|residents)"
            + "(?: can| should| need to| have to)? (?:hand|drop|take|bring|return|pop|collect|pick)\\b");

    /** The "write to" phrase heading the address at {@code start}, or {@code null}. */
    static String postTo(OwnerCues cues, int start, int window) {
        String text = cues.text();
        int from = Math.max(cues.sentenceStart(start), start - window);
        String before = text.substring(from, start).toLowerCase(Locale.ROOT);
        for (String p : POST_TO) {
            int at = before.lastIndexOf(p);
            int end = from + at + p.length();
            if (at >= 0 && (cues.adjacent(end, start) || holds(cues, end, start))) {
                return p;
            }
        }
        // "hand your form in at Civic Centre, …": the verb's preposition ends right before the address or its chain
        java.util.regex.Matcher m = HAND_IN.matcher(before);
        while (m.find()) {
            int end = from + m.end();
            if (cues.adjacent(end, start) || holds(cues, end, start)) {
                return "hand things in at";
            }
        }
        return null;
    }

    /** Whether the words right after the address at its {@code end} say the public takes things there. */
    static boolean handInAfter(OwnerCues cues, int end) {
        String text = cues.text();
        int stop = Math.min(text.length(), Math.min(cues.sentenceEnd(end) + 1, end + 90));
        int k = end;
        // the rest of the same address first ("…, Western Way, Bury St Edmunds IP33 3YU – that's where …")
        while (true) {
            int w = k;
            while (w < stop && (text.charAt(w) == ' ' || text.charAt(w) == ',')) {
                w++;
            }
            if (w >= stop || !(Character.isUpperCase(text.charAt(w)) || Character.isDigit(text.charAt(w)))) {
                break;
            }
            while (w < stop && !Character.isWhitespace(text.charAt(w)) && text.charAt(w) != ',') {
                w++;
            }
            k = w;
        }
        return WHERE_TO.matcher(text.substring(k, stop).toLowerCase(Locale.ROOT)).find();
    }

    private static final int ADDRESS_CHAIN = 80;
    /**
     * Lower-case words inside an address: "Unit 4, Brunel Business Park", "Flat 2 of …", "Stoke-on-Trent", and the
     * Welsh and Gaelic articles inside street names ("Stryd y Jêl", "Heol yr Eglwys", "Sràid na h-Eaglaise").
     */
    private static final Set<String> ADDRESS_CHAIN_WORDS = Set.of("on", "upon", "of", "the", "by", "in", "le", "y",
            "yr", "na", "nan", "an", "am", "h");

    private static String wordAt(String text, int k) {
        int e = k;
        while (e < text.length() && Character.isLetter(text.charAt(e))) {
            e++;
        }
        return text.substring(k, e);
    }
}
