package org.councilpolicy.core.text;

/**
 * The leetspeak step: {@code 0→o 1→i 3→e 4→a 5→s 7→t 8→b 9→g @→a $→s !→i |→l}, but only inside a maximal run
 * of letters, digits and those symbols that contains at least one letter, and never for {@code !} at the end of
 * such a run (it is punctuation there). So {@code h3ll0 → hello} and {@code $h!t → shit}, while {@code 2024},
 * {@code £5} and {@code great!} are left alone. One character for one, so offsets are shared.
 */
final class Leet {

    private Leet() {
    }

    /** {@code s} with leetspeak read as letters; {@code s} itself when nothing changes. */
    static String apply(String s) {
        char[] cs = null;
        int n = s.length();
        int i = 0;
        while (i < n) {
            if (!isRunChar(s.charAt(i))) {
                i++;
                continue;
            }
            int runStart = i;
            boolean hasLetter = false;
            boolean hasLeet = false;
            while (i < n) {
                char c = s.charAt(i);
                int kind = kind(c);
                if (kind == 0) {
                    break;
                }
                hasLetter |= (kind & LETTER) != 0;
                hasLeet |= (kind & LEET) != 0;
                i++;
            }
            if (!hasLetter || !hasLeet) {
                continue;
            }
            int runEnd = i;
            while (runEnd > runStart && s.charAt(runEnd - 1) == '!') {
                runEnd--;
            }
            for (int k = runStart; k < runEnd; k++) {
                char mapped = CharTables.leet(s.charAt(k));
                if (mapped != 0) {
                    if (cs == null) {
                        cs = s.toCharArray();
                    }
                    cs[k] = mapped;
                }
            }
        }
        return cs == null ? s : new String(cs);
    }

    private static boolean isRunChar(char c) {
        return kind(c) != 0;
    }

    /** Bits of {@link #kind}: a char of a run, a letter, a leetspeak symbol. */
    private static final int RUN = 1;
    private static final int LETTER = 2;
    private static final int LEET = 4;
    /** {@link #kind} of every ASCII char, computed once: this runs for every char of a text. */
    private static final byte[] ASCII_KINDS = new byte[128];

    static {
        for (char c = 0; c < ASCII_KINDS.length; c++) {
            ASCII_KINDS[c] = (byte) slowKind(c);
        }
    }

    /** Whether {@code c} belongs to a run (0 if not), and whether it is a letter and a leetspeak symbol. */
    private static int kind(char c) {
        return c < ASCII_KINDS.length ? ASCII_KINDS[c] : slowKind(c);
    }

    private static int slowKind(char c) {
        boolean leet = CharTables.leet(c) != 0;
        boolean run = Character.isLetterOrDigit(c) || leet;
        return run ? RUN | (Character.isLetter(c) ? LETTER : 0) | (leet ? LEET : 0) : 0;
    }
}
