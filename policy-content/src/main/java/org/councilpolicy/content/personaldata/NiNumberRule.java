package org.councilpolicy.content.personaldata;

import java.util.Set;
import org.councilpolicy.core.rule.Category;
import org.councilpolicy.core.rule.PersonalDataKind;
import org.councilpolicy.core.rule.RuleContext;
import org.councilpolicy.core.rule.RuleInfo;
import org.councilpolicy.core.rule.Severity;

/**
 * PD-1, PD-7: a National Insurance number ({@code QQ 12 34 56 C}), any case, spaced in pairs or not. HMRC's
 * rules: the first letter is not D, F, I, Q, U or V; the second not D, F, I, O, Q, U or V; the prefixes BG,
 * GB, KN, NK, NT, TN and ZZ are never issued (TN marks temporary numbers); the suffix is A, B, C or D.
 * Lower case without a nearby "national insurance"/"NINO" is REVIEW.
 */
public final class NiNumberRule extends IdentifierRule {

    static final RuleInfo INFO = RuleInfo.builder("personal-data.ni-number")
            .title("National Insurance number")
            .category(Category.PERSONAL_DATA)
            .severity(Severity.BLOCK)
            .clauses("PD-1", "PD-7")
            .rationale("A National Insurance number is a lifelong identifier used for tax and benefits.")
            .fires("My NI number is AB 12 34 56 C, please update my council tax support claim.")
            .passes("Claim council tax support online; do not post your National Insurance number.")
            .build();

    private static final Set<String> INVALID_PREFIXES = Set.of("BG", "GB", "KN", "NK", "NT", "TN", "ZZ");
    private static final String FIRST_EXCLUDED = "DFIQUV";
    private static final String SECOND_EXCLUDED = "DFIOQUV";

    /** Creates the rule. */
    public NiNumberRule() {
        super(INFO, PersonalDataKind.NI_NUMBER, "National Insurance number");
    }

    @Override
    void scan(IdentifierText t, RuleContext ctx) {
        if (t.digitCount() < 6) {
            return;
        }
        String s = t.text();
        int next = 0;
        for (int i : t.letterDigitStarts()) {
            if (i < next || i + 9 > s.length()) {
                continue;
            }
            int end = niAt(s, i);
            if (end < 0) {
                continue;
            }
            boolean upper = Character.isUpperCase(s.charAt(i)) && Character.isUpperCase(s.charAt(end - 1));
            boolean context = t.near(IdentifierContext.NI, i, end, 50, 20);
            report(ctx, t, i, end, upper || context ? null
                    : "written in lower case with no mention of National Insurance nearby");
            next = end;
        }
        // "W L 6 2 4 9 4 4 A": every character spaced out, read in the identifier text's collapsed-spacing view
        for (SpacedOut run : t.spacedOut()) {
            String c = run.compact();
            for (int i = 0; i + 9 <= c.length(); i++) {
                if (!isLetter(Character.toUpperCase(c.charAt(i))) || niAt(c.substring(i, i + 9), 0) != 9) {
                    continue;
                }
                int from = run.viewStart(i);
                int to = run.viewEnd(i + 9);
                boolean context = t.near(IdentifierContext.NI, from, to, 50, 20);
                report(ctx, t, from, to, Character.isUpperCase(s.charAt(from)) || context ? null
                        : "written in lower case with no mention of National Insurance nearby");
                i += 8;
            }
        }
    }

    /** The end of a National Insurance number starting at {@code i}, or -1. */
    static int niAt(String s, int i) {
        int n = s.length();
        if (i + 2 > n) {
            return -1;
        }
        char a = Character.toUpperCase(s.charAt(i));
        char b = Character.toUpperCase(s.charAt(i + 1));
        if (!isLetter(a) || !isLetter(b) || FIRST_EXCLUDED.indexOf(a) >= 0 || SECOND_EXCLUDED.indexOf(b) >= 0
                || INVALID_PREFIXES.contains("" + a + b)) {
            return -1;
        }
        int k = i + 2;
        if (k < n && s.charAt(k) == ' ') {
            k++;
        }
        // Six digits: unbroken, in pairs (12 34 56) or threes (123 456): single spaces inside are allowed.
        int digits = 0;
        while (digits < 6) {
            if ((digits == 2 || digits == 3 || digits == 4) && k + 1 < n && s.charAt(k) == ' '
                    && IdentifierText.isDigit(s.charAt(k + 1))) {
                k++;
            }
            if (k >= n || !IdentifierText.isDigit(s.charAt(k))) {
                return -1;
            }
            k++;
            digits++;
        }
        if (k < n && s.charAt(k) == ' ') {
            k++;
        }
        if (k >= n) {
            return -1;
        }
        char suffix = Character.toUpperCase(s.charAt(k));
        if (suffix < 'A' || suffix > 'D' || !IdentifierText.boundary(s, k + 1)) {
            return -1;
        }
        return k + 1;
    }

    private static boolean isLetter(char c) {
        return c >= 'A' && c <= 'Z';
    }
}
