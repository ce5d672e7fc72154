package org.councilpolicy.core.text;

import java.util.HashMap;
import java.util.Map;

/** Lookup tables used by {@link NormalisedText}. */
final class CharTables {

    private CharTables() {
    }

    private static final Map<Integer, Integer> CONFUSABLES = new HashMap<>();
    private static final Map<Integer, String> EXPANSIONS = new HashMap<>();

    static {
        // Cyrillic, upper and lower case are listed separately because some letters only look Latin in one case
        // (lower-case Cyrillic "н" is a small-capital H; Greek "η" looks like n while "Η" looks like H).
        confusable("АВЕКМНОРСТУХЅІЈҺӀҮԀԚԜ", "ABEKMHOPCTYXSIJHlYDQW");
        confusable("авекмнорстухѕіјһӏүԁԛԝ", "abekmhopctyxsijhlydqw");
        // Greek.
        confusable("ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ", "ABEZHIKMNOPTYX");
        confusable("αβεικνορτυχωγ", "abeiknoptuxwy");
        // Armenian and assorted Latin look-alikes NFKC leaves alone.
        confusable("օսոհցɑɡǀ", "ounhgagl");
        // More Greek lower case that reads as Latin.
        confusable("νϲϳ", "vcj");
        // Small capitals (and the letters small-capital generators use for the missing ones) read as capitals.
        confusable("ᴀʙᴄᴅᴇꜰғɢʜɪᴊᴋʟᴍɴᴏᴘꞯʀꜱᴛᴜᴠᴡʏᴢ", "ABCDEFFGHIJKLMNOPQRSTUVWYZ");
        // Letters that do not decompose under NFD.
        expansion('ß', "ss");
        expansion('æ', "ae");
        expansion('œ', "oe");
        expansion('ø', "o");
        expansion('ł', "l");
        expansion('đ', "d");
        expansion('ð', "d");
        expansion('þ', "th");
        expansion('ħ', "h");
        expansion('ŧ', "t");
    }

    private static void confusable(String from, String to) {
        if (from.length() != to.length()) {
            throw new IllegalStateException("confusable table misaligned: " + from);
        }
        for (int i = 0; i < from.length(); i++) {
            CONFUSABLES.put((int) from.charAt(i), (int) to.charAt(i));
        }
    }

    private static void expansion(char from, String to) {
        EXPANSIONS.put((int) from, to);
    }

    /** The Latin letter {@code cp} looks like, or {@code cp} itself. */
    static int foldConfusable(int cp) {
        if (cp < 0x80) {
            return cp;
        }
        Integer mapped = CONFUSABLES.get(cp);
        return mapped == null ? cp : mapped;
    }

    /** ASCII expansion of a lower-case letter that has no canonical decomposition, or {@code null}. */
    static String expansion(int cp) {
        return cp < 0x80 ? null : EXPANSIONS.get(cp);
    }

    /** Whether {@code cp} is a zero-width, invisible or formatting character that normalisation drops. */
    static boolean isInvisible(int cp) {
        if (cp < 0xAD) {
            return false;
        }
        return (cp >= 0x200B && cp <= 0x200F)
                || (cp >= 0x2060 && cp <= 0x2064)
                || (cp >= 0x2066 && cp <= 0x206F)
                || (cp >= 0x202A && cp <= 0x202E)
                || cp == 0xFEFF
                || cp == 0x00AD
                || cp == 0x180E
                || cp == 0x034F
                || cp == 0x061C
                || (cp >= 0xFE00 && cp <= 0xFE0F)
                || (cp >= 0xE0100 && cp <= 0xE01EF)
                || (cp >= 0xE0000 && cp <= 0xE007F)
                || Character.getType(cp) == Character.FORMAT;
    }

    /** Whether {@code cp} is a combining diacritical mark (the blocks stripped by {@code stripDiacritics}). */
    static boolean isDiacritic(int cp) {
        return (cp >= 0x0300 && cp <= 0x036F)
                || (cp >= 0x1AB0 && cp <= 0x1AFF)
                || (cp >= 0x1DC0 && cp <= 0x1DFF)
                || (cp >= 0x20D0 && cp <= 0x20FF)
                || (cp >= 0xFE20 && cp <= 0xFE2F);
    }

    /** Whether {@code cp} is any combining mark, i.e. belongs to the preceding base character. */
    static boolean isCombiningMark(int cp) {
        if (cp < 0x0300) {
            return false; // no mark below U+0300 (the first combining diacritical mark): skips getType for ASCII
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK
                || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    /** The letter a leetspeak character stands for, or {@code 0} when {@code c} is not one. */
    static char leet(char c) {
        switch (c) {
            case '0': return 'o';
            case '1': return 'i';
            case '3': return 'e';
            case '4': return 'a';
            case '5': return 's';
            case '7': return 't';
            case '8': return 'b';
            case '9': return 'g';
            case '@': return 'a';
            case '$': return 's';
            case '!': return 'i';
            case '|': return 'l';
            default: return 0;
        }
    }
}
