package org.councilpolicy.core.text;

import com.google.common.net.InternetDomainName;
import java.util.Locale;
import java.util.Objects;

/** Masks personal data (names, e-mail addresses, phone numbers) for logs, reports and previews. */
public final class Masking {

    private static final String DOTS = "\u2022\u2022\u2022";
    private static final char DOT = '\u2022';

    private Masking() {
    }

    /**
     * Masks {@code value} so that it cannot be read back, while keeping its shape recognisable.
     * <ul>
     *   <li>Each maximal run of letters/digits that contains a letter becomes its first character followed by
     *       {@code •••} ({@code "Jane Doe" → "J••• D•••"}). Other characters ({@code @ . - space}) are kept.</li>
     *   <li>In a value that contains letters, a run that starts with a digit becomes just {@code •••}, so no
     *       digit is shown.</li>
     *   <li>In a value with no letters at all (a phone number, an account number) every digit becomes {@code •},
     *       except that when the value has at least 6 digits the last 2 stay visible:
     *       {@code "07700 900123" → "••••• ••••23"}. At most 2 digits are ever shown.</li>
     *   <li>In an e-mail address (anything with {@code @}) the registry suffix of the domain (per the public
     *       suffix list, e.g. {@code co.uk}, {@code com}) is kept whole and every other domain label is masked:
     *       {@code "jane.doe@example.co.uk" → "j•••.d•••@e•••.co.uk"}.</li>
     * </ul>
     * A value with two or more letters/digits is never returned unchanged.
     *
     * @param value the text to mask
     * @return the masked value
     */
    public static String mask(CharSequence value) {
        Objects.requireNonNull(value, "value");
        String s = value.toString();
        boolean hasLetter = s.codePoints().anyMatch(Character::isLetter);
        if (!hasLetter) {
            return maskDigits(s);
        }
        String masked;
        int at = s.lastIndexOf('@');
        if (at >= 0) {
            masked = maskRuns(s.substring(0, at)) + "@" + maskDomain(s.substring(at + 1));
        } else {
            masked = maskRuns(s);
        }
        if (masked.equals(s)) {
            // e.g. "@co.uk": nothing left to hide under the e-mail rule; mask everything instead.
            masked = maskRuns(s);
        }
        return masked;
    }

    private static String maskDomain(String domain) {
        int suffixStart = domain.length();
        try {
            InternetDomainName name = InternetDomainName.from(domain.toLowerCase(Locale.ROOT));
            if (name.hasRegistrySuffix() && !name.isRegistrySuffix()) {
                String suffix = name.registrySuffix().toString();
                suffixStart = domain.length() - suffix.length();
            }
        } catch (IllegalArgumentException notADomain) {
            suffixStart = domain.length();
        }
        return maskRuns(domain.substring(0, suffixStart)) + domain.substring(suffixStart);
    }

    private static String maskRuns(String s) {
        StringBuilder out = new StringBuilder(s.length() + 8);
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            if (!Character.isLetterOrDigit(cp)) {
                out.appendCodePoint(cp);
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            boolean letters = false;
            while (i < s.length()) {
                int c = s.codePointAt(i);
                if (!Character.isLetterOrDigit(c) && !CharTables.isCombiningMark(c)) {
                    break;
                }
                letters |= Character.isLetter(c);
                i += Character.charCount(c);
            }
            if (letters && Character.isLetter(s.codePointAt(start))) {
                out.appendCodePoint(s.codePointAt(start));
            }
            out.append(DOTS);
        }
        return out.toString();
    }

    private static String maskDigits(String s) {
        long digits = s.codePoints().filter(Character::isDigit).count();
        long keepFrom = digits >= 6 ? digits - 2 : Long.MAX_VALUE;
        StringBuilder out = new StringBuilder(s.length());
        long seen = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                out.append(seen++ >= keepFrom ? new String(Character.toChars(cp)) : String.valueOf(DOT));
            } else {
                out.appendCodePoint(cp);
            }
        }
        return out.toString();
    }
}
