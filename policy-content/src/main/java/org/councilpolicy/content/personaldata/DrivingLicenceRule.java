package org.councilpolicy.content.personaldata;

import org.councilpolicy.core.rule.Category;
import org.councilpolicy.core.rule.PersonalDataKind;
import org.councilpolicy.core.rule.RuleContext;
import org.councilpolicy.core.rule.RuleInfo;
import org.councilpolicy.core.rule.Severity;

/**
 * PD-1, PD-7: a GB driving licence number ({@code MORGA753116SM9IJ}): five characters of the surname padded
 * with 9s, the decade digit, the birth month (plus 50 for women), the day, the year digit, two initials
 * (9-padded), a digit and two check characters. The date digits are validated, so random 16-character codes
 * rarely pass. BLOCK next to "licence"/"driving"/"DVLA"; an upper-case number without that context is REVIEW.
 */
public final class DrivingLicenceRule extends IdentifierRule {

    static final RuleInfo INFO = RuleInfo.builder("personal-data.driving-licence")
            .title("Driving licence number")
            .category(Category.PERSONAL_DATA)
            .severity(Severity.BLOCK)
            .clauses("PD-1", "PD-7")
            .rationale("A driving licence number encodes the holder's name and date of birth.")
            .fires("My driving licence number is MORGA753116SM9IJ for the permit.")
            .passes("Apply for a parking permit online with your licence to hand.")
            .build();

    /** Creates the rule. */
    public DrivingLicenceRule() {
        super(INFO, PersonalDataKind.DRIVING_LICENCE, "driving licence number");
    }

    @Override
    void scan(IdentifierText t, RuleContext ctx) {
        if (t.digitCount() < 7) {
            return;
        }
        String s = t.text();
        int next = 0;
        for (int i : t.letterDigitStarts()) {
            if (i < next || i + 16 > s.length()) {
                continue;
            }
            if (!IdentifierText.isDigit(s.charAt(i + 5)) || !IdentifierText.isDigit(s.charAt(i + 10))
                    || !IdentifierText.boundary(s, i + 16) || !isLicenceNumber(s.substring(i, i + 16))) {
                continue;
            }
            String value = s.substring(i, i + 16);
            boolean upper = value.equals(value.toUpperCase(java.util.Locale.ROOT));
            boolean context = t.near(IdentifierContext.LICENCE, i, i + 16, 60, 30);
            if (context || upper) {
                report(ctx, t, i, i + 16, context ? null : "no mention of a driving licence nearby");
            }
            next = i + 16;
        }
    }

    /** Whether the sixteen characters are a well-formed GB driving licence number (any case). */
    static boolean isLicenceNumber(String v) {
        String u = v.toUpperCase(java.util.Locale.ROOT);
        if (u.length() != 16 || !letter(u.charAt(0))) {
            return false;
        }
        boolean padding = false;
        for (int k = 1; k < 5; k++) {
            char c = u.charAt(k);
            if (c == '9') {
                padding = true;
            } else if (!letter(c) || padding) {
                return false;
            }
        }
        for (int k = 5; k < 11; k++) {
            if (!digit(u.charAt(k))) {
                return false;
            }
        }
        int month = (u.charAt(6) - '0') * 10 + (u.charAt(7) - '0');
        int day = (u.charAt(8) - '0') * 10 + (u.charAt(9) - '0');
        boolean monthOk = (month >= 1 && month <= 12) || (month >= 51 && month <= 62);
        if (!monthOk || day < 1 || day > 31) {
            return false;
        }
        return letter(u.charAt(11)) && (letter(u.charAt(12)) || u.charAt(12) == '9') && digit(u.charAt(13))
                && letter(u.charAt(14)) && letter(u.charAt(15));
    }

    private static boolean letter(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }
}
