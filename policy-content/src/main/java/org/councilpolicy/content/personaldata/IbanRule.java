package org.councilpolicy.content.personaldata;

import java.util.HashMap;
import java.util.Map;
import org.councilpolicy.core.rule.Category;
import org.councilpolicy.core.rule.PersonalDataKind;
import org.councilpolicy.core.rule.RuleContext;
import org.councilpolicy.core.rule.RuleInfo;
import org.councilpolicy.core.rule.Severity;

/**
 * PD-1, PD-2, PD-7: an International Bank Account Number. Upper-case country code with its registered length
 * (SWIFT IBAN registry), unbroken or in groups of four separated by single spaces, and the ISO 7064 mod 97-10
 * check.
 */
public final class IbanRule extends IdentifierRule {

    static final RuleInfo INFO = RuleInfo.builder("personal-data.iban")
            .title("IBAN")
            .category(Category.PERSONAL_DATA)
            .severity(Severity.BLOCK)
            .clauses("PD-1", "PD-2", "PD-7")
            .rationale("Bank details are never requested, accepted or published on social media.")
            .fires("Please refund me to GB82 WEST 1234 5698 7654 32.")
            .passes("Refunds are paid to the account you paid from.")
            .build();

    /** Total IBAN length by country (SWIFT IBAN registry). */
    private static final Map<String, Integer> LENGTHS = lengths(
            "AD24 AE23 AL28 AT20 AZ28 BA20 BE16 BG22 BH22 BI27 BR29 BY28 CH21 CR22 CY28 CZ24 DE22 DJ27 DK18 DO28 "
            + "EE20 EG29 ES24 FI18 FK18 FO18 FR27 GB22 GE22 GI23 GL18 GR27 GT28 HN28 HR21 HU28 IE22 IL23 IQ23 IS26 "
            + "IT27 JO30 KW30 KZ20 LB28 LC32 LI21 LT20 LU20 LV21 LY25 MC27 MD24 ME22 MK19 MN20 MR27 MT31 MU30 NI28 "
            + "NL18 NO15 OM23 PK24 PL28 PS29 PT25 QA29 RO24 RS22 RU33 SA24 SC31 SD18 SE24 SI19 SK24 SM27 SO23 ST25 "
            + "SV28 TL23 TN24 TR26 UA29 VA22 VG24 XK20 YE30");

    /** Creates the rule. */
    public IbanRule() {
        super(INFO, PersonalDataKind.IBAN, "bank account number (IBAN)");
    }

    @Override
    void scan(IdentifierText t, RuleContext ctx) {
        if (t.digitCount() < 4) {
            return;
        }
        String s = t.text();
        int next = 0;
        for (int i : t.letterDigitStarts()) {
            if (i < next || i + 15 > s.length() || !isUpper(s.charAt(i))) {
                continue;
            }
            int end = ibanAt(s, i);
            if (end > 0) {
                report(ctx, t, i, end, null);
                next = end;
            }
        }
    }

    /** The end of a valid IBAN starting at {@code i}, or -1. */
    static int ibanAt(String s, int i) {
        if (i + 4 > s.length() || !isUpper(s.charAt(i + 1)) || !IdentifierText.isDigit(s.charAt(i + 2))
                || !IdentifierText.isDigit(s.charAt(i + 3))) {
            return -1;
        }
        Integer len = LENGTHS.get(s.substring(i, i + 2));
        if (len == null) {
            return -1;
        }
        StringBuilder compact = new StringBuilder(len);
        int end = consume(s, i, len, false, compact);
        if (end < 0) {
            compact.setLength(0);
            end = consume(s, i, len, true, compact);
        }
        if (end < 0 || !IdentifierText.boundary(s, end)) {
            return -1;
        }
        return mod97(compact) == 1 ? end : -1;
    }

    /** Reads {@code len} IBAN characters from {@code i}, either unbroken or spaced in fours; the end or -1. */
    private static int consume(String s, int i, int len, boolean spaced, StringBuilder out) {
        int k = i;
        while (out.length() < len) {
            if (spaced && out.length() > 0 && out.length() % 4 == 0) {
                if (k >= s.length() || s.charAt(k) != ' ') {
                    return -1;
                }
                k++;
            }
            if (k >= s.length()) {
                return -1;
            }
            char c = s.charAt(k);
            if (!(isUpper(c) || IdentifierText.isDigit(c))) {
                return -1;
            }
            out.append(c);
            k++;
        }
        return k;
    }

    /** ISO 7064 mod 97-10 over the rearranged IBAN (country and check digits moved to the end). */
    static int mod97(CharSequence iban) {
        int r = 0;
        int n = iban.length();
        for (int j = 0; j < n; j++) {
            char c = iban.charAt((j + 4) % n);
            if (IdentifierText.isDigit(c)) {
                r = (r * 10 + (c - '0')) % 97;
            } else {
                r = (r * 100 + (c - 'A' + 10)) % 97;
            }
        }
        return r;
    }

    private static boolean isUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static Map<String, Integer> lengths(String table) {
        Map<String, Integer> m = new HashMap<>();
        for (String e : table.split(" ")) {
            m.put(e.substring(0, 2), Integer.parseInt(e.substring(2)));
        }
        return Map.copyOf(m);
    }

    @Override
    String message() {
        return "The post contains a bank account number (IBAN): bank details are never published, requested or "
                + "accepted on social media.";
    }
}
