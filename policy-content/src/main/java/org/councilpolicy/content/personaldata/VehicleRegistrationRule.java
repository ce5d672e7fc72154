package org.councilpolicy.content.personaldata;

import java.util.Set;
import org.councilpolicy.core.rule.Category;
import org.councilpolicy.core.rule.PersonalDataKind;
import org.councilpolicy.core.rule.RuleContext;
import org.councilpolicy.core.rule.RuleInfo;
import org.councilpolicy.core.rule.Severity;

/**
 * PD-1, PD-7: a UK vehicle registration mark, in the current format ({@code AB51 ABC}: a real DVLA region
 * letter, an age identifier already issued by the engine's clock), the prefix format ({@code A123 BCD}) or
 * the suffix format ({@code ABC 123D}), the space optional.
 *
 * <p>With a vehicle word nearby ("car", "reg", "number plate", "parked"...) it is BLOCK; an upper-case mark
 * without one is REVIEW. Lower case is accepted only for the current format next to a vehicle word (so
 * "the A381 for" is not a registration), and common words and council abbreviations ("A38 NOW", "FOI 123A")
 * are not read as registrations without context. Road numbers and planning references never match the
 * formats.
 */
public final class VehicleRegistrationRule extends IdentifierRule {

    static final RuleInfo INFO = RuleInfo.builder("personal-data.vehicle-reg")
            .title("Vehicle registration")
            .category(Category.PERSONAL_DATA)
            .severity(Severity.BLOCK)
            .clauses("PD-1", "PD-7")
            .rationale("A number plate identifies the keeper of a vehicle through the DVLA.")
            .fires("The car reg AB51 ABC has been parked across the dropped kerb all week.")
            .passes("The A38 and M5 are closed overnight for resurfacing.")
            .build();

    private static final String REGION_LETTERS = "ABCDEFGHKLMNOPRSVWY";
    private static final String YEAR_LETTERS = "ABCDEFGHJKLMNPRSTVWXY"; // prefix/suffix year letters
    private static final Set<String> NOT_REGISTRATIONS = Set.of("THE", "AND", "FOR", "NOW", "NOT", "ARE", "WAS",
            "OUT", "OFF", "ALL", "BUT", "HAS", "YOU", "OUR", "NEW", "WAY", "TOO", "ANY", "CAN", "MAY", "JAN", "FEB",
            "MAR", "APR", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC", "MON", "TUE", "WED", "THU", "FRI", "SAT",
            "SUN", "GMT", "BST", "UTC", "FOI", "SAR", "EIR", "PCN", "REF", "FUL", "HHO", "TPO", "LBC", "NHS", "MOT",
            "BBC", "ITV", "CAS", "APP", "LPA", "LAB", "CON", "LIB", "VAT", "AGM", "PDF", "TEL", "FAO", "ETA", "PTO",
            "RSVP", "DAY", "YES", "OPEN", "END", "VIA", "TWO", "ONE", "SIX", "TEN", "AGE", "ODD", "EST", "MPH",
            "KPH", "AMP", "APT", "RTC", "RTA", "CCT", "MSG", "HGV", "LGV", "PSV", "SHD", "WDB");

    /** Creates the rule. */
    public VehicleRegistrationRule() {
        super(INFO, PersonalDataKind.VEHICLE_REG, "vehicle registration");
    }

    @Override
    void scan(IdentifierText t, RuleContext ctx) {
        if (t.digitCount() == 0) {
            return;
        }
        int year = ctx.today().getYear() % 100;
        String s = t.text();
        int next = 0;
        for (int i : t.letterDigitStarts()) {
            if (i < next || i + 5 > s.length()) {
                continue;
            }
            int end = currentAt(s, i, year);
            boolean current = end > 0;
            if (!current) {
                end = prefixAt(s, i);
            }
            if (end < 0) {
                end = suffixAt(s, i);
            }
            if (end < 0) {
                continue;
            }
            String mark = s.substring(i, end);
            boolean upper = mark.equals(mark.toUpperCase(java.util.Locale.ROOT));
            boolean context = t.near(IdentifierContext.VEHICLE, i, end, 60, 40);
            if (!upper && !(current && context)) {
                continue;
            }
            if (!context && !current && commonWord(mark)) {
                continue;
            }
            report(ctx, t, i, end, context ? null : "no mention of a vehicle nearby");
            next = end;
        }
    }

    private static boolean commonWord(String mark) {
        String compact = mark.replace(" ", "");
        int d = 0;
        while (d < compact.length() && !IdentifierText.isDigit(compact.charAt(d))) {
            d++;
        }
        int e = compact.length();
        while (e > 0 && !IdentifierText.isDigit(compact.charAt(e - 1))) {
            e--;
        }
        return NOT_REGISTRATIONS.contains(compact.substring(0, d)) || NOT_REGISTRATIONS.contains(compact.substring(e));
    }

    /** {@code AB51 ABC}: the end, or -1. */
    static int currentAt(String s, int i, int year) {
        if (i + 7 > s.length()) {
            return -1;
        }
        char a = up(s, i);
        char b = up(s, i + 1);
        if (REGION_LETTERS.indexOf(a) < 0 || !letterNot(b, "IQZ") || !digit(s, i + 2) || !digit(s, i + 3)) {
            return -1;
        }
        int age = (s.charAt(i + 2) - '0') * 10 + (s.charAt(i + 3) - '0');
        boolean issued = (age >= 2 && age <= year) || (age >= 51 && age <= 50 + year);
        if (!issued) {
            return -1;
        }
        int k = space(s, i + 4);
        return threeLetters(s, k, "IQ") && IdentifierText.boundary(s, k + 3) ? k + 3 : -1;
    }

    /** {@code A123 BCD}: the end, or -1. */
    static int prefixAt(String s, int i) {
        if (YEAR_LETTERS.indexOf(s.charAt(i)) < 0 || !digit(s, i + 1) || s.charAt(i + 1) == '0') {
            return -1;
        }
        int k = i + 1;
        while (k < s.length() && k - i <= 3 && digit(s, k)) {
            k++;
        }
        if (k - i > 4 || digit(s, k)) {
            return -1;
        }
        k = space(s, k);
        return threeLetters(s, k, "IQ") && isUpper(s, k) && IdentifierText.boundary(s, k + 3) ? k + 3 : -1;
    }

    /** {@code ABC 123D}: the end, or -1. */
    static int suffixAt(String s, int i) {
        if (!threeLetters(s, i, "IQ") || !isUpper(s, i)) {
            return -1;
        }
        int k = space(s, i + 3);
        if (!digit(s, k) || s.charAt(k) == '0') {
            return -1;
        }
        int d = k;
        while (d < s.length() && d - k < 3 && digit(s, d)) {
            d++;
        }
        if (digit(s, d) || d >= s.length() || YEAR_LETTERS.indexOf(s.charAt(d)) < 0) {
            return -1;
        }
        return IdentifierText.boundary(s, d + 1) ? d + 1 : -1;
    }

    private static int space(String s, int k) {
        return k < s.length() && s.charAt(k) == ' ' ? k + 1 : k;
    }

    private static boolean threeLetters(String s, int k, String excluded) {
        if (k + 3 > s.length()) {
            return false;
        }
        for (int j = k; j < k + 3; j++) {
            if (!letterNot(Character.toUpperCase(s.charAt(j)), excluded)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isUpper(String s, int k) {
        return Character.isUpperCase(s.charAt(k));
    }

    private static boolean letterNot(char c, String excluded) {
        return c >= 'A' && c <= 'Z' && excluded.indexOf(c) < 0;
    }

    private static char up(String s, int k) {
        return Character.toUpperCase(s.charAt(k));
    }

    private static boolean digit(String s, int k) {
        return k < s.length() && IdentifierText.isDigit(s.charAt(k));
    }
}
