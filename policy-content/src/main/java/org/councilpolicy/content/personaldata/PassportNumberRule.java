package org.councilpolicy.content.personaldata;

import org.councilpolicy.core.rule.Category;
import org.councilpolicy.core.rule.PersonalDataKind;
import org.councilpolicy.core.rule.RuleContext;
import org.councilpolicy.core.rule.RuleInfo;
import org.councilpolicy.core.rule.Severity;

/**
 * PD-1, PD-7: a passport number. A nine-digit UK passport number is reported only next to the word
 * "passport" (nine digits alone are far more often a reference); two letters and seven digits
 * ({@code AB1234567}, the layout of many newer passports) are BLOCK next to "passport" and REVIEW without it,
 * unless a word such as "reference", "booking" or "invoice" just before says it is some other code.
 */
public final class PassportNumberRule extends IdentifierRule {

    static final RuleInfo INFO = RuleInfo.builder("personal-data.passport")
            .title("Passport number")
            .category(Category.PERSONAL_DATA)
            .severity(Severity.BLOCK)
            .clauses("PD-1", "PD-7")
            .rationale("A passport number is an identity document number, a key to identity fraud.")
            .fires("For the right-to-rent check my passport number is 123456789.")
            .passes("Invoice 123456789 has been paid.")
            .build();

    /** Creates the rule. */
    public PassportNumberRule() {
        super(INFO, PersonalDataKind.PASSPORT, "passport number");
    }

    @Override
    void scan(IdentifierText t, RuleContext ctx) {
        if (t.digitCount() < 7) {
            return;
        }
        String s = t.text();
        for (DigitRun run : t.runs()) {
            int start = run.start();
            if (run.groups() == 1 && run.groupLength(0) == 7 && start >= 2
                    && IdentifierText.isAsciiLetter(s.charAt(start - 1))
                    && IdentifierText.isAsciiLetter(s.charAt(start - 2))
                    && IdentifierText.boundary(s, start - 3) && IdentifierText.boundary(s, run.end())) {
                boolean context = t.near(IdentifierContext.PASSPORT, start - 2, run.end(), 50, 30);
                if (!context && t.nearestBefore(IdentifierContext.REFERENCE, start - 2, 30) >= 0) {
                    continue; // "booking reference TK1234567"
                }
                report(ctx, t, start - 2, run.end(), context ? null : "no mention of a passport nearby");
            } else if (run.groups() == 1 && run.groupLength(0) == 9 && !run.attached()
                    && t.near(IdentifierContext.PASSPORT, start, run.end(), 50, 30)) {
                report(ctx, t, start, run.end(), null);
            }
        }
    }
}
