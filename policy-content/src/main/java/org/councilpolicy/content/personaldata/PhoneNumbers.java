package org.councilpolicy.content.personaldata;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.Leniency;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@link PhoneNumberRule} knows about UK and foreign numbers, apart from how it finds them in text: parsing
 * with libphonenumber (bounded tries), the UK numbering plan's drama ranges, trunk prefixes and bracketed area codes,
 * and the shapes that make a grouped number some other identifier. Stateless.
 */
final class PhoneNumbers {

    private PhoneNumbers() {
    }

    static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    /** Regions tried for foreign national formats, after GB. */
    static final List<String> OTHER_REGIONS = List.of("US", "IE", "IL", "JP", "IN", "AU", "FR", "NL");
    static final int MIN_DIGITS = 7;
    /** Candidates libphonenumber's matcher may try in one (short) stretch: bounded, as its authors advise. */
    static final long MAX_TRIES = 64;
    /** Words that make a grouped number some other identifier, not a foreign phone number. */
    static final List<IdentifierContext> OTHER_IDENTIFIERS = List.of(IdentifierContext.NHS,
            IdentifierContext.PASSPORT, IdentifierContext.BANK_ACCOUNT, IdentifierContext.BANK_SORT_CODE,
            IdentifierContext.CARD, IdentifierContext.NI, IdentifierContext.LICENCE);
    /** Ofcom's numbers reserved for drama (national significant number prefixes). */
    static final long[] DRAMA_RANGES = {1632960, 1134960, 1144960, 1154960, 1164960, 1174960, 1184960,
        1214960, 1314960, 1414960, 1514960, 1614960, 1914980, 2079460, 2890180, 2920180, 3069990, 7700900, 8081570,
        9098790};


    /**
     * Whether a parsed number is a telephone number. UK numbers are settled by the national numbering plan's
     * shape first, which costs nothing: ten-digit mobile-shaped and Ofcom drama numbers are numbers (see
     * {@link #unlistedUk}); national significant numbers starting 0, 4 or 6 are never allocated. Only the rest
     * (landlines, 03, 08, 09) go to libphonenumber's {@code isValidNumber}, whose metadata regexes dominated the
     * rule's time.
     */
    static boolean isTelephoneNumber(PhoneNumber n, String raw) {
        if (n.getCountryCode() == 44 && !n.hasItalianLeadingZero()) {
            long nsn = n.getNationalNumber();
            int length = decimalLength(nsn);
            int first = (int) (nsn / POWERS[length - 1]);
            if (first == 0 || first == 4 || first == 6) {
                return false;
            }
            if (unlistedUk(n, raw)) {
                return true;
            }
        }
        return UTIL.isValidNumber(n) || unlistedUk(n, raw);
    }

    static final long[] POWERS = powers();

    static long[] powers() {
        long[] p = new long[19];
        p[0] = 1;
        for (int i = 1; i < p.length; i++) {
            p[i] = p[i - 1] * 10;
        }
        return p;
    }

    static int decimalLength(long v) {
        int len = 1;
        while (len < POWERS.length && v >= POWERS[len]) {
            len++;
        }
        return len;
    }

    /**
     * {@code +44 (0)7700 900031} without its bracketed trunk zero: many UK organisations write numbers this way
     * (the 0 is dialled only from inside the country), and libphonenumber would otherwise keep the 0 as part
     * of the national number. Only a {@code (0)} right after a country code ({@code +44 (0)}, {@code 0044(0)})
     * is dropped; anything else is returned unchanged.
     */
    static String withoutBracketedTrunkZero(String raw) {
        int k = 0;
        if (raw.startsWith("+")) {
            k = 1;
        } else if (raw.startsWith("00")) {
            k = 2;
        } else {
            return raw;
        }
        int cc = k;
        while (k < raw.length() && k - cc < 3 && IdentifierText.isDigit(raw.charAt(k))) {
            k++;
        }
        if (k == cc) {
            return raw;
        }
        int b = k;
        while (b < raw.length() && raw.charAt(b) == ' ') {
            b++;
        }
        return raw.startsWith("(0)", b) ? raw.substring(0, k) + " " + raw.substring(b + 3).stripLeading() : raw;
    }

    /** Written with a trunk prefix or a country code: "07700…", "(01632)…", "+44…", "+1…", "0044…". */
    static boolean prefixed(String raw) {
        String r = raw.startsWith("(") ? raw.substring(1) : raw;
        return r.startsWith("0") || r.startsWith("+");
    }

    /**
     * A UK number ("01632 960123", "(01632) 960123", "07700-900-123", "+44 7700 900123") built directly from its digits,
     * which costs a fraction of {@code parse}'s general grammar; anything else goes through {@code parse}.
     */
    static PhoneNumber parseUk(String raw) {
        String digits = digitsOf(raw);
        String r = raw.startsWith("(") ? raw.substring(1) : raw;
        if (r.startsWith("0") && !r.startsWith("00") && digits.length() >= 8 && digits.length() <= 11
                && digits.charAt(1) != '0') {
            return new PhoneNumber().setCountryCode(44).setNationalNumber(Long.parseLong(digits.substring(1)));
        }
        if (r.startsWith("+44") && (digits.length() == 12 || digits.length() == 11) && digits.charAt(2) != '0') {
            return new PhoneNumber().setCountryCode(44).setNationalNumber(Long.parseLong(digits.substring(2)));
        }
        return parse(raw, "GB");
    }

    static PhoneNumber parse(String raw, String region) {
        try {
            return UTIL.parse(raw, region);
        } catch (NumberParseException e) {
            return null;
        }
    }

    static int digitCount(String raw) {
        int d = 0;
        for (int k = 0; k < raw.length(); k++) {
            if (IdentifierText.isDigit(raw.charAt(k))) {
                d++;
            }
        }
        return d;
    }

    /** Several numbers in one stretch: libphonenumber's matcher splits them (plus one character either side). */
    static List<int[]> findAll(String s, int start, int end) {
        int ws = Math.max(0, start - 1);
        String window = s.substring(ws, Math.min(s.length(), end + 1));
        List<int[]> out = new ArrayList<>(2);
        for (PhoneNumberMatch m : UTIL.findNumbers(window, "GB", Leniency.POSSIBLE, MAX_TRIES)) {
            if (prefixed(m.rawString()) && (UTIL.isValidNumber(m.number()) || unlistedUk(m.number(), m.rawString()))) {
                int[] span = {ws + m.start(), ws + m.end()};
                balanceParentheses(s, span);
                out.add(span);
            }
        }
        return out;
    }

    /**
     * UK numbers libphonenumber does not list as valid but that are plainly telephone numbers: mobile-shaped
     * numbers ({@code 07xxx xxxxxx}, ranges allocated after the library's metadata, Ofcom's reserved drama
     * range {@code 07700 900xxx}) and Ofcom's drama landline ranges ({@code 01632 960xxx}...), which look
     * exactly like real numbers to a reader. Only numbers written with the trunk prefix 0 or +44 count.
     */
    static boolean unlistedUk(PhoneNumber n, String raw) {
        int r = raw.startsWith("(") ? 1 : 0;
        boolean prefixed = raw.startsWith("0", r) || raw.startsWith("+44", r);
        if (n.getCountryCode() != 44 || !prefixed || n.hasItalianLeadingZero()) {
            return false;
        }
        long nsn = n.getNationalNumber();
        if (nsn < 1_000_000_000L || nsn > 9_999_999_999L) {
            return false; // ten digits
        }
        if (nsn / 1_000_000_000L == 7) {
            return true;
        }
        long prefix7 = nsn / 1000;
        for (long range : DRAMA_RANGES) {
            if (prefix7 == range) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether to try other countries' national formats: the number is grouped (people write foreign numbers
     * grouped; an unbroken digit string is more often a reference), it is announced by a phone word or has the
     * North American shape, and no word marks it as another identifier (NHS, passport, bank, card...).
     */
    static boolean foreignCandidate(IdentifierText t, int start, int end) {
        String s = t.text();
        boolean grouped = false;
        for (int k = start; k < end && !grouped; k++) {
            char c = s.charAt(k);
            grouped = c == ' ' || c == '-' || c == '(';
        }
        if (!grouped) {
            return false;
        }
        for (IdentifierContext other : OTHER_IDENTIFIERS) {
            if (t.near(other, start, end, 40, 20)) {
                return false;
            }
        }
        return t.nearestBefore(IdentifierContext.PHONE, start, 40) >= 0 || northAmerican(s, start);
    }

    /**
     * Drops an unmatched opening or closing parenthesis at either end of the match, and a pair that wraps the
     * whole number ("(+44 7700 900789)") rather than an area code ("(01632) 960555").
     */
    static void balanceParentheses(String s, int[] m) {
        String raw = s.substring(m[0], m[1]);
        int open = 0;
        int close = 0;
        for (int k = 0; k < raw.length(); k++) {
            open += raw.charAt(k) == '(' ? 1 : 0;
            close += raw.charAt(k) == ')' ? 1 : 0;
        }
        if (raw.startsWith("(") && raw.endsWith(")") && open == 1 && close == 1
                && (digitCount(raw) >= 10 || raw.charAt(1) == '+')) {
            m[0]++;
            m[1]--;
            return;
        }
        if (raw.startsWith("(") && close == 0) {
            m[0]++;
        }
        if (raw.endsWith(")") && open == 0) {
            m[1]--;
        }
    }

    /** {@code (NXX) NXX-XXXX} or {@code (NXX)NXX-XXXX}: the North American shape, never a UK one. */
    static boolean northAmerican(String s, int start) {
        int i = start;
        if (i + 13 > s.length() || s.charAt(i) != '(') {
            return false;
        }
        if (!digits(s, i + 1, 3) || s.charAt(i + 4) != ')' || s.charAt(i + 1) < '2') {
            return false;
        }
        i += 5;
        if (s.charAt(i) == ' ') {
            i++;
        }
        return i + 8 <= s.length() && digits(s, i, 3) && s.charAt(i + 3) == '-' && digits(s, i + 4, 4);
    }

    static boolean digits(String s, int from, int count) {
        for (int k = from; k < from + count; k++) {
            if (k >= s.length() || !IdentifierText.isDigit(s.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    static String digitsOf(String raw) {
        StringBuilder sb = new StringBuilder(raw.length());
        for (int k = 0; k < raw.length(); k++) {
            if (IdentifierText.isDigit(raw.charAt(k))) {
                sb.append(raw.charAt(k));
            }
        }
        return sb.toString();
    }

    static boolean isPhoneChar(char c) {
        return IdentifierText.isDigit(c) || c == ' ' || c == '-' || c == '(' || c == ')' || c == '+' || c == '.'
                || c == '\u00a0' || c == '\u2010' || c == '\u2011' || c == '\u2013';
    }
}
