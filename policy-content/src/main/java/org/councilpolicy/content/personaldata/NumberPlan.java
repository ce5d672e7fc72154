package org.councilpolicy.content.personaldata;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/**
 * The UK number plan as evidence of a line's owner (PD-1): non-geographic 03, 08 and 09 numbers are organisations'
 * lines (libphonenumber's number types), 07 numbers are mobiles. Split from {@link OwnerAttribution}, which weighs
 * this evidence against the words around a number.
 */
final class NumberPlan {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    private NumberPlan() {
    }

    /** The number plan's evidence that a UK number is an organisation's line, or {@code null}. */
    static String nonGeographic(String number) {
        // The national digits decide first, without libphonenumber's regexes: geographic and mobile numbers
        // (the common case) never reach it.
        String national = nationalDigits(number);
        if (national == null || !(national.startsWith("03") || national.startsWith("08")
                || national.startsWith("09"))) {
            return null;
        }
        PhoneNumber n;
        try {
            n = UTIL.parse(PhoneNumbers.withoutBracketedTrunkZero(number), "GB");
        } catch (NumberParseException e) {
            return null;
        }
        if (n.getCountryCode() != 44 || !UTIL.isValidNumberForRegion(n, "GB")) {
            return null;
        }
        String nsn = String.valueOf(n.getNationalNumber());
        PhoneNumberType type = UTIL.getNumberType(n);
        if (nsn.startsWith("3") || type == PhoneNumberType.UAN) {
            return "a non-geographic 03 number (public bodies' and charities' lines)";
        }
        if (nsn.startsWith("80") || type == PhoneNumberType.TOLL_FREE) {
            return "a freephone 0800/0808 number";
        }
        if (nsn.startsWith("84") || nsn.startsWith("87") || type == PhoneNumberType.SHARED_COST) {
            return "a non-geographic 084/087 number";
        }
        if (nsn.startsWith("9") || type == PhoneNumberType.PREMIUM_RATE) {
            return "a premium-rate 09 number";
        }
        return null;
    }

    static boolean mobile(String number) {
        String d = nationalDigits(number);
        return d != null && d.startsWith("07");
    }

    /** The number's UK national digits ("0300…" for "+44 300 …"), or null when it has a foreign country code. */
    static String nationalDigits(String number) {
        StringBuilder sb = new StringBuilder(number.length());
        for (int i = 0; i < number.length(); i++) {
            char c = number.charAt(i);
            if (c >= '0' && c <= '9') {
                sb.append(c);
            }
        }
        String d = sb.toString();
        boolean plus = number.stripLeading().startsWith("+");
        if (plus || d.startsWith("00")) {
            String cc = plus ? d : d.substring(2);
            if (!cc.startsWith("44")) {
                return null;
            }
            String rest = cc.substring(2);
            return rest.startsWith("0") ? rest : "0" + rest; // "+44 (0)300 …" keeps its trunk zero once
        }
        return d;
    }
}
