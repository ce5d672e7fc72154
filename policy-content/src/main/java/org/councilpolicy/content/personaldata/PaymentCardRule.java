package org.councilpolicy.content.personaldata;

import org.councilpolicy.core.rule.Category;
import org.councilpolicy.core.rule.PersonalDataKind;
import org.councilpolicy.core.rule.RuleContext;
import org.councilpolicy.core.rule.RuleInfo;
import org.councilpolicy.core.rule.Severity;

/**
 * PD-1, PD-2, PD-7: a payment card number: 13 to 19 digits, unbroken or in groups separated consistently by
 * spaces or hyphens, that passes the Luhn check and lies in an issuer's range with that issuer's length (Visa,
 * Mastercard, American Express, Maestro, Discover, JCB, Diners Club, UnionPay).
 */
public final class PaymentCardRule extends IdentifierRule {

    static final RuleInfo INFO = RuleInfo.builder("personal-data.payment-card")
            .title("Payment card number")
            .category(Category.PERSONAL_DATA)
            .severity(Severity.BLOCK)
            .clauses("PD-1", "PD-2", "PD-7")
            .rationale("Card details are never requested, accepted or published on social media; a card number "
                    + "in a post is a data breach and an invitation to fraud.")
            .fires("I paid with card 4111 1111 1111 1111 but the permit never came.")
            .passes("Permits cost £1,250 a year; pay online at southhams.gov.uk/permits.")
            .build();

    /** Creates the rule. */
    public PaymentCardRule() {
        super(INFO, PersonalDataKind.PAYMENT_CARD, "payment card number");
    }

    @Override
    void scan(IdentifierText t, RuleContext ctx) {
        if (t.digitCount() < 13) {
            return;
        }
        for (DigitRun run : t.runs()) {
            if (run.attached()) {
                continue;
            }
            int g = 0;
            while (g < run.groups()) {
                int to = longestCardFrom(run, g);
                if (to < 0) {
                    g++;
                    continue;
                }
                report(ctx, t, run.groupStart(g), run.groupEnd(to), null);
                g = to + 1;
            }
        }
        // "4 1 1 1 1 1 …": every digit spaced out, read in the identifier text's collapsed-spacing view
        for (SpacedOut run : t.spacedOut()) {
            String c = run.compact();
            if (c.length() < 13 || !run.digitsOnly()) {
                continue;
            }
            for (int i = 0; i + 13 <= c.length(); i++) {
                int len = Math.min(19, c.length() - i);
                while (len >= 13 && !isCardNumber(c.substring(i, i + len))) {
                    len--;
                }
                if (len >= 13) {
                    report(ctx, t, run.viewStart(i), run.viewEnd(i + len), null);
                    i += len - 1;
                }
            }
        }
    }

    /**
     * The last group of the longest card number starting at group {@code from}, or -1. Stops as soon as no longer
     * span can be grouped like a card (every group but the last has four digits, or 4-6-x), so a run of short
     * groups ("0 0 0 …") costs one step per group, not nineteen.
     */
    private static int longestCardFrom(DigitRun run, int from) {
        int best = -1;
        int d = 0;
        boolean fours = true;
        for (int to = from; to < run.groups(); to++) {
            d += run.groupLength(to);
            if (d > 19) {
                break;
            }
            if (to > from) {
                fours &= run.groupLength(to - 1) == 4;
                boolean amex = to == from + 2 && run.groupLength(from) == 4 && run.groupLength(from + 1) == 6;
                if (!fours && !amex) {
                    break; // no span from..to or longer is groupedLikeCard
                }
            }
            if (d >= 13 && run.uniformSeparators(from, to) && groupedLikeCard(run, from, to)
                    && isCardNumber(run.digitString(from, to))) {
                best = to;
            }
        }
        return best;
    }

    /** One group, or groups of four with a shorter last group, or the 4-6-5 / 4-6-4 American Express shape. */
    private static boolean groupedLikeCard(DigitRun run, int from, int to) {
        if (from == to) {
            return true;
        }
        int[] shape = run.shape(from, to);
        if (shape.length == 3 && shape[0] == 4 && shape[1] == 6 && (shape[2] == 5 || shape[2] == 4)) {
            return true;
        }
        for (int k = 0; k < shape.length - 1; k++) {
            if (shape[k] != 4) {
                return false;
            }
        }
        return shape[shape.length - 1] >= 1 && shape[shape.length - 1] <= 4;
    }

    @Override
    String message() {
        return "The post contains a payment card number: card details are never published, requested or accepted "
                + "on social media.";
    }

    @Override
    String suggestion() {
        return "Remove the card number at once and tell the person to contact their bank; payments are taken only "
                + "through the council's secure payment pages or by phone, never on social media.";
    }

    /** Whether {@code digits} (digits only) is a Luhn-valid number in an issuer's range and length. */
    static boolean isCardNumber(String digits) {
        int len = digits.length();
        if (len < 13 || len > 19 || !luhn(digits)) {
            return false;
        }
        int p1 = digits.charAt(0) - '0';
        int p2 = Integer.parseInt(digits.substring(0, 2));
        int p3 = Integer.parseInt(digits.substring(0, 3));
        int p4 = Integer.parseInt(digits.substring(0, 4));
        int p6 = Integer.parseInt(digits.substring(0, 6));
        if (p1 == 4) {
            return len == 13 || len == 16 || len == 19; // Visa
        }
        if ((p2 >= 51 && p2 <= 55) || (p4 >= 2221 && p4 <= 2720)) {
            return len == 16; // Mastercard
        }
        if (p2 == 34 || p2 == 37) {
            return len == 15; // American Express
        }
        if (p4 == 6011 || (p3 >= 644 && p3 <= 649) || p2 == 65 || (p6 >= 622126 && p6 <= 622925)) {
            return len >= 16; // Discover
        }
        if (p4 >= 3528 && p4 <= 3589) {
            return len >= 16; // JCB
        }
        if ((p3 >= 300 && p3 <= 305) || p2 == 36 || p2 == 38 || p2 == 39 || p4 == 3095) {
            return len >= 14; // Diners Club
        }
        if (p2 == 62 || p2 == 81) {
            return len >= 16; // UnionPay
        }
        if (p2 == 50 || (p2 >= 56 && p2 <= 69)) {
            return len >= 13; // Maestro (including UK Maestro 6759, 676770, 676774)
        }
        return false;
    }

    /** The Luhn (mod 10) check over a string of digits. */
    static boolean luhn(String digits) {
        int sum = 0;
        boolean dbl = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (dbl) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            dbl = !dbl;
        }
        return sum % 10 == 0;
    }
}
