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
        // "W L 6 2 4 9 4 4 A": every character spaced out, as people write to slip past a match
        java.util.regex.Matcher m = SPACED.matcher(s).useTransparentBounds(true);
        // anchored at "L L d" (two spaced letters, then a digit), tested in place: most texts have none
        for (int p = s.indexOf(' ', next + 1); p > 0 && p - 1 + SPACED_LENGTH <= s.length();
                p = s.indexOf(' ', p + 1)) {
            int i = p - 1; // hop from space to space: a spaced-out number starts one character before one
            if (s.charAt(p + 2) != ' ' || !(isLetter(Character.toUpperCase(s.charAt(i)))
                    && IdentifierText.isDigit(s.charAt(i + 4)))
                    || !m.region(i, Math.min(s.length(), i + SPACED_LENGTH + 1)).lookingAt()) {
                continue;
            }
            String compact = m.group().replace(" ", "");
            if (niAt(compact, 0) == compact.length()) {
                boolean context = t.near(IdentifierContext.NI, m.start(), m.end(), 50, 20);
                report(ctx, t, m.start(), m.end(), Character.isUpperCase(s.charAt(m.start())) || context ? null
                        : "written in lower case with no mention of National Insurance nearby");
            }
            p = m.end() - 1;
        }
    }

    /** An NI number with a single space between every character. */
    private static final java.util.regex.Pattern SPACED = java.util.regex.Pattern.compile(
            "(?<![A-Za-z0-9])[A-Za-z] [A-Za-z](?: [0-9]){6} [A-Da-d](?![A-Za-z0-9])");
    /** The length of {@link #SPACED}'s match: nine characters and eight spaces. */
    private static final int SPACED_LENGTH = 17;

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
