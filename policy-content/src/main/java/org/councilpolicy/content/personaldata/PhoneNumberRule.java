package org.councilpolicy.content.personaldata;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.Leniency;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.ArrayList;
import java.util.List;
import org.councilpolicy.core.rule.Category;
import org.councilpolicy.core.rule.PersonalDataKind;
import org.councilpolicy.core.rule.RuleContext;
import org.councilpolicy.core.rule.RuleInfo;
import org.councilpolicy.core.rule.Severity;

/**
 * PD-1, PD-7: a telephone number that is not one of the council's own.
 *
 * <p>Numbers are recognised and validated by libphonenumber ({@link Leniency#VALID}, default region GB), so
 * {@code +44}, national, mobile and landline forms, spaced, dashed or bracketed, are found while road numbers,
 * planning references, dates, times, prices and year ranges are not (they are not valid numbers, or contain
 * no run of seven digits). A cheap scan first picks the short stretches of phone-like characters holding at
 * least seven digits; libphonenumber only parses those (its {@code findNumbers} matcher, much slower, is kept
 * for stretches long enough to hold two numbers). A UK number must be written with its trunk prefix 0 or with
 * a country code; a trunk zero in brackets after the country code ({@code +44 (0)115 496 0005}) is read as
 * the number without it. Mobile-shaped numbers and Ofcom's drama ranges, which libphonenumber does not list as
 * valid, are phone numbers too.
 *
 * <p>A number in another country's national format (no {@code +}) is also tried against a few other regions
 * when a word such as "number", "phone" or "call" comes just before it, or when it has the North American
 * {@code (415) 555-0132} shape; those findings are REVIEW, as the country is a guess.
 */
public final class PhoneNumberRule extends IdentifierRule {

    static final RuleInfo INFO = RuleInfo.builder("personal-data.phone")
            .title("Telephone number")
            .category(Category.PERSONAL_DATA)
            .severity(Severity.BLOCK)
            .clauses("PD-1", "PD-7")
            .rationale("A telephone number identifies a person; the council publishes only its own numbers "
                    + "(the profile's own contacts).")
            .fires("Mrs Example says call her on 07700 900123 about the missed bin.")
            .passes("Call us on 01803 861368 about missed bins. (south-hams-west-devon)")
            .build();

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    /** Regions tried for foreign national formats, after GB. */
    private static final List<String> OTHER_REGIONS = List.of("US", "IE", "IL", "JP", "IN", "AU", "FR", "NL");
    private static final int MIN_DIGITS = 7;
    /** Longest stretch checked whole; a longer one is cut into windows (see {@link #segmented}). */
    private static final int MAX_STRETCH = 64;
    /** Longest window cut from a long stretch: room for two numbers written with every separator. */
    private static final int WINDOW = 48;
    /** Candidates libphonenumber's matcher may try in one (short) stretch: bounded, as its authors advise. */
    private static final long MAX_TRIES = 64;
    /** Words that make a grouped number some other identifier, not a foreign phone number. */
    private static final List<IdentifierContext> OTHER_IDENTIFIERS = List.of(IdentifierContext.NHS,
            IdentifierContext.PASSPORT, IdentifierContext.BANK_ACCOUNT, IdentifierContext.BANK_SORT_CODE,
            IdentifierContext.CARD, IdentifierContext.NI, IdentifierContext.LICENCE);
    /** Ofcom's numbers reserved for drama (national significant number prefixes). */
    private static final long[] DRAMA_RANGES = {1632960, 1134960, 1144960, 1154960, 1164960, 1174960, 1184960,
        1214960, 1314960, 1414960, 1514960, 1614960, 1914980, 2079460, 2890180, 2920180, 3069990, 7700900, 8081570,
        9098790};

    /** Creates the rule. */
    public PhoneNumberRule() {
        super(INFO, PersonalDataKind.PHONE, "phone number");
    }

    @Override
    void scan(IdentifierText t, RuleContext ctx) {
        if (t.digitCount() < MIN_DIGITS) {
            return; // the cheap pre-filter: no phone number has fewer digits
        }
        String s = t.text();
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (!(IdentifierText.isDigit(c) || c == '+' || c == '(')) {
                i++;
                continue;
            }
            int start = i;
            int digits = 0;
            int last = i;
            while (i < n && isPhoneChar(s.charAt(i))) {
                if (IdentifierText.isDigit(s.charAt(i))) {
                    digits++;
                    last = i;
                }
                i++;
            }
            if (digits >= MIN_DIGITS) {
                int end = Math.min(n, Math.max(last + 1, closingParen(s, last)));
                if (end - start <= MAX_STRETCH) {
                    candidate(t, ctx, start, end, true);
                } else {
                    segmented(t, ctx, start, end);
                }
            }
            if (i == start) {
                i++;
            }
        }
    }

    /**
     * Cuts a long stretch of phone-like characters into short windows, in one pass, and checks each window as a
     * stretch of its own. Hostile or tabular text ("1 1 1 …", a column of numbers) makes one stretch of any
     * length, and libphonenumber's matcher over it costs seconds per megabyte; bounded windows keep the rule
     * linear. A window is cut before a group starting with {@code +} or {@code 00}, before a group that starts a
     * national number (a trunk {@code 0} with its area code) once it holds a whole number's worth of digits, before
     * a group that would give a number more digits than its form allows, and in any case before it grows past
     * {@link #WINDOW}
     * characters; cuts fall only between groups, never inside one. A window thus holds at most one number and is
     * parsed whole, never searched.
     */
    private void segmented(IdentifierText t, RuleContext ctx, int start, int end) {
        String s = t.text();
        int ws = start;
        int wsDigits = 0;
        int wsMax = 0;
        boolean wsPrefixed = false;
        int prevEnd = start;
        int i = start;
        while (i < end) {
            if (isSeparator(s.charAt(i))) {
                i++;
                continue;
            }
            int gs = i;
            int digits = 0;
            // A group ends at a separator, and before a "+" or "(" inside it: "960(01632)" is two groups.
            while (i < end && !isSeparator(s.charAt(i)) && (i == gs || (s.charAt(i) != '+' && s.charAt(i) != '('))) {
                digits += IdentifierText.isDigit(s.charAt(i)) ? 1 : 0;
                i++;
            }
            int ls = s.charAt(gs) == '(' && gs + 1 < end ? gs + 1 : gs;
            char lead = s.charAt(ls);
            // A number starts with "+" or "00" (never inside one), or with a trunk 0 and its area code in one group
            // ("01632", "(020)"); a lone "0" is not a start.
            boolean international = lead == '+' || s.startsWith("00", ls);
            boolean prefixed = international || (lead == '0' && digits >= 3);
            if (wsDigits > 0 && (international || (prefixed && wsDigits >= 10)
                    || (wsPrefixed && wsDigits + digits > wsMax) || i - ws > WINDOW)) {
                window(t, ctx, ws, prevEnd, wsDigits, wsPrefixed);
                ws = gs;
                wsDigits = 0;
                wsPrefixed = false;
            }
            if (wsDigits == 0) {
                // The most digits a number starting here can have: 15 after +, 17 after 00, 11 in UK national form.
                wsMax = lead == '+' ? 15 : international ? 17 : 11;
            }
            wsDigits += digits;
            wsPrefixed |= prefixed;
            prevEnd = i;
        }
        window(t, ctx, ws, prevEnd, wsDigits, wsPrefixed);
    }

    /** A window holds at most one number's digits, so it is parsed whole, never searched. */
    private void window(IdentifierText t, RuleContext ctx, int start, int end, int digits, boolean prefixed) {
        if (digits >= MIN_DIGITS && digits <= 17 && (prefixed || digits <= 11)) {
            candidate(t, ctx, start, end, false);
        }
    }

    private static boolean isSeparator(char c) {
        return !(IdentifierText.isDigit(c) || c == '(' || c == ')' || c == '+');
    }

    private static int closingParen(String s, int last) {
        return last + 1 < s.length() && s.charAt(last + 1) == ')' ? last + 2 : last + 1;
    }

    /**
     * Checks the stretch [start, end). The usual case, one number alone in the stretch, is settled by one
     * {@code parse} (fast); only a stretch holding more than one number falls back to libphonenumber's
     * {@code findNumbers} (slower, but it splits them).
     */
    private void candidate(IdentifierText t, RuleContext ctx, int start, int end, boolean search) {
        String s = t.text();
        if ((start > 0 && Character.isLetter(s.charAt(start - 1))) || (end < s.length()
                && Character.isLetter(s.charAt(end)))) {
            return; // glued to a word, as in "is415-555-0132" (libphonenumber's own rule)
        }
        int[] span = {start, end};
        balanceParentheses(s, span);
        String raw = withoutBracketedTrunkZero(s.substring(span[0], span[1]));
        if (ctx.profile().ownContacts().isOwnPhone(raw)) {
            return; // the council's own number: nothing to validate
        }
        String unsure = null;
        List<int[]> found = List.of();
        PhoneNumber uk = prefixed(raw) ? parseUk(raw) : null;
        if (uk != null && isTelephoneNumber(uk, raw)) {
            found = List.of(span);
        } else if (search && digitCount(raw) > 11) {
            found = findAll(s, start, end);
        }
        if (found.isEmpty() && foreignCandidate(t, start, end)) {
            boolean trunk = raw.startsWith("0") || raw.startsWith("(0");
            boolean tenDigits = digitCount(raw) == 10;
            for (String region : OTHER_REGIONS) {
                // North American numbers have ten digits; elsewhere a national number starts with trunk prefix 0.
                if (region.equals("US") ? !tenDigits : !trunk) {
                    continue;
                }
                PhoneNumber n = parse(raw, region);
                if (n != null && UTIL.isValidNumber(n)) {
                    found = List.of(span);
                    unsure = "written in a national format; it looks like a number from abroad (" + region + ")";
                    break;
                }
            }
        }
        for (int[] m : found) {
            String number = withoutBracketedTrunkZero(s.substring(m[0], m[1]));
            if (ctx.profile().ownContacts().isOwnPhone(number) || PaymentCardRule.isCardNumber(digitsOf(number))) {
                continue;
            }
            Attribution owner = OwnerAttribution.phone(OwnerCues.of(ctx, s), ctx.profile().ownContacts(), m[0], m[1]);
            if (owner.personal()) {
                report(ctx, t, m[0], m[1], unsure, owner);
            }
        }
    }

    /**
     * Whether a parsed number is a telephone number. UK numbers are settled by the national numbering plan's
     * shape first, which costs nothing: ten-digit mobile-shaped and Ofcom drama numbers are numbers (see
     * {@link #unlistedUk}); national significant numbers starting 0, 4 or 6 are never allocated. Only the rest
     * (landlines, 03, 08, 09) go to libphonenumber's {@code isValidNumber}, whose metadata regexes dominated the
     * rule's time.
     */
    private static boolean isTelephoneNumber(PhoneNumber n, String raw) {
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

    private static final long[] POWERS = powers();

    private static long[] powers() {
        long[] p = new long[19];
        p[0] = 1;
        for (int i = 1; i < p.length; i++) {
            p[i] = p[i - 1] * 10;
        }
        return p;
    }

    private static int decimalLength(long v) {
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
    private static boolean prefixed(String raw) {
        String r = raw.startsWith("(") ? raw.substring(1) : raw;
        return r.startsWith("0") || r.startsWith("+");
    }

    /**
     * A UK number ("01632 960123", "(01632) 960123", "07700-900-123", "+44 7700 900123") built directly from its digits,
     * which costs a fraction of {@code parse}'s general grammar; anything else goes through {@code parse}.
     */
    private static PhoneNumber parseUk(String raw) {
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

    private static PhoneNumber parse(String raw, String region) {
        try {
            return UTIL.parse(raw, region);
        } catch (NumberParseException e) {
            return null;
        }
    }

    private static int digitCount(String raw) {
        int d = 0;
        for (int k = 0; k < raw.length(); k++) {
            if (IdentifierText.isDigit(raw.charAt(k))) {
                d++;
            }
        }
        return d;
    }

    /** Several numbers in one stretch: libphonenumber's matcher splits them (plus one character either side). */
    private static List<int[]> findAll(String s, int start, int end) {
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
    private static boolean unlistedUk(PhoneNumber n, String raw) {
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
    private static boolean foreignCandidate(IdentifierText t, int start, int end) {
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
    private static void balanceParentheses(String s, int[] m) {
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

    private static boolean digits(String s, int from, int count) {
        for (int k = from; k < from + count; k++) {
            if (k >= s.length() || !IdentifierText.isDigit(s.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private static String digitsOf(String raw) {
        StringBuilder sb = new StringBuilder(raw.length());
        for (int k = 0; k < raw.length(); k++) {
            if (IdentifierText.isDigit(raw.charAt(k))) {
                sb.append(raw.charAt(k));
            }
        }
        return sb.toString();
    }

    private static boolean isPhoneChar(char c) {
        return IdentifierText.isDigit(c) || c == ' ' || c == '-' || c == '(' || c == ')' || c == '+' || c == '.'
                || c == '\u00a0' || c == '\u2010' || c == '\u2011' || c == '\u2013';
    }

    @Override
    String suggestion() {
        return "Remove the phone number; if the council needs to call the person, ask them to send their number "
                + "by private message.";
    }
}
