package org.councilpolicy.content.personaldata;

/** The NHS number check digit (England, Wales and the Isle of Man): modulus 11 over ten digits. */
public final class NhsNumbers {

    private NhsNumbers() {
    }

    /**
     * Whether {@code number} is ten digits, optionally grouped 3-3-4 by spaces or hyphens and surrounded by
     * whitespace, whose tenth digit is the modulus 11 check digit of the first nine (weights 10 down to 2; a
     * remainder giving 11 means 0, one giving 10 means the number is invalid).
     *
     * @param number the candidate, as written
     * @return whether it is a well-formed NHS number with a correct check digit
     * @throws NullPointerException when {@code number} is null
     */
    public static boolean isValid(String number) {
        java.util.Objects.requireNonNull(number, "number");
        String s = number.strip();
        StringBuilder digits = new StringBuilder(10);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            } else if (c != ' ' && c != '-') {
                return false;
            }
        }
        return digits.length() == 10 && checkDigitMatches(digits);
    }

    /** The check of ten digits (no separators). */
    static boolean checkDigitMatches(CharSequence tenDigits) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (tenDigits.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - sum % 11;
        if (check == 11) {
            check = 0;
        }
        return check != 10 && check == tenDigits.charAt(9) - '0';
    }
}
