package org.councilpolicy.content.personaldata;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.councilpolicy.core.analysis.AnalysisKey;
import org.councilpolicy.core.analysis.TextAnalysis;
import org.councilpolicy.core.rule.RuleContext;
import org.councilpolicy.core.rule.Span;
import org.councilpolicy.core.text.LexiconMatch;
import org.councilpolicy.core.text.MappedText;
import org.councilpolicy.core.text.NormalisedText;

/**
 * The per-draft analysis the identifier detectors share (an {@link AnalysisKey} of the draft's
 * {@link TextAnalysis}): the identifier view of the text (zero-width characters removed, fullwidth and
 * other-script digits as ASCII, look-alike letters folded, spelled-out "at" and "dot" read), where the context
 * words are, and the runs of grouped digits. Every offset here is an offset of the view; {@link #toOriginal}
 * maps a match back to exactly what was written. Built once per draft in time linear in its length.
 */
final class IdentifierText {

    static final AnalysisKey<IdentifierText> KEY = AnalysisKey.of("personal-data.identifier-text",
            IdentifierText::new);

    private final MappedText view;
    private final String text;
    private final Map<IdentifierContext, int[]> contextStarts = new EnumMap<>(IdentifierContext.class);
    private final Map<IdentifierContext, int[]> contextEnds = new EnumMap<>(IdentifierContext.class);
    private final List<DigitRun> runs;
    private final int digitCount;
    /** Lazily computed by {@link #letterDigitStarts()}; per draft, never shared across threads. */
    private int[] letterDigitStarts;
    /** Lazily computed by {@link #spacedOut()}; per draft, never shared across threads. */
    private List<SpacedOut> spacedOut;

    private IdentifierText(TextAnalysis analysis) {
        this.view = analysis.identifiers();
        this.text = view.text();
        Map<IdentifierContext, List<int[]>> hits = new EnumMap<>(IdentifierContext.class);
        int digits = 0;
        boolean letters = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isDigit(c)) {
                digits++;
            } else if (!letters && Character.isLetter(c)) {
                letters = true;
            }
        }
        this.digitCount = digits;
        if (letters && digits > 0) {
            // Context words only matter next to digits; a draft without any skips the lexicon pass.
            // The context words' offsets must be the view's: when the view is the text itself (nearly always),
            // they are found in the draft's one shared lexical view; otherwise in the view's own.
            NormalisedText words = view.isIdentity() ? analysis.normalised() : NormalisedText.of(text);
            for (LexiconMatch<IdentifierContext> m : IdentifierContext.LEXICON.findAll(words)) {
                hits.computeIfAbsent(m.payload(), k -> new ArrayList<>())
                        .add(new int[] {m.original().start(), m.original().end()});
            }
        }
        hits.forEach((kind, list) -> {
            int[] s = new int[list.size()];
            int[] e = new int[list.size()];
            for (int i = 0; i < s.length; i++) {
                s[i] = list.get(i)[0];
                e[i] = list.get(i)[1];
            }
            contextStarts.put(kind, s);
            contextEnds.put(kind, e);
        });
        this.runs = digits == 0 ? List.of() : DigitRun.scan(text);
    }

    /** The shared analysis of {@code text} for this subject. */
    static IdentifierText of(RuleContext ctx, String text) {
        return TextAnalysis.of(ctx, text).get(KEY);
    }

    /** A fresh analysis, for tests and for callers without a rule context. */
    static IdentifierText analyse(String text) {
        return TextAnalysis.of(text).get(KEY);
    }

    /** The identifier view, which every offset here refers to. */
    String text() {
        return text;
    }

    /** The text as written. */
    String original() {
        return view.original();
    }

    /** The original span of the view's range [start, end). */
    Span toOriginal(int start, int end) {
        return view.toOriginal(start, end);
    }

    int digitCount() {
        return digitCount;
    }

    /**
     * Where a word starting with an ASCII letter has a digit among its next five characters, in text order: the
     * only places a postcode, National Insurance number, registration mark, IBAN or driving licence number can
     * start ({@code TQ9 5RP}, {@code AB 12…}, {@code AB51 ABC}, {@code ABC 123D}, {@code GB82…},
     * {@code MORGA753…}, {@code GIR 0AA}, {@code BFPO 123}). Computed once, on first use, for all those scanners.
     */
    int[] letterDigitStarts() {
        int[] starts = letterDigitStarts;
        if (starts == null) {
            starts = scanLetterDigitStarts(text);
            letterDigitStarts = starts;
        }
        return starts;
    }

    private static int[] scanLetterDigitStarts(String s) {
        int[] out = new int[8];
        int count = 0;
        int n = s.length();
        int lastDigit = -1; // index of the next digit at or after i, refreshed lazily
        for (int i = 0; i < n; i++) {
            if (!isAsciiLetter(s.charAt(i)) || !boundary(s, i - 1)) {
                continue;
            }
            if (lastDigit <= i) {
                lastDigit = i + 1;
                while (lastDigit < n && !isDigit(s.charAt(lastDigit))) {
                    lastDigit++;
                }
            }
            if (lastDigit < n && lastDigit <= i + 5) {
                if (count == out.length) {
                    out = java.util.Arrays.copyOf(out, count * 2);
                }
                out[count++] = i;
            }
        }
        return java.util.Arrays.copyOf(out, count);
    }

    /**
     * The collapsed-spacing view: the stretches written one character at a time, single spaces between
     * ("W L 6 2 4 9 4 4 A"), compact, with their view offsets ({@link SpacedOut}). Computed once, on first use, for
     * the National Insurance, postcode and payment card rules.
     */
    List<SpacedOut> spacedOut() {
        List<SpacedOut> v = spacedOut;
        if (v == null) {
            v = SpacedOut.scan(text);
            spacedOut = v;
        }
        return v;
    }

    /** Maximal runs of digit groups joined by single spaces or hyphens, in text order. */
    List<DigitRun> runs() {
        return runs;
    }

    /**
     * Whether a context word of {@code kind} ends at most {@code before} characters before {@code start} or
     * starts at most {@code after} characters after {@code end}. Logarithmic in the number of context words.
     */
    boolean near(IdentifierContext kind, int start, int end, int before, int after) {
        return nearestBefore(kind, start, before) >= 0 || firstAfter(kind, end, after) >= 0;
    }

    /** The start of the last context word of {@code kind} ending in [start - window, start], or -1. */
    int nearestBefore(IdentifierContext kind, int start, int window) {
        int[] s = contextStarts.get(kind);
        if (s == null) {
            return -1;
        }
        int[] e = contextEnds.get(kind);
        // Context words are sorted by start; the candidates start before `start`.
        int hi = upperBound(s, start - 1) - 1;
        for (int i = hi; i >= 0 && s[i] >= start - window - 40; i--) {
            if (e[i] <= start && e[i] >= start - window) {
                return s[i];
            }
        }
        return -1;
    }

    /** The [start, end) spans of every context word of {@code kind}, in text order. */
    int[][] spans(IdentifierContext kind) {
        int[] s = contextStarts.get(kind);
        if (s == null) {
            return new int[0][];
        }
        int[] e = contextEnds.get(kind);
        int[][] out = new int[s.length][];
        for (int i = 0; i < s.length; i++) {
            out[i] = new int[] {s[i], e[i]};
        }
        return out;
    }

    /** The start of the first context word of {@code kind} starting in [end, end + window], or -1. */
    int firstAfter(IdentifierContext kind, int end, int window) {
        int[] s = contextStarts.get(kind);
        if (s == null) {
            return -1;
        }
        int i = upperBound(s, end - 1);
        return i < s.length && s[i] <= end + window ? s[i] : -1;
    }

    private static int upperBound(int[] a, int key) {
        int lo = 0;
        int hi = a.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] <= key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isAsciiLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    static boolean isAlnum(char c) {
        return Character.isLetterOrDigit(c);
    }

    /** Whether position {@code i} is outside the text or not a letter or digit. */
    static boolean boundary(String s, int i) {
        return i < 0 || i >= s.length() || !isAlnum(s.charAt(i));
    }

    @Override
    public String toString() {
        return "IdentifierText[" + text.length() + " chars]"; // never the text itself: it may hold personal data
    }
}
