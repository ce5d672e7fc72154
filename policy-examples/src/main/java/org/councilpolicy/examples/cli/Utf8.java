package org.councilpolicy.examples.cli;

/**
 * Strict UTF-8 validation (RFC 3629): no overlong forms, no surrogates, nothing above U+10FFFF. Java's decoders
 * either replace bad bytes silently or throw without saying where; input errors must name the place.
 */
final class Utf8 {

    private Utf8() {
    }

    /** The index of the first byte of the first invalid sequence in {@code b[from, to)}, or -1 when it is valid. */
    static int firstInvalid(byte[] b, int from, int to) {
        int i = from;
        while (i < to) {
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                i++;
                continue;
            }
            int need;
            int min;
            int max = 0xBF;
            if (c >= 0xC2 && c <= 0xDF) {
                need = 1;
                min = 0x80;
            } else if (c >= 0xE0 && c <= 0xEF) {
                need = 2;
                min = c == 0xE0 ? 0xA0 : 0x80; // no overlong three-byte forms
                max = c == 0xED ? 0x9F : 0xBF; // no UTF-16 surrogates
            } else if (c >= 0xF0 && c <= 0xF4) {
                need = 3;
                min = c == 0xF0 ? 0x90 : 0x80; // no overlong four-byte forms
                max = c == 0xF4 ? 0x8F : 0xBF; // nothing above U+10FFFF
            } else {
                return i;
            }
            if (i + need >= to) {
                return i; // truncated at the end of the line
            }
            int second = b[i + 1] & 0xFF;
            if (second < min || second > max) {
                return i;
            }
            for (int k = 2; k <= need; k++) {
                int cont = b[i + k] & 0xFF;
                if (cont < 0x80 || cont > 0xBF) {
                    return i;
                }
            }
            i += need + 1;
        }
        return -1;
    }
}
