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
 * them. A lone {@code 12-05-25} is a date, and a lone eight-digit number a reference: neither is reported. A sort
 * code with its account number is one finding spanning both (one account, one finding); a sort code announced
 * alone is reported on its own.
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
        List<int[]> sortCodes = new ArrayList<>();
        List<int[]> accounts = new ArrayList<>();
        for (DigitRun run : t.runs()) {
            if (!run.attached()) {
                split(t, run, sortCodes, accounts);
            }
        }
        if (sortCodes.isEmpty() && accounts.isEmpty()) {
            return;
        }
        boolean[] accountReported = new boolean[accounts.size()];
        int first = 0; // accounts are in text order, and so are sort codes: a window slides over them
        for (int[] sc : sortCodes) {
            int from = sc[0];
            int to = sc[1];
            while (first < accounts.size() && accounts.get(first)[1] < sc[0] - PAIR_DISTANCE) {
                first++;
            }
            for (int k = first; k < accounts.size() && accounts.get(k)[0] <= sc[1] + PAIR_DISTANCE; k++) {
                if (!accountReported[k] && distance(sc, accounts.get(k)) <= PAIR_DISTANCE) {
                    accountReported[k] = true;
                    from = Math.min(from, accounts.get(k)[0]);
                    to = Math.max(to, accounts.get(k)[1]);
                }
            }
            // With its account number, the sort code is one finding with it, from the first to the last (one
            // account, one finding, both masked; the number identifies the holder, the sort code only a branch).
            if (to > sc[1] || from < sc[0] || t.nearestBefore(IdentifierContext.BANK_SORT_CODE, sc[0], 30) >= 0) {
                report(ctx, t, from, to, null);
            }
        }
        for (int k = 0; k < accounts.size(); k++) {
            int[] a = accounts.get(k);
            if (accountReported[k] || t.nearestBefore(IdentifierContext.BANK_ACCOUNT, a[0], 30) >= 0) {
                report(ctx, t, a[0], a[1], null);
            }
        }
    }

    /**
     * Splits a run into sort codes (2-2-2 with one separator, or six digits after "sort code") and eight-digit
     * account numbers, as in {@code 20-00-00 12345678}. A run holding anything else (a phone number, a
     * longer reference) yields nothing.
     */
    private static void split(IdentifierText t, DigitRun run, List<int[]> sortCodes, List<int[]> accounts) {
        List<int[]> codes = new ArrayList<>(1);
        List<int[]> accs = new ArrayList<>(1);
        int g = 0;
        int n = run.groups();
        while (g < n) {
            int len = run.groupLength(g);
            if (len == 2 && g + 2 < n && run.groupLength(g + 1) == 2 && run.groupLength(g + 2) == 2
                    && run.uniformSeparators(g, g + 2)) {
                codes.add(new int[] {run.groupStart(g), run.groupEnd(g + 2)});
                g += 3;
            } else if (len == 8) {
                accs.add(new int[] {run.groupStart(g), run.groupEnd(g)});
                g++;
            } else if (len == 6 && t.nearestBefore(IdentifierContext.BANK_SORT_CODE, run.groupStart(g), 30) >= 0) {
                codes.add(new int[] {run.groupStart(g), run.groupEnd(g)});
                g++;
            } else {
                return;
            }
        }
        sortCodes.addAll(codes);
        accounts.addAll(accs);
    }

    private static int distance(int[] x, int[] y) {
        return x[1] <= y[0] ? y[0] - x[1] : x[0] - y[1];
    }

    @Override
    String message() {
        return "The post contains bank account details: bank details are never published, requested or accepted "
                + "on social media.";
    }
}
