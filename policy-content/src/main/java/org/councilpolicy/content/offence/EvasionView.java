package org.councilpolicy.content.offence;

import java.util.Arrays;
import org.councilpolicy.core.rule.Span;
import org.councilpolicy.core.text.NormalisationOptions;
import org.councilpolicy.core.text.NormalisedText;
import org.councilpolicy.core.text.Transforms;

/**
 * A "skeleton" of a {@link NormalisedText} (normalised with {@link NormalisationOptions#LEETSPEAK}) that undoes
 * common evasions, with a map from every skeleton character back to the normalised text (and so, composed with
 * {@link NormalisedText#toOriginal}, to the original):
 * <ul>
 *   <li>letters repeated in a row become one skeleton character that remembers its run length ("fuuuuck" →
 *       {@code fuck} with runs 1,4,1,1), so a term matches however far a letter is stretched, while the run
 *       lengths still tell "Bob" from "boob";</li>
 *   <li>leetspeak the core leaves alone is read too: {@code # → h}, {@code + → t}, and symbols in a token with no
 *       letter ("5#1+" → {@code shit}); a few extra look-alikes ({@code μ ¢ ⊂ ƈ η}); a number with a unit suffix
 *       ("45s", "2nd") is never read as letters;</li>
 *   <li>{@code *} is kept as a mask character for wildcard matching;</li>
 *   <li>in the <em>joined</em> view, a single {@code . - _ ~ | /} inside a word is dropped ("f.u.c.k", "a-hole")
 *       and so is any separator between pieces of one or two letters ("f u c k", "fu ck", "pe ni s"); the places
 *       where pieces were joined stay word boundaries, so "I h a t e" still yields "hate" as a word.</li>
 * </ul>
 * Every other character is a separator and becomes one space. Construction is linear in the text.
 */
final class EvasionView {

    private static final String UNIT_SUFFIXES = "|s|st|nd|rd|th|am|pm|k|m|p|mm|cm|km|kg|g|mph|ft|ml|x|v|yo|yrs|mins|hrs|pc|gb|mb|";

    final NormalisedText normalised;
    final String skeleton;
    final int[] ntStart;
    final int[] ntEnd;
    final int[] runs;
    /** True where a joined piece starts inside a skeleton word (an extra word boundary). */
    final boolean[] pieceStart;
    /** Whether a letter run was merged across a place where pieces were joined ("bo ob" as {@code bob}). */
    private final boolean mergedAcrossPiece;
    /** The skeleton normalised with {@link NormalisationOptions#MINIMAL}, made on first use. */
    private NormalisedText skeletonText;

    /** The plain view's token log (from {@link SkeletonBuilder#logToken}), or null in a joined view. */
    private final int[] tokens;
    private final int tokenCount;
    private final boolean anyJoin;

    private EvasionView(NormalisedText nt, SkeletonBuilder b) {
        this.normalised = nt;
        this.skeleton = new String(b.chars, 0, b.size);
        this.ntStart = Arrays.copyOf(b.starts, b.size);
        this.ntEnd = Arrays.copyOf(b.ends, b.size);
        this.runs = Arrays.copyOf(b.runs, b.size);
        this.pieceStart = Arrays.copyOf(b.piece, b.size + 1);
        this.mergedAcrossPiece = b.mergedPiece;
        this.tokens = b.tokens;
        this.tokenCount = b.tokenCount;
        this.anyJoin = b.anyJoin;
    }

    /** Walks the text; a plain view ({@code joined} false) logs its tokens and where the joined view would join. */
    private static EvasionView build(NormalisedText nt, boolean joined) {
        String s = nt.text();
        SkeletonBuilder b = new SkeletonBuilder(s.length() + 1);
        walk(s, (prevEnd, start, end, first, join) -> {
            if (!first) {
                if (joined && join) {
                    b.markPiece();
                } else {
                    b.space(prevEnd, start);
                }
            }
            int unitFrom = b.size;
            appendToken(b, nt, s, start, end);
            if (!joined) {
                b.logToken(prevEnd, start, unitFrom, join);
            }
            return true;
        });
        return new EvasionView(nt, b);
    }

    /**
     * The joined view replayed from a plain view's token log: its units in order, a piece mark where a token joins
     * the one before and a space elsewhere, which is what walking the text again with joins would build.
     */
    private static EvasionView replayJoined(EvasionView plain) {
        SkeletonBuilder b = new SkeletonBuilder(plain.skeleton.length() + 1);
        int[] t = plain.tokens;
        for (int k = 0; k < plain.tokenCount; k++) {
            int at = k * SkeletonBuilder.TOKEN;
            if (k > 0) {
                if (t[at + 4] != 0) {
                    b.markPiece();
                } else {
                    b.space(t[at], t[at + 1]);
                }
            }
            for (int u = t[at + 2]; u < t[at + 3]; u++) {
                b.unitRun(plain.skeleton.charAt(u), plain.ntStart[u], plain.ntEnd[u], plain.runs[u]);
            }
        }
        return new EvasionView(plain.normalised, b);
    }

    /** {@return the skeleton normalised with {@link NormalisationOptions#MINIMAL}, for {@code Lexicon} matching} */
    NormalisedText skeletonText() {
        NormalisedText t = skeletonText;
        if (t == null) {
            t = NormalisedText.of(skeleton, NormalisationOptions.MINIMAL);
            skeletonText = t;
        }
        return t;
    }

    /** {@return whether a letter run was merged across a place where pieces were joined} */
    boolean mergedAcrossPiece() {
        return mergedAcrossPiece;
    }

    /** The plain skeleton: repeats collapsed, extra leet read, nothing joined. */
    static EvasionView plain(NormalisedText nt) {
        return build(nt, false);
    }

    /**
     * The joined skeleton: like {@link #plain} and separated letters joined. When no two tokens of {@code nt}
     * would be joined (most text), the joined view is the plain one, character for character, so {@code plain}
     * (the plain view of the same {@code nt}) is returned instead of building it again; otherwise it is replayed
     * from the plain view's tokens, without walking the text again.
     */
    static EvasionView joined(NormalisedText nt, EvasionView plain) {
        if (plain.normalised != nt) {
            throw new IllegalArgumentException("plain is not the plain view of nt");
        }
        return plain.anyJoin ? replayJoined(plain) : plain;
    }

    /** The joined skeleton: like {@link #plain} and separated letters joined. */
    static EvasionView joined(NormalisedText nt) {
        return build(nt, true);
    }

    /** One token of {@link #walk}: its range, where the token before it ended, and whether it joins that token. */
    private interface TokenVisitor {
        /** {@return whether to go on to the next token} */
        boolean visit(int prevEnd, int start, int end, boolean first, boolean join);
    }

    /**
     * The token walk of {@link #build}: tokens of token characters, a {@code !} ending a token taken as punctuation,
     * and whether each token joins the one before (in the joined view). Linear.
     */
    private static void walk(String s, TokenVisitor visitor) {
        int n = s.length();
        int i = 0;
        int prevTokenEnd = -1;
        int prevTokenLetters = 0;
        boolean first = true;
        while (i < n) {
            if (!isTokenChar(s, i)) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && isTokenChar(s, i)) {
                i++;
            }
            int end = i;
            // '!' ending a token is punctuation, not an i.
            while (end > start + 1 && s.charAt(end - 1) == '!') {
                end--;
            }
            int letters = countLetters(s, start, end);
            boolean join = !first && shouldJoin(s, prevTokenEnd, start, prevTokenLetters, letters);
            if (!visitor.visit(prevTokenEnd, start, end, first, join)) {
                return;
            }
            first = false;
            prevTokenEnd = end;
            prevTokenLetters = letters;
        }
    }

    /** The skeleton of a lexicon term (plain view of the term normalised with leetspeak). */
    static EvasionView ofTerm(String term) {
        return build(NormalisedText.of(term, NormalisationOptions.LEETSPEAK), false);
    }

    /** Whether skeleton index {@code i} is a word boundary (start or end of a word or a joined piece). */
    boolean boundary(int i) {
        return i <= 0 || i >= skeleton.length() || skeleton.charAt(i - 1) == ' ' || skeleton.charAt(i) == ' '
                || skeleton.charAt(i - 1) == '\'' || skeleton.charAt(i) == '\'' || pieceStart[i];
    }

    /** The original span of skeleton range {@code [start, end)}. */
    Span toOriginal(int start, int end) {
        return normalised.toOriginal(ntStart[start], ntEnd[end - 1]);
    }

    private static boolean shouldJoin(String s, int prevEnd, int start, int prevLetters, int letters) {
        int gap = start - prevEnd;
        if (gap == 1 && ".-_~|/\u00b7".indexOf(s.charAt(prevEnd)) >= 0) {
            return true; // f.u.c.k, a-hole
        }
        if (prevLetters > 2 || letters > 2 || gap > 4) {
            return false;
        }
        for (int k = prevEnd; k < start; k++) {
            char c = s.charAt(k);
            if (c == '\n' || c == '\r') {
                return false;
            }
        }
        return true; // f u c k, fu ck, pe ni s
    }

    private static void appendToken(SkeletonBuilder b, NormalisedText nt, String s, int start, int end) {
        boolean unitNumber = isNumberWithUnit(nt, start, end);
        boolean leet = !unitNumber && readsAsLetters(s, start, end);
        for (int k = start; k < end; k++) {
            char c = s.charAt(k);
            char out;
            if (unitNumber) {
                out = Character.toLowerCase(nt.original().charAt(nt.originalIndex(k)));
            } else if (c == '\u2019') {
                out = '\'';
            } else if (Character.isLetter(c)) {
                out = fold(c);
                if (out == 0) {
                    continue; // decorative character
                }
            } else if (c == '*') {
                out = '*';
            } else if (leet) {
                out = leet(c);
                if (out == 0) {
                    out = c;
                }
            } else {
                out = c;
            }
            b.unit(out, k, k + 1);
        }
    }

    /** "45s", "2nd", "10am": digits then a unit suffix, read as a number. Looks at the original characters. */
    private static boolean isNumberWithUnit(NormalisedText nt, int start, int end) {
        if (!Character.isDigit(nt.original().charAt(nt.originalIndex(start)))) {
            return false;
        }
        Span span = nt.toOriginal(start, end);
        String original = nt.original();
        int d = span.start();
        while (d < span.end() && Character.isDigit(original.charAt(d))) {
            d++;
        }
        if (d == span.start()) {
            return false;
        }
        if (d == span.end()) {
            return true; // digits only
        }
        // Without a '|' the rest can only be one suffix, of at most four chars (lower-casing never shortens):
        // most tokens are decided here without copying them.
        if (span.end() - d > 4 && !hasBar(original, d, span.end())) {
            return false;
        }
        String rest = original.substring(d, span.end()).toLowerCase(java.util.Locale.ROOT);
        return rest.isEmpty() || UNIT_SUFFIXES.contains("|" + rest + "|");
    }

    private static boolean hasBar(String s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (s.charAt(k) == '|') {
                return true;
            }
        }
        return false;
    }

    /** A token is read as leetspeak when it has a letter or a symbol other than a digit. */
    private static boolean readsAsLetters(String s, int start, int end) {
        for (int k = start; k < end; k++) {
            char c = s.charAt(k);
            if (Character.isLetter(c) || (!Character.isDigit(c) && c != '*')) {
                return true;
            }
        }
        return false;
    }

    /** The token's chars other than '*', counted up to 3: joining only asks whether there are more than two. */
    private static int countLetters(String s, int start, int end) {
        int n = 0;
        for (int k = start; k < end && n < 3; k++) {
            if (s.charAt(k) != '*') {
                n++;
            }
        }
        return n;
    }

    private static boolean isTokenChar(String s, int i) {
        char c = s.charAt(i);
        if (c == '\'' || c == '\u2019') {
            // An apostrophe between letters stays inside the word ("ain't" is not "ain t").
            return i > 0 && i + 1 < s.length() && Character.isLetter(s.charAt(i - 1)) && Character.isLetter(s.charAt(i + 1));
        }
        return c < ASCII_TOKEN_CHARS.length ? ASCII_TOKEN_CHARS[c] : tokenChar(c);
    }

    private static boolean tokenChar(char c) {
        return Character.isLetterOrDigit(c) || c == '*' || leet(c) != 0;
    }

    /** {@link #tokenChar} of every ASCII character, looked up once (most text is ASCII). */
    private static final boolean[] ASCII_TOKEN_CHARS = asciiTokenChars();

    private static boolean[] asciiTokenChars() {
        boolean[] t = new boolean[128];
        for (char c = 0; c < t.length; c++) {
            t[c] = tokenChar(c);
        }
        return t;
    }

    /**
     * The core's one leetspeak table ({@link Transforms#leetLetter}), extended with symbols read only here, where
     * a token has no letter or the core left them: {@code # → h}, {@code + → t}, {@code € → e}, {@code ¢ ⊂ → c}.
     */
    static char leet(char c) {
        if (c == '|') {
            return 0; // here a separator between pieces of a word ("f|u|c|k"), joined by the joined view
        }
        char core = Transforms.leetLetter(c);
        if (core != 0) {
            return core;
        }
        return switch (c) {
            case '#' -> 'h';
            case '+' -> 't';
            case '\u20ac' -> 'e'; // €
            case '\u00a2' -> 'c'; // ¢
            case '\u2282' -> 'c'; // ⊂
            default -> 0;
        };
    }

    /** Look-alikes the core confusable table leaves (seen in evasion lists); 0 drops a decorative letter. */
    private static char fold(char c) {
        return switch (c) {
            case '\u03bc' -> 'u'; // μ
            case '\u03c5' -> 'u'; // υ
            case '\u0192' -> 'f'; // ƒ
            case '\u0188' -> 'c'; // ƈ
            case '\u03b7' -> 'h'; // η as capital Η
            case '\u0283' -> 0;   // ʃ used as decoration
            default -> c;
        };
    }
}
