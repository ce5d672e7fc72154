package org.councilpolicy.content.personaldata;

import java.util.List;
import org.councilpolicy.core.analysis.AnalysisKey;
import org.councilpolicy.core.analysis.Sentences;
import org.councilpolicy.core.analysis.TextAnalysis;
import org.councilpolicy.core.rule.Span;
import org.councilpolicy.core.text.LexiconMatch;
import org.councilpolicy.core.text.NormalisedText;
import org.councilpolicy.core.text.Token;
import org.councilpolicy.core.text.Tokenizer;

/**
 * One draft's words, ready for the people detectors (immutable: the per-word arrays are private and read
 * through accessors): each word's normalised form, its span in the original
 * text, whether it is capitalised there, its list flags, and the cue phrases around it. Computed once per draft
 * and shared between the rules.
 */
final class PeopleText {

    final String original;
    final NormalisedText normalised;
    final int n;
    /** Normalised word, with a trailing possessive "'s" removed. */
    private final String[] word;
    private final int[] start;
    private final int[] end;
    private final int[] flags;
    private final boolean[] capitalised;
    private final boolean[] upper;
    /** Whether the word ends in a possessive 's. */
    private final boolean[] possessive;
    /** {@link NameShapes#publicMatterInText}, read once per text (0 unknown, 1 no, 2 yes): one thread reads a text. */
    private byte publicMatter;
    /**
     * Whether the word is part of an e-mail address, web address, handle or hashtag ("MARY" in
     * {@code MARY.SMITH@EXAMPLE.COM}, "Smith" in {@code @JaneSmith}): such a word is never a name on its own;
     * the identifier detectors report the address itself.
     */
    private final boolean[] embedded;
    /** Clause number of each word ({@link Sentences#clauseAt}: the one sentence definition). */
    private final int[] sentence;
    /** Cue bits per word (1 << Cue.ordinal()) for cue phrases covering the word. */
    private final int[] cueCover;
    /** Cue bits per word for cue phrases ending at the word. */
    private final int[] cueEnd;
    /** Cue bits per word for cue phrases starting at the word. */
    private final int[] cueStart;
    /** The indices of the words in the first-name list, in order: the passes that start at a first name read only these. */
    private final int[] firstNames;

    /** The people text of a text, computed once from that text's own analysis. */
    static final AnalysisKey<PeopleText> KEY = AnalysisKey.of("personaldata.people-text",
            a -> new PeopleText(a, PeopleTerms.get()));

    PeopleText(TextAnalysis analysis, PeopleTerms terms) {
        NormalisedText nt = analysis.normalised();
        Sentences sentences = analysis.sentences();
        this.original = nt.original();
        this.normalised = nt;
        String text = nt.text();
        List<Token> tokens = Tokenizer.words(text);
        n = tokens.size();
        word = new String[n];
        start = new int[n];
        end = new int[n];
        flags = new int[n];
        capitalised = new boolean[n];
        upper = new boolean[n];
        possessive = new boolean[n];
        embedded = new boolean[n];
        sentence = new int[n];
        cueCover = new int[n];
        cueEnd = new int[n];
        cueStart = new int[n];
        int[] normStart = new int[n];
        int sent = 0;
        int prevEnd = 0;
        int firstCount = 0;
        int chunkEnd = -1;
        boolean chunkEmbedded = false;
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            String w = t.text();
            boolean poss = w.endsWith("'s") || w.endsWith("\u2019s");
            if (poss && w.length() > 2) {
                w = w.substring(0, w.length() - 2);
            }
            word[i] = w;
            possessive[i] = poss;
            Span s = nt.toOriginal(t.start(), t.end());
            start[i] = s.start();
            end[i] = s.end();
            normStart[i] = t.start();
            int cp = original.codePointAt(start[i]);
            capitalised[i] = Character.isUpperCase(cp) || Character.isTitleCase(cp);
            upper[i] = isAllUpper(original, start[i], end[i]);
            if (start[i] >= chunkEnd) {
                // The whitespace-delimited chunk holding this word; chunks are visited once each, in order.
                int cs = start[i];
                while (cs > Math.max(0, chunkEnd) && !Character.isWhitespace(original.charAt(cs - 1))) {
                    cs--;
                }
                int ce = end[i];
                while (ce < original.length() && !Character.isWhitespace(original.charAt(ce))) {
                    ce++;
                }
                chunkEnd = ce;
                chunkEmbedded = isAddressLike(original, cs, ce);
            }
            embedded[i] = chunkEmbedded;
            flags[i] = terms.flags(w);
            if (flags[i] == 0 && w.indexOf('-') > 0) {
                flags[i] |= terms.compoundFlags(w);
            }
            if (flags[i] == 0 && w.length() > 3 && w.charAt(1) == 'h' && i > 0 && PeopleTerms.leniting(word[i - 1])) {
                flags[i] |= terms.lenitedFlags(w);
            }
            sentence[i] = sentences.clauseAt(start[i]);
            if ((flags[i] & PeopleTerms.FIRST) != 0) {
                firstCount++;
            }
        }
        firstNames = new int[firstCount];
        for (int i = 0, k = 0; i < n && k < firstCount; i++) {
            if ((flags[i] & PeopleTerms.FIRST) != 0) {
                firstNames[k++] = i;
            }
        }
        for (LexiconMatch<PeopleTerms.Cue> m : terms.cues().findAll(nt)) {
            int bit = 1 << m.payload().ordinal();
            int first = -1;
            int last = -1;
            for (int i = indexAtOrAfter(normStart, m.start()); i < n && normStart[i] < m.end(); i++) {
                if (first < 0) {
                    first = i;
                }
                last = i;
                cueCover[i] |= bit;
            }
            if (first >= 0) {
                cueStart[first] |= bit;
                cueEnd[last] |= bit;
            }
        }
    }

    private static int indexAtOrAfter(int[] sorted, int value) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** An e-mail or web address, a handle or a hashtag: a chunk with '@', "://", "www.", a leading '#' or a path. */
    private static boolean isAddressLike(String s, int from, int to) {
        if (from < to && s.charAt(from) == '#') {
            return true;
        }
        boolean dot = false;
        boolean slash = false;
        for (int k = from; k < to; k++) {
            char c = s.charAt(k);
            if (c == '@') {
                return true;
            }
            dot |= c == '.' && k + 1 < to && Character.isLetterOrDigit(s.charAt(k + 1));
            slash |= c == '/';
        }
        return dot && slash || s.startsWith("www.", from);
    }

    private static boolean isAllUpper(String s, int from, int to) {
        boolean letter = false;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                letter = true;
                if (!Character.isUpperCase(c)) {
                    return false;
                }
            }
        }
        return letter;
    }

    /** The normalised word {@code i}, without a trailing possessive "'s". */
    String word(int i) {
        return word[i];
    }

    /** Where word {@code i} starts in the original. */
    int start(int i) {
        return start[i];
    }

    /** Where word {@code i} ends in the original. */
    int end(int i) {
        return end[i];
    }

    /** The list flags of word {@code i} ({@link PeopleTerms}). */
    int flags(int i) {
        return flags[i];
    }

    /** Whether word {@code i} starts with a capital in the original. */
    boolean capitalised(int i) {
        return capitalised[i];
    }

    /** Whether word {@code i} is all capitals in the original. */
    boolean upper(int i) {
        return upper[i];
    }

    /** {@return how many words are in the first-name list} */
    int firstNameCount() {
        return firstNames.length;
    }

    /** {@return the index of the {@code k}th word in the first-name list} */
    int firstName(int k) {
        return firstNames[k];
    }

    /** Whether any word of the text is about office, elections, policing or court; computed once. */
    boolean publicMatter() {
        if (publicMatter == 0) {
            publicMatter = NameShapes.scanPublicMatter(this) ? (byte) 2 : (byte) 1;
        }
        return publicMatter == 2;
    }

    /** Whether word {@code i} ends in a possessive 's. */
    boolean possessive(int i) {
        return possessive[i];
    }

    /** Whether word {@code i} is part of an e-mail address, web address, handle or hashtag. */
    boolean embedded(int i) {
        return embedded[i];
    }

    /** The clause number of word {@code i}. */
    int sentence(int i) {
        return sentence[i];
    }

    boolean has(int i, int flag) {
        return i >= 0 && i < n && (flags[i] & flag) != 0;
    }

    boolean cueCovers(int i, PeopleTerms.Cue cue) {
        return i >= 0 && i < n && (cueCover[i] & (1 << cue.ordinal())) != 0;
    }

    boolean cueEndsAt(int i, PeopleTerms.Cue cue) {
        return i >= 0 && i < n && (cueEnd[i] & (1 << cue.ordinal())) != 0;
    }

    boolean cueStartsAt(int i, PeopleTerms.Cue cue) {
        return i >= 0 && i < n && (cueStart[i] & (1 << cue.ordinal())) != 0;
    }

    /** Whether any word of sentence {@code sent} within [from, to] is covered by {@code cue}. */
    boolean cueInRange(int from, int to, PeopleTerms.Cue cue) {
        for (int i = Math.max(0, from); i <= to && i < n; i++) {
            if (cueCovers(i, cue)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The original characters between word {@code i} and word {@code i + 1}; empty for two words of one stretch
     * written with a right-to-left override (both map to the whole stretch).
     */
    String gapAfter(int i) {
        int to = i + 1 < n ? start[i + 1] : original.length();
        int from = end[i];
        if (from >= to) {
            return "";
        }
        // the commonest gaps without a new string each time (hot on long lists of names)
        char c = original.charAt(from);
        if (to - from == 1 && (c == ' ' || c == ',')) {
            return c == ' ' ? " " : ",";
        }
        if (to - from == 2 && c == ',' && original.charAt(from + 1) == ' ') {
            return ", ";
        }
        return original.substring(from, to);
    }

    /** Whether the gap after word {@code i} holds nothing but spaces (no line break, no punctuation). */
    boolean spaceOnlyAfter(int i) {
        if (i + 1 >= n) {
            return false;
        }
        for (int k = end[i]; k < start[i + 1]; k++) {
            char c = original.charAt(k);
            if (c != ' ' && c != '\t' && c != '\u00A0') {
                return false;
            }
        }
        return end[i] < start[i + 1];
    }

    /** Whether word {@code i} is a number of 1–4 digits, optionally with one letter ("12", "12a"). */
    boolean isHouseNumber(int i) {
        String w = word[i];
        int len = w.length();
        if (len == 0 || len > 5 || !Character.isDigit(w.charAt(0))) {
            return false;
        }
        int digits = 0;
        int k = 0;
        while (k < len && Character.isDigit(w.charAt(k))) {
            digits++;
            k++;
        }
        if (digits > 4) {
            return false;
        }
        if (k == len) {
            return true;
        }
        if (w.charAt(k) == '-') {
            // a range of numbers such as 12-14
            k++;
            int more = 0;
            while (k < len && Character.isDigit(w.charAt(k))) {
                more++;
                k++;
            }
            return more > 0 && k == len;
        }
        return k == len - 1 && Character.isLetter(w.charAt(k));
    }

    /** The integer value of a word of at most 3 digits, or -1. */
    int smallNumber(int i) {
        String w = word[i];
        if (w.isEmpty() || w.length() > 3) {
            return -1;
        }
        int v = 0;
        for (int k = 0; k < w.length(); k++) {
            char c = w.charAt(k);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }
}
