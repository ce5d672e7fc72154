package org.councilpolicy.content.personaldata;

import java.util.ArrayList;
import java.util.List;
import org.councilpolicy.core.rule.Category;
import org.councilpolicy.core.rule.PersonalDataKind;
import org.councilpolicy.core.rule.RuleContext;
import org.councilpolicy.core.rule.RuleInfo;
import org.councilpolicy.core.rule.Severity;

/**
 * PD-1, PD-2, PD-7: UK bank account details. A sort code ({@code 12-34-56}, {@code 12 34 56}, or
 * {@code 123456} after the words "sort code") and an eight-digit account number are reported when they come
 * together (within 60 characters of each other) or when the words "sort code" / "account number" announce
 * them. A lone {@code 12-05-25} is a date, and a lone eight-digit number a reference: neither is reported.
 */
public final class BankAccountRule extends IdentifierRule {

    static final RuleInfo INFO = RuleInfo.builder("personal-data.bank-account")
            .title("Bank account details")
            .category(Category.PERSONAL_DATA)
            .severity(Severity.BLOCK)
            .clauses("PD-1", "PD-2", "PD-7")
            .rationale("Bank details are never requested, accepted or published on social media.")
            .fires("Refund to sort code 20-00-00, account 12345678 please.")
            .passes("The consultation runs from 12-05-25 to 30-06-25.")
            .build();

    private static final int PAIR_DISTANCE = 60;

    /** Creates the rule. */
    public BankAccountRule() {
        super(INFO, PersonalDataKind.BANK_ACCOUNT, "bank account details");
    }

    @Override
    void scan(IdentifierText t, RuleContext ctx) {
        if (t.digitCount() < 6) {
            return;
        }
        List<DigitRun> sortCodes = new ArrayList<>();
        List<DigitRun> accounts = new ArrayList<>();
        for (DigitRun run : t.runs()) {
            if (run.attached()) {
                continue;
            }
            boolean sixGrouped = run.groups() == 3 && run.groupLength(0) == 2 && run.groupLength(1) == 2
                    && run.groupLength(2) == 2 && run.uniformSeparators(0, 2);
            boolean six = run.groups() == 1 && run.groupLength(0) == 6;
            if (sixGrouped || (six && t.nearestBefore(IdentifierContext.BANK_SORT_CODE, run.start(), 30) >= 0)) {
                sortCodes.add(run);
            } else if (run.groups() == 1 && run.groupLength(0) == 8) {
                accounts.add(run);
            }
        }
        if (sortCodes.isEmpty() && accounts.isEmpty()) {
            return;
        }
        boolean[] accountReported = new boolean[accounts.size()];
        for (DigitRun sc : sortCodes) {
            boolean paired = false;
            for (int k = 0; k < accounts.size(); k++) {
                DigitRun a = accounts.get(k);
                if (distance(sc, a) <= PAIR_DISTANCE) {
                    paired = true;
                    accountReported[k] = true;
                }
            }
            if (paired || t.nearestBefore(IdentifierContext.BANK_SORT_CODE, sc.start(), 30) >= 0) {
                report(ctx, t, sc.start(), sc.end(), null);
            }
        }
        for (int k = 0; k < accounts.size(); k++) {
            DigitRun a = accounts.get(k);
            if (accountReported[k] || t.nearestBefore(IdentifierContext.BANK_ACCOUNT, a.start(), 30) >= 0) {
                report(ctx, t, a.start(), a.end(), null);
            }
        }
    }

    private static int distance(DigitRun x, DigitRun y) {
        return x.end() <= y.start() ? y.start() - x.end() : x.start() - y.end();
    }

    @Override
    String message() {
        return "The post contains bank account details: bank details are never published, requested or accepted "
                + "on social media.";
    }
}
