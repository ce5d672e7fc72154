package org.councilpolicy.content.personaldata;

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

    private static final int ADDRESS_CHAIN = 80;
    /** Lower-case words inside an address: "Unit 4, Brunel Business Park", "Flat 2 of …", "Stoke-on-Trent". */
    private static final Set<String> ADDRESS_CHAIN_WORDS = Set.of("on", "upon", "of", "the", "by", "in", "le");

    private static String wordAt(String text, int k) {
        int e = k;
        while (e < text.length() && Character.isLetter(text.charAt(e))) {
            e++;
        }
        return text.substring(k, e);
    }
}
