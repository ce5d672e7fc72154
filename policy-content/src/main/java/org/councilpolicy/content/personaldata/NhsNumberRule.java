package org.councilpolicy.content.personaldata;

import org.councilpolicy.core.rule.Category;
import org.councilpolicy.core.rule.PersonalDataKind;
import org.councilpolicy.core.rule.RuleContext;
import org.councilpolicy.core.rule.RuleInfo;
import org.councilpolicy.core.rule.Severity;

/**
 * PD-1, PD-7: an NHS number. Ten digits with a valid modulus 11 check digit (see {@link NhsNumbers}); one in
 * eleven random ten-digit numbers passes that check, so the checksum alone is not enough:
 * <ul>
 *   <li>with a health word nearby ("NHS", "patient", "hospital number", "GP"...) it is BLOCK;</li>
 *   <li>without one, only the NHS's own 3-3-4 layout ({@code 943 476 5919}) is reported, as REVIEW;</li>
 *   <li>an unbroken ten-digit number without context is not reported (it is far more often a reference);</li>
 *   <li>digits after a bracketed trunk zero ({@code +44 (0)115 496 0005}) are a telephone number, not this.</li>
 * </ul>
 */
public final class NhsNumberRule extends IdentifierRule {

    static final RuleInfo INFO = RuleInfo.builder("personal-data.nhs-number")
            .title("NHS number")
            .category(Category.PERSONAL_DATA)
            .severity(Severity.BLOCK)
            .clauses("PD-1", "PD-7")
            .rationale("An NHS number identifies a patient and links to health records, special category data.")
            .fires("Her NHS number is 943 476 5919 if the care team needs it.")
            .passes("Case reference 9434765919 has been closed.")
            .build();

    /** Creates the rule. */
    public NhsNumberRule() {
        super(INFO, PersonalDataKind.NHS_NUMBER, "NHS number");
    }

    @Override
    void scan(IdentifierText t, RuleContext ctx) {
        if (t.digitCount() < 10) {
            return;
        }
        for (DigitRun run : t.runs()) {
            int last = run.groups() - 1;
            boolean single = run.groups() == 1 && run.groupLength(0) == 10;
            boolean grouped = run.groups() == 3 && run.groupLength(0) == 3 && run.groupLength(1) == 3
                    && run.groupLength(2) == 4 && run.uniformSeparators(0, last);
            if (!(single || grouped) || run.attached() || afterBracketedTrunkZero(t.text(), run.start())) {
                continue;
            }
            String digits = run.digitString(0, last);
            if (!NhsNumbers.checkDigitMatches(digits)) {
                continue;
            }
            boolean context = t.near(IdentifierContext.NHS, run.start(), run.end(), 60, 30);
            if (context) {
                report(ctx, t, run.start(), run.end(), null);
            } else if (grouped && digits.charAt(0) != '0') {
                report(ctx, t, run.start(), run.end(),
                        "no health word nearby, but it has the NHS number's 3-3-4 layout and a valid check digit");
            }
        }
    }

    /**
     * "+44 (0)115 496 0005": digits right after a bracketed trunk zero are the rest of a telephone number (the
     * phone rule's), even when they happen to have the 3-3-4 layout and a valid check digit.
     */
    static boolean afterBracketedTrunkZero(String s, int start) {
        int b = start;
        while (b > 0 && s.charAt(b - 1) == ' ') {
            b--;
        }
        return b >= 3 && s.startsWith("(0)", b - 3);
    }

    @Override
    String message() {
        return "The post contains an NHS number: it identifies a patient and must never be published.";
    }
}
