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
        if (found.isEmpty() && (t.nearestBefore(IdentifierContext.PHONE, start, 40) >= 0 || northAmerican(s, start))) {
            for (String region : OTHER_REGIONS) {
                found = find(window, region, ws);
                if (!found.isEmpty()) {
                    unsure = "written in a national format; it looks like a number from abroad (" + region + ")";
                    break;
                }
            }
        }
        for (int[] m : found) {
            String raw = s.substring(m[0], m[1]);
            if (ctx.profile().ownContacts().isOwnPhone(raw) || PaymentCardRule.isCardNumber(digitsOf(raw))) {
                continue;
            }
            report(ctx, t, m[0], m[1], unsure);
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
