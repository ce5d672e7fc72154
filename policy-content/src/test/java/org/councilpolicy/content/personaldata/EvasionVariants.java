package org.councilpolicy.content.personaldata;

import java.util.Random;

/**
 * The tricks used to hide an identifier or a word from a detector, as seeded generators: zero-width characters,
 * fullwidth and other-script digits, look-alike letters (Cyrillic, Greek, small capitals, fullwidth and
 * mathematical letters), and text reversed with a right-to-left override. Shared by the evasion property test
 * and the evasion table.
 */
final class EvasionVariants {

    /** One trick, applied to the whole of a piece of text. */
    enum Trick {
        ZERO_WIDTH, FULLWIDTH, OTHER_SCRIPT_DIGITS, LOOK_ALIKES, SMALL_CAPITALS, GREEK, RTL_OVERRIDE
    }

    private static final int[] INVISIBLES = {0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD};
    /** Zeros of digit blocks of other scripts: Arabic-Indic, Extended Arabic-Indic, Devanagari, Bengali, Thai… */
    private static final int[] DIGIT_ZEROS = {0x0660, 0x06F0, 0x0966, 0x09E6, 0x0E50, 0x1040, 0xFF10, 0x1D7CE,
        0x1D7EC};
    private static final String CYRILLIC_FROM = "ABCEHKMOPTXYaceopxy";
    private static final String CYRILLIC_TO = "АВСЕНКМОРТХУасеорху";
    private static final String GREEK_FROM = "ABEHIKMNOPTXYZikoptuvx";
    private static final String GREEK_TO = "ΑΒΕΗΙΚΜΝΟΡΤΧΥΖικορτυνχ";
    private static final String SMALL_FROM = "abcdefghijklmnopqrstuvwyz";
    private static final String SMALL_TO = "ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘꞯʀꜱᴛᴜᴠᴡʏᴢ";

    private EvasionVariants() {
    }

    /** {@code s} with {@code trick} applied (to every character it can apply to; zero-width between each). */
    static String apply(Trick trick, String s) {
        switch (trick) {
            case ZERO_WIDTH:
                return zeroWidth(s, new Random(s.hashCode()), 1.0);
            case FULLWIDTH:
                return map(s, c -> c >= '!' && c <= '~' ? c - '!' + 0xFF01 : c);
            case OTHER_SCRIPT_DIGITS:
                return otherDigits(s, new Random(s.hashCode()), 1.0);
            case LOOK_ALIKES:
                return table(s, CYRILLIC_FROM, CYRILLIC_TO, true);
            case SMALL_CAPITALS:
                return table(s.toLowerCase(java.util.Locale.ROOT), SMALL_FROM, SMALL_TO, false);
            case GREEK:
                return table(s, GREEK_FROM, GREEK_TO, true);
            case RTL_OVERRIDE:
                return "\u202E" + new StringBuilder(s).reverse() + "\u202C";
            default:
                throw new IllegalArgumentException(trick.name());
        }
    }

    /**
     * A random mix of tricks inside {@code s}, keeping its first and last character where they are (so the
     * variant's span is exactly where {@code s} was): zero-width characters between characters, digits of other
     * scripts or fullwidth, look-alike letters.
     */
    static String mixed(String s, Random random) {
        String out = s;
        if (random.nextBoolean()) {
            out = otherDigits(out, random, 0.6);
        }
        if (random.nextBoolean()) {
            out = lookAlikes(out, random, 0.6);
        }
        if (random.nextBoolean() || out.equals(s)) {
            out = zeroWidth(out, random, 0.4);
        }
        return out;
    }

    private static String zeroWidth(String s, Random random, double share) {
        StringBuilder b = new StringBuilder();
        int[] cps = s.codePoints().toArray();
        for (int i = 0; i < cps.length; i++) {
            b.appendCodePoint(cps[i]);
            if (i + 1 < cps.length && random.nextDouble() < share) {
                b.appendCodePoint(INVISIBLES[random.nextInt(INVISIBLES.length)]);
            }
        }
        return b.toString();
    }

    private static String otherDigits(String s, Random random, double share) {
        StringBuilder b = new StringBuilder();
        s.codePoints().forEach(c -> {
            if (c >= '0' && c <= '9' && random.nextDouble() < share) {
                b.appendCodePoint(DIGIT_ZEROS[random.nextInt(DIGIT_ZEROS.length)] + (c - '0'));
            } else {
                b.appendCodePoint(c);
            }
        });
        return b.toString();
    }

    private static String lookAlikes(String s, Random random, double share) {
        StringBuilder b = new StringBuilder();
        s.codePoints().forEach(c -> {
            int k = CYRILLIC_FROM.indexOf(c);
            int g = GREEK_FROM.indexOf(c);
            double r = random.nextDouble();
            if (k >= 0 && r < share / 2) {
                b.append(CYRILLIC_TO.charAt(k));
            } else if (g >= 0 && r < share) {
                b.append(GREEK_TO.charAt(g));
            } else if (Character.isLetter(c) && c < 0x80 && r < share + 0.1) {
                b.appendCodePoint(c - '!' + 0xFF01); // fullwidth
            } else {
                b.appendCodePoint(c);
            }
        });
        return b.toString();
    }

    private static String table(String s, String from, String to, boolean keepCase) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int k = from.indexOf(c);
            if (k < 0 && !keepCase) {
                k = from.indexOf(Character.toLowerCase(c));
            }
            b.append(k >= 0 ? to.charAt(k) : c);
        }
        return b.toString();
    }

    private static String map(String s, java.util.function.IntUnaryOperator f) {
        StringBuilder b = new StringBuilder();
        s.codePoints().map(f).forEach(b::appendCodePoint);
        return b.toString();
    }
}
