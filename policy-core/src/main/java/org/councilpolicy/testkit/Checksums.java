package org.councilpolicy.testkit;

import java.math.BigInteger;

/** The check digits of the identifiers the generators make. */
final class Checksums {

    private Checksums() {
    }

    /** The Luhn check digit to append to {@code digits} (payment cards). */
    static int luhnCheckDigit(String digits) {
        int sum = 0;
        boolean twice = true; // the digit next to the check digit is doubled
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (twice) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            twice = !twice;
        }
        return (10 - sum % 10) % 10;
    }

    /** The NHS number check digit for nine digits (mod 11, weights 10..2), or -1 when none exists (remainder 1). */
    static int nhsCheckDigit(String nine) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (nine.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - sum % 11;
        if (check == 11) {
            return 0;
        }
        return check == 10 ? -1 : check;
    }

    /** The two ISO 13616 check digits of an IBAN with this country code and BBAN (mod 97). */
    static String ibanCheckDigits(String country, String bban) {
        String rearranged = bban + country + "00";
        StringBuilder numeric = new StringBuilder();
        for (char c : rearranged.toCharArray()) {
            numeric.append(Character.isLetter(c) ? String.valueOf(c - 'A' + 10) : String.valueOf(c));
        }
        int check = 98 - new BigInteger(numeric.toString()).mod(BigInteger.valueOf(97)).intValue();
        return check < 10 ? "0" + check : String.valueOf(check);
    }
}
