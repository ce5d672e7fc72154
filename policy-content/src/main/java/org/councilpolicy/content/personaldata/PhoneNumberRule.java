package org.councilpolicy.content.personaldata;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.Leniency;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.councilpolicy.core.rule.Category;
import org.councilpolicy.core.rule.PersonalDataKind;
import org.councilpolicy.core.rule.RuleContext;
import org.councilpolicy.core.rule.RuleInfo;
import org.councilpolicy.core.rule.Severity;
import org.councilpolicy.core.rule.SharedKey;

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

    /** Longest stretch checked whole; a longer one is cut into windows (see {@link #segmented}). */
    private static final int MAX_STRETCH = 64;
    /** Longest window cut from a long stretch: room for two numbers written with every separator. */
    private static final int WINDOW = 48;
    /**
     * {@link PhoneNumbers#isTelephoneNumber} of each UK number as written in one subject: a text repeating one number
     * (tabular or hostile text) asks libphonenumber's metadata once. At most {@link #MAX_KNOWN} are kept.
     */
    private static final SharedKey<Map<String, Boolean>> KNOWN = SharedKey.named("personal-data.phone-validity");
    private static final int MAX_KNOWN = 512;

    /** Creates the rule. */
    public PhoneNumberRule() {
        super(INFO, PersonalDataKind.PHONE, "phone number");
    }

    @Override
    void scan(IdentifierText t, RuleContext ctx) {
        if (t.digitCount() < PhoneNumbers.MIN_DIGITS) {
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
            while (i < n && PhoneNumbers.isPhoneChar(s.charAt(i))) {
                if (IdentifierText.isDigit(s.charAt(i))) {
                    digits++;
                    last = i;
                }
                i++;
            }
            if (digits >= PhoneNumbers.MIN_DIGITS) {
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
        if (digits >= PhoneNumbers.MIN_DIGITS && digits <= 17 && (prefixed || digits <= 11)) {
            candidate(t, ctx, start, end, false);
        }
    }

    private static boolean isTelephoneNumber(RuleContext ctx, PhoneNumber uk, String raw) {
        Map<String, Boolean> known = ctx.shared(KNOWN, HashMap::new);
        Boolean valid = known.get(raw);
        if (valid == null) {
            valid = PhoneNumbers.isTelephoneNumber(uk, raw);
            if (known.size() < MAX_KNOWN) {
                known.put(raw, valid);
            }
        }
        return valid;
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
        PhoneNumbers.balanceParentheses(s, span);
        String raw = PhoneNumbers.withoutBracketedTrunkZero(s.substring(span[0], span[1]));
        if (ctx.profile().ownContacts().isOwnPhone(raw)) {
            return; // the council's own number: nothing to validate
        }
        String unsure = null;
        List<int[]> found = List.of();
        PhoneNumber uk = PhoneNumbers.prefixed(raw) ? PhoneNumbers.parseUk(raw) : null;
        if (uk != null && isTelephoneNumber(ctx, uk, raw)) {
            found = List.of(span);
        } else if (search && PhoneNumbers.digitCount(raw) > 11) {
            found = PhoneNumbers.findAll(s, start, end);
        }
        if (found.isEmpty() && PhoneNumbers.foreignCandidate(t, start, end)) {
            boolean trunk = raw.startsWith("0") || raw.startsWith("(0");
            boolean tenDigits = PhoneNumbers.digitCount(raw) == 10;
            for (String region : PhoneNumbers.OTHER_REGIONS) {
                // North American numbers have ten digits; elsewhere a national number starts with trunk prefix 0.
                if (region.equals("US") ? !tenDigits : !trunk) {
                    continue;
                }
                PhoneNumber n = PhoneNumbers.parse(raw, region);
                if (n != null && PhoneNumbers.UTIL.isValidNumber(n)) {
                    found = List.of(span);
                    unsure = "written in a national format; it looks like a number from abroad (" + region + ")";
                    break;
                }
            }
        }
        for (int[] m : found) {
            String number = PhoneNumbers.withoutBracketedTrunkZero(s.substring(m[0], m[1]));
            if (ctx.profile().ownContacts().isOwnPhone(number) || PaymentCardRule.isCardNumber(PhoneNumbers.digitsOf(number))) {
                continue;
            }
            Attribution owner = OwnerAttribution.phone(OwnerCues.of(ctx, s), ctx.profile().ownContacts(), m[0], m[1],
                    councilSpeaks(ctx));
            if (owner.personal()) {
                report(ctx, t, m[0], m[1], unsure, owner);
            }
        }
    }


    @Override
    String suggestion() {
        return "Remove the phone number; if the council needs to call the person, ask them to send their number "
                + "by private message.";
    }
}
