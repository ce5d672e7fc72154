package org.councilpolicy.content.offence;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.councilpolicy.core.rule.Span;
import org.councilpolicy.core.text.LexiconMatch;
import org.councilpolicy.core.text.Lexicon;
import org.councilpolicy.core.text.NormalisationOptions;
import org.councilpolicy.core.text.NormalisedText;
import org.councilpolicy.core.text.Token;
import org.councilpolicy.core.text.Tokenizer;

/**
 * The words of a normalised text for phrase analysis (hate, threats, abuse): letters spaced out are joined
 * ("v i l e" → {@code vile}), one-typo spellings of the analysis vocabulary are corrected ("killd" →
 * {@code killed}), and each word knows its sentence, clause and whether it is inside double quotes. Phrases are
 * matched over the words joined by single spaces, and matches are mapped back to word indices.
 */
final class WordView {

    final NormalisedText normalised;
    final String[] words;
    final int[] ntStart;
    final int[] ntEnd;
    final int[] sentence;
    final int[] clause;
    final boolean[] quoted;
    /** Whether each word is in the analysis vocabulary ({@code lex.vocabulary}), looked up once here. */
    final boolean[] inVocabulary;
    final NormalisedText joinedText;
    private final int[] wordAt;

    /** The view of {@code nt} from its words ({@link Tokenizer#words} of {@code nt.text()}, split once by the caller). */
    WordView(NormalisedText nt, OffenceLexicons lex, List<Token> raw) {
        this.normalised = nt;
        String s = nt.text();
        // never more words than tokens: the arrays are cut to the words' count at the end
        String[] w = new String[raw.size()];
        int[] starts = new int[raw.size()];
        int[] ends = new int[raw.size()];
        boolean[] vocab = new boolean[raw.size()];
        int n = 0;
        int r = 0;
        while (r < raw.size()) {
            Token t = raw.get(r);
            int k = r;
            // A run of single letters separated only by spaces is one spaced-out word.
            while (k + 1 < raw.size() && raw.get(k).text().length() == 1 && raw.get(k + 1).text().length() == 1
                    && onlySpaces(s, raw.get(k).end(), raw.get(k + 1).start())) {
                k++;
            }
            if (k - r >= 2) {
                StringBuilder sb = new StringBuilder();
                for (int j = r; j <= k; j++) {
                    sb.append(raw.get(j).text());
                }
                String joined = sb.toString();
                char c0 = joined.charAt(0);
                if ((c0 == 'i' || c0 == 'a') && joined.length() >= 4 && lex.vocabulary.contains(joined.substring(1))) {
                    vocab[n] = lex.vocabulary.contains(String.valueOf(c0));
                    w[n] = String.valueOf(c0);
                    starts[n] = t.start();
                    ends[n++] = t.end();
                    vocab[n] = true;
                    w[n] = joined.substring(1);
                    starts[n] = raw.get(r + 1).start();
                    ends[n++] = raw.get(k).end();
                } else {
                    vocab[n] = lex.vocabulary.contains(joined);
                    w[n] = joined;
                    starts[n] = t.start();
                    ends[n++] = raw.get(k).end();
                }
                r = k + 1;
                continue;
            }
            String word = t.text().replace('\u2019', '\'');
            boolean known = lex.vocabulary.contains(word);
            if (!known) {
                String fixed = lex.wordTypos.get(word);
                if (fixed != null) {
                    word = fixed;
                    known = lex.vocabulary.contains(word);
                }
            }
            vocab[n] = known;
            w[n] = word;
            starts[n] = t.start();
            ends[n++] = t.end();
            r++;
        }
        this.words = Arrays.copyOf(w, n);
        this.inVocabulary = Arrays.copyOf(vocab, n);
        this.ntStart = Arrays.copyOf(starts, n);
        this.ntEnd = Arrays.copyOf(ends, n);
        this.sentence = new int[n];
        this.clause = new int[n];
        this.quoted = new boolean[n];
        int sent = 0;
        int cl = 0;
        boolean inQuote = false;
        boolean inSingle = false;
        int prevEnd = 0;
        for (int i = 0; i < n; i++) {
            boolean sentBreak = false;
            boolean clauseBreak = false;
            for (int c = prevEnd; c < ntStart[i]; c++) {
                char ch = s.charAt(c);
                if (ch == ' ') {
                    continue; // the common gap, decided at once
                }
                if (ch == '.' || ch == '!' || ch == '?' || ch == '\n' || ch == ';') {
                    sentBreak = true;
                } else if (ch == ',' || ch == ':' || ch == '\u2014' || ch == '\u2013' || ch == '(' || ch == ')') {
                    clauseBreak = true;
                } else if (ch == '\'' || ch == '\u2018' || ch == '\u2019') {
                    // A single quote outside a word: opens after a space or at the start, otherwise closes.
                    boolean opening = c == 0 || Character.isWhitespace(s.charAt(c - 1)) || s.charAt(c - 1) == '(';
                    if (opening && !inSingle) {
                        inSingle = true;
                    } else if (!opening && inSingle) {
                        inSingle = false;
                    }
                } else if (ch == '"') {
                    inQuote = !inQuote;
                } else if (ch == '\u201c' || ch == '\u00ab') {
                    inQuote = true;
                } else if (ch == '\u201d' || ch == '\u00bb') {
                    inQuote = false;
                }
            }
            if (i > 0 && sentBreak) {
                sent++;
                cl++;
            } else if (i > 0 && clauseBreak) {
                cl++;
            }
            sentence[i] = sent;
            clause[i] = cl;
            quoted[i] = inQuote || inSingle;
            prevEnd = ntEnd[i];
        }
        // The words joined by single spaces, and the word each char of that text belongs to (a space: the next word).
        int len = Math.max(0, n - 1);
        for (int i = 0; i < n; i++) {
            len += words[i].length();
        }
        char[] joined = new char[len];
        int[] at = new int[len + 1];
        int p = 0;
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                at[p] = i;
                joined[p++] = ' ';
            }
            String word = words[i];
            word.getChars(0, word.length(), joined, p);
            Arrays.fill(at, p, p + word.length(), i);
            p += word.length();
        }
        this.wordAt = at;
        this.joinedText = NormalisedText.of(new String(joined), NormalisationOptions.MINIMAL);
    }

    private static boolean onlySpaces(String s, int from, int to) {
        if (to - from > 4) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (s.charAt(i) != ' ' && s.charAt(i) != '\t') {
                return false;
            }
        }
        return to > from;
    }

    int size() {
        return words.length;
    }

    /** A phrase match as word indices {@code [from, to)}. */
    record WordMatch<T>(int from, int to, T payload) {
    }

    private List<WordMatch<OffenceLexicons.Tagged>> all;

    private static final int KEYS = OffenceLexicons.WordKey.values().length;
    /** The tagged matches split by list, on the first {@link #select} (the detectors ask for eight lists). */
    private List<List<WordMatch<Object>>> byKey;

    /**
     * Whole-word matches of one list of the combined word lexicon (matched once per text, on first use), in text
     * order; never modify.
     */
    @SuppressWarnings("unchecked")
    <T> List<WordMatch<T>> select(OffenceLexicons lex, OffenceLexicons.WordKey key) {
        if (byKey == null) {
            List<List<WordMatch<Object>>> lists = new ArrayList<>(KEYS);
            for (int k = 0; k < KEYS; k++) {
                lists.add(new ArrayList<>());
            }
            for (WordMatch<OffenceLexicons.Tagged> m : tagged(lex)) {
                lists.get(m.payload().key().ordinal()).add(new WordMatch<>(m.from(), m.to(), m.payload().payload()));
            }
            for (int k = 0; k < KEYS; k++) {
                lists.set(k, java.util.Collections.unmodifiableList(lists.get(k)));
            }
            byKey = lists;
        }
        return (List<WordMatch<T>>) (List<?>) byKey.get(key.ordinal());
    }

    /** Whole-word matches of the combined word lexicon, every list (matched once per text; never modify). */
    List<WordMatch<OffenceLexicons.Tagged>> tagged(OffenceLexicons lex) {
        if (all == null) {
            all = match(lex.wordLexicon);
        }
        return all;
    }

    /** Whole-word matches of {@code lexicon} over the words. */
    <T> List<WordMatch<T>> match(Lexicon<T> lexicon) {
        List<WordMatch<T>> out = new ArrayList<>();
        if (words.length == 0) {
            return out;
        }
        for (LexiconMatch<T> m : lexicon.findAll(joinedText)) {
            Span sp = m.original();
            out.add(new WordMatch<>(wordAt[sp.start()], wordAt[sp.end() - 1] + 1, m.payload()));
        }
        return out;
    }

    /** Matches strictly inside words (for glued words such as "sosickening"). */
    <T> List<WordMatch<T>> matchInside(Lexicon<T> lexicon) {
        List<WordMatch<T>> out = new ArrayList<>();
        if (words.length == 0) {
            return out;
        }
        String t = joinedText.original();
        for (LexiconMatch<T> m : lexicon.findAll(joinedText)) {
            Span sp = m.original();
            boolean startsWord = sp.start() == 0 || t.charAt(sp.start() - 1) == ' ';
            boolean endsWord = sp.end() == t.length() || t.charAt(sp.end()) == ' ';
            if (!(startsWord && endsWord)) {
                out.add(new WordMatch<>(wordAt[sp.start()], wordAt[sp.end() - 1] + 1, m.payload()));
            }
        }
        return out;
    }

    /** Original span of words {@code [from, to)}. */
    Span toOriginal(int from, int to) {
        return normalised.toOriginal(ntStart[from], ntEnd[to - 1]);
    }

    /**
     * Index of the first word overlapping original span {@code span}, or -1. Words map back in order, so a binary
     * search finds it: detectors ask once per finding, and a scan from the start was quadratic in a long comment.
     */
    int wordAtOriginal(Span span) {
        int lo = 0;
        int hi = words.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (toOriginal(mid, mid + 1).end() <= span.start()) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo < words.length && toOriginal(lo, lo + 1).overlaps(span) ? lo : -1;
    }
}
