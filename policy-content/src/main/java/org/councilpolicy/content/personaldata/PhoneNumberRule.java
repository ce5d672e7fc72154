package org.councilpolicy.content.personaldata;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.Leniency;
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
 * least seven digits; libphonenumber only sees those.
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
    private static final List<String> OTHER_REGIONS = List.of("US", "IE", "IL", "JP", "IN", "AU", "FR", "ES", "IT",
            "PL", "NL", "BR");
    private static final int MIN_DIGITS = 7;
    /** Ofcom's numbers reserved for drama (national significant number prefixes). */
    private static final List<String> DRAMA_RANGES = List.of("1632960", "1134960", "1144960", "1154960", "1164960",
            "1174960", "1184960", "1214960", "1314960", "1414960", "1514960", "1614960", "1914980", "2079460",
            "2890180", "2920180", "3069990", "7700900", "8081570", "9098790");

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
                candidate(t, ctx, start, Math.min(n, Math.max(last + 1, closingParen(s, last))));
            }
            if (i == start) {
                i++;
            }
        }
    }

    private static int closingParen(String s, int last) {
        return last + 1 < s.length() && s.charAt(last + 1) == ')' ? last + 2 : last + 1;
    }

    /** Runs libphonenumber on [start, end) plus one character either side (it rejects numbers glued to letters). */
    private void candidate(IdentifierText t, RuleContext ctx, int start, int end) {
        String s = t.text();
        int ws = Math.max(0, start - 1);
        int we = Math.min(s.length(), end + 1);
        String window = s.substring(ws, we);
        List<int[]> found = find(window, "GB", ws);
        String unsure = null;
        if (found.isEmpty()) {
            found = findUnlistedUk(window, ws);
        }
        if (found.isEmpty() && foreignCandidate(t, start, end)) {
            for (String region : OTHER_REGIONS) {
                found = find(window, region, ws);
                if (!found.isEmpty()) {
                    unsure = "written in a national format; it looks like a number from abroad (" + region + ")";
                    break;
                }
            }
        }
        for (int[] m : found) {
            balanceParentheses(s, m);
            String raw = s.substring(m[0], m[1]);
            if (ctx.profile().ownContacts().isOwnPhone(raw) || PaymentCardRule.isCardNumber(digitsOf(raw))) {
                continue;
            }
            report(ctx, t, m[0], m[1], unsure);
        }
    }

    /**
     * UK numbers libphonenumber does not list as valid but that are plainly telephone numbers: mobile-shaped
     * numbers ({@code 07xxx xxxxxx}, ranges allocated after the library's metadata, Ofcom's reserved drama
     * range {@code 07700 900xxx}) and Ofcom's drama landline ranges ({@code 01632 960xxx}...), which look
     * exactly like real numbers to a reader. Only numbers written with the trunk prefix 0 or +44 count.
     */
    private static List<int[]> findUnlistedUk(String window, int offset) {
        List<int[]> out = new ArrayList<>(1);
        for (PhoneNumberMatch m : UTIL.findNumbers(window, "GB", Leniency.POSSIBLE, Long.MAX_VALUE)) {
            String nsn = UTIL.getNationalSignificantNumber(m.number());
            boolean glued = (m.start() > 0 && Character.isLetter(window.charAt(m.start() - 1)))
                    || (m.end() < window.length() && Character.isLetter(window.charAt(m.end())));
            String raw = m.rawString().startsWith("(") ? m.rawString().substring(1) : m.rawString();
            boolean prefixed = raw.startsWith("0") || raw.startsWith("+44");
            if (m.number().getCountryCode() == 44 && nsn.length() == 10 && !glued && prefixed
                    && (nsn.startsWith("7") || DRAMA_RANGES.stream().anyMatch(nsn::startsWith))) {
                out.add(new int[] {offset + m.start(), offset + m.end()});
            }
        }
        return out;
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
        for (IdentifierContext other : List.of(IdentifierContext.NHS, IdentifierContext.PASSPORT,
                IdentifierContext.BANK_ACCOUNT, IdentifierContext.BANK_SORT_CODE, IdentifierContext.CARD,
                IdentifierContext.NI, IdentifierContext.LICENCE)) {
            if (t.near(other, start, end, 40, 20)) {
                return false;
            }
        }
        return t.nearestBefore(IdentifierContext.PHONE, start, 40) >= 0 || northAmerican(s, start);
    }

    /** Drops an unmatched opening or closing parenthesis at either end of the match. */
    private static void balanceParentheses(String s, int[] m) {
        String raw = s.substring(m[0], m[1]);
        if (raw.startsWith("(") && raw.indexOf(')') < 0) {
            m[0]++;
        }
        if (raw.endsWith(")") && raw.indexOf('(') < 0) {
            m[1]--;
        }
    }

    private static List<int[]> find(String window, String region, int offset) {
        List<int[]> out = new ArrayList<>(1);
        for (PhoneNumberMatch m : UTIL.findNumbers(window, region, Leniency.VALID, Long.MAX_VALUE)) {
            out.add(new int[] {offset + m.start(), offset + m.end()});
        }
        return out;
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
