package org.councilpolicy.core.text;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An immutable, thread-safe matcher for many phrases at once (an Aho–Corasick automaton over the normalised
 * text), so matching takes time linear in the text (plus the number of matches reported by {@link #findAll}).
 *
 * <p>Phrases are normalised with the lexicon's {@link NormalisationOptions}, exactly as texts are, so
 * {@code "Café"} in the lexicon matches {@code "CAFE"} or {@code "cafe\u0301"} in a text. Whitespace inside a
 * phrase matches any run of one or more whitespace characters (spaces, tabs, newlines) in the text; leading and
 * trailing whitespace of a phrase is ignored.
 *
 * <p>With {@link Builder#wholeWords(boolean) wholeWords} (the default) a match may neither begin nor end in the
 * middle of a word: it is rejected when the characters on both sides of its start (or of its end) are word
 * characters ({@link Tokenizer#isWordChar(int)}). So {@code "ass"} does not match in {@code "assessment"}, while
 * a phrase that begins or ends with punctuation (e.g. {@code "£5"}) can still match next to other punctuation.
 *
 * @param <T> payload type
 */
public final class Lexicon<T> {

    private final NormalisationOptions options;
    private final boolean wholeWords;
    private final int size;
    /** For each automaton key: the (phrase, payload) entries that normalise to it, in insertion order. */
    private final List<List<Entry<T>>> entriesByKey;
    private final AhoCorasick forward;
    /** Same keys reversed: scanning the text backwards yields, per start position, the longest key first. */
    private final AhoCorasick backward;

    /** By start, then longest first (the sort is stable: equal ranges keep their insertion order). */
    static final Comparator<LexiconMatch<?>> BY_START_LONGEST_FIRST = (a, b) -> a.start() != b.start()
            ? Integer.compare(a.start(), b.start()) : Integer.compare(b.end(), a.end());

    private record Entry<T>(String phrase, T payload) {
    }

    private Lexicon(Builder<T> builder) {
        this.options = builder.options;
        this.wholeWords = builder.wholeWords;
        Map<String, List<Entry<T>>> byKey = new LinkedHashMap<>();
        for (Entry<T> e : builder.entries) {
            byKey.computeIfAbsent(LexiconSymbols.matchKey(e.phrase(), options), k -> new ArrayList<>()).add(e);
        }
        List<String> keys = new ArrayList<>(byKey.keySet());
        List<String> reversed = new ArrayList<>(keys.size());
        for (String k : keys) {
            reversed.add(new StringBuilder(k).reverse().toString());
        }
        List<List<Entry<T>>> lists = new ArrayList<>(keys.size());
        for (String k : keys) {
            lists.add(List.copyOf(byKey.get(k)));
        }
        this.entriesByKey = List.copyOf(lists);
        this.size = builder.entries.size();
        this.forward = new AhoCorasick(keys);
        this.backward = new AhoCorasick(reversed);
    }

    /**
     * A new, empty builder.
     *
     * @param <T> the type of the value
     * @return a new, empty builder
     */
    public static <T> Builder<T> builder() {
        return new Builder<>();
    }

    /**
     * A lexicon of these phrases, each its own payload; default options, whole words.
     *
     * @param phrases the phrases
     * @return the lexicon
     * @throws IllegalArgumentException when a phrase is blank
     */
    public static Lexicon<String> of(String... phrases) {
        Objects.requireNonNull(phrases, "phrases");
        Builder<String> builder = builder();
        for (String p : phrases) {
            builder.add(p, p);
        }
        return builder.build();
    }

    /**
     * A lexicon read from a UTF-8 class-path resource with one phrase per line; blank lines and lines
     * whose first non-blank character is {@code #} are skipped. Each phrase is its own payload; default
     * options.
     *
     * @param anchor       class whose {@link Class#getResourceAsStream(String)} resolves {@code resourcePath}
     * @param resourcePath resource path, relative to {@code anchor}'s package unless it starts with {@code /}
     * @return a lexicon read from a UTF-8 class-path resource with one phrase per line; blank lines and lines whose first non-blank character is {@code #} are skipped
     * @throws IllegalArgumentException when the resource does not exist or holds no phrases
     * @throws UncheckedIOException     when reading fails
     */
    public static Lexicon<String> fromResource(Class<?> anchor, String resourcePath) {
        List<String> lines = DataLines.readIfPresent(anchor, resourcePath);
        if (lines == null) {
            throw new IllegalArgumentException("resource not found: " + resourcePath + " (relative to " + anchor.getName() + ")");
        }
        Builder<String> builder = builder();
        lines.forEach(phrase -> builder.add(phrase, phrase));
        if (builder.entries.isEmpty()) {
            throw new IllegalArgumentException("resource holds no phrases: " + resourcePath);
        }
        return builder.build();
    }

    /**
     * Normalises {@code text} with this lexicon's options, ready for matching.
     *
     * @param text the text
     * @return the normalised text
     */
    public NormalisedText normalise(String text) {
        return NormalisedText.of(text, options);
    }

    /** {@return the options phrases were normalised with; texts passed in must use the same} */
    public NormalisationOptions options() {
        return options;
    }

    /** {@return whether matches must start and end on word boundaries} */
    public boolean wholeWords() {
        return wholeWords;
    }

    /**
     * Number of distinct (phrase, payload) entries.
     *
     * @return the number of entries
     */
    public int size() {
        return size;
    }

    /**
     * Every match, overlapping ones included, sorted by start, then longest first, then insertion order. A
     * normalised range matched by several entries yields one match per entry.
     *
     * @param text the text
     * @return every match, overlapping ones included, sorted by start, then longest first, then insertion order
     * @throws IllegalArgumentException when {@code text} was normalised with other options than this lexicon
     */
    public List<LexiconMatch<T>> findAll(NormalisedText text) {
        UnionScan scan = unionScan(text);
        return scan != null ? scan.findAll(this) : findAllAlone(text);
    }

    /** {@link #findAll} by a scan of this lexicon alone. */
    List<LexiconMatch<T>> findAllAlone(NormalisedText text) {
        LexiconSymbols sym = symbols(text);
        String s = text.text();
        List<LexiconMatch<T>> out = new ArrayList<>();
        int state = 0;
        for (int k = 0; k < sym.count; k++) {
            state = forward.next(state, sym.chars[k]);
            int node = forward.firstOutput(state);
            if (node == 0) {
                continue;
            }
            int end = sym.pos[k] + 1;
            if (wholeWords && Tokenizer.insideWord(s, end)) {
                continue;
            }
            for (; node != 0; node = forward.nextOutput(node)) {
                int key = forward.keyAt(node);
                int start = sym.pos[k - forward.keyLength(key) + 1];
                if (!wholeWords || !Tokenizer.insideWord(s, start)) {
                    addMatches(out, text, start, end, key);
                }
            }
        }
        if (out.size() > 1) {
            out.sort(BY_START_LONGEST_FIRST);
        }
        return out;
    }

    /**
     * Leftmost-longest, non-overlapping matches: from the left, the longest match starting at the earliest
     * possible position is taken, then scanning resumes after it. When several entries normalise to the
     * same phrase, each is reported for the chosen range (they cover identical text). Linear in the text.
     *
     * @param text the text
     * @return the matches, in text order
     * @throws IllegalArgumentException when {@code text} was normalised with other options than this lexicon
     */
    public List<LexiconMatch<T>> findLongest(NormalisedText text) {
        UnionScan scan = unionScan(text);
        return scan != null ? scan.findLongest(this) : findLongestAlone(text);
    }

    /** {@link #findLongest} by a scan of this lexicon alone. */
    List<LexiconMatch<T>> findLongestAlone(NormalisedText text) {
        LexiconSymbols sym = symbols(text);
        String s = text.text();
        int[] bestKey = new int[sym.count];
        int state = 0;
        for (int k = sym.count - 1; k >= 0; k--) {
            state = backward.next(state, sym.chars[k]);
            bestKey[k] = -1;
            int start = sym.pos[k];
            if (wholeWords && Tokenizer.insideWord(s, start)) {
                continue;
            }
            for (int node = backward.firstOutput(state); node != 0; node = backward.nextOutput(node)) {
                int key = backward.keyAt(node);
                int end = sym.pos[k + backward.keyLength(key) - 1] + 1;
                if (!wholeWords || !Tokenizer.insideWord(s, end)) {
                    bestKey[k] = key;
                    break;
                }
            }
        }
        List<LexiconMatch<T>> out = new ArrayList<>();
        int k = 0;
        while (k < sym.count) {
            int key = bestKey[k];
            if (key < 0) {
                k++;
                continue;
            }
            int last = k + backward.keyLength(key) - 1;
            addMatches(out, text, sym.pos[k], sym.pos[last] + 1, key);
            k = last + 1;
        }
        return out;
    }

    /**
     * Whether any phrase matches.
     *
     * @param text the text
     * @return whether any phrase matches
     * @throws IllegalArgumentException when {@code text} was normalised with other options than this lexicon
     */
    public boolean containsAny(NormalisedText text) {
        UnionScan scan = unionScan(text);
        return scan != null ? scan.containsAny(this) : containsAnyAlone(text);
    }

    /** {@link #containsAny} by a scan of this lexicon alone. */
    boolean containsAnyAlone(NormalisedText text) {
        LexiconSymbols sym = symbols(text);
        String s = text.text();
        int state = 0;
        for (int k = 0; k < sym.count; k++) {
            state = forward.next(state, sym.chars[k]);
            int node = forward.firstOutput(state);
            if (node == 0) {
                continue;
            }
            int end = sym.pos[k] + 1;
            if (wholeWords && Tokenizer.insideWord(s, end)) {
                continue;
            }
            if (!wholeWords) {
                return true;
            }
            for (; node != 0; node = forward.nextOutput(node)) {
                int start = sym.pos[k - forward.keyLength(forward.keyAt(node)) + 1];
                if (!Tokenizer.insideWord(s, start)) {
                    return true;
                }
            }
        }
        return false;
    }

    void addMatches(List<LexiconMatch<T>> out, NormalisedText text, int start, int end, int key) {
        var original = text.toOriginal(start, end);
        for (Entry<T> e : entriesByKey.get(key)) {
            out.add(new LexiconMatch<>(start, end, original, e.phrase(), e.payload()));
        }
    }

    /** The scan {@code text} shares with the other members of its {@link LexiconUnion} when this is one, or null. */
    private UnionScan unionScan(NormalisedText text) {
        symbols(text); // the same checks as a scan alone
        return text.unionScan(this);
    }

    /** {@return the automaton keys (normalised phrases), by key id} */
    List<String> keys() {
        return forward.keys();
    }

    private LexiconSymbols symbols(NormalisedText text) {
        Objects.requireNonNull(text, "text");
        if (text.options() != options && !text.options().equals(options)) { // identity first: a record's equals is slow
            throw new IllegalArgumentException("text was normalised with " + text.options()
                    + " but this lexicon uses " + options + "; use Lexicon.normalise(String)");
        }
        return text.symbols();
    }

    /**
     * Collects phrases; not thread-safe. {@link #build()} may be called more than once.
     *
     * @param <T> payload type
     */
    public static final class Builder<T> {
        private final Set<Entry<T>> entries = new LinkedHashSet<>();
        private boolean wholeWords = true;
        private NormalisationOptions options = NormalisationOptions.DEFAULT;

        private Builder() {
        }

        /**
         * Adds {@code phrase} with {@code payload}; adding the same pair twice has no further effect.
         *
         * @param phrase a word or phrase to find
         * @param payload what a match of the phrase carries
         * @return this builder
         * @throws IllegalArgumentException when {@code phrase} is blank
         */
        public Builder<T> add(String phrase, T payload) {
            Objects.requireNonNull(phrase, "phrase");
            Objects.requireNonNull(payload, "payload");
            if (phrase.isBlank()) {
                throw new IllegalArgumentException("phrase must not be blank");
            }
            entries.add(new Entry<>(phrase, payload));
            return this;
        }

        /**
         * Adds every key of {@code phrases} with its value as payload.
         *
         * @param phrases phrases and their payloads
         * @return this builder
         */
        public Builder<T> addAll(Map<String, ? extends T> phrases) {
            Objects.requireNonNull(phrases, "phrases");
            phrases.forEach(this::add);
            return this;
        }

        /**
         * Whether matches must start and end on word boundaries (default {@code true}).
         *
         * @param value the wholeWords
         * @return this builder
         */
        public Builder<T> wholeWords(boolean value) {
            this.wholeWords = value;
            return this;
        }

        /**
         * How phrases and texts are normalised (default {@link NormalisationOptions#DEFAULT}).
         *
         * @param value the normalisation
         * @return this builder
         */
        public Builder<T> normalisation(NormalisationOptions value) {
            this.options = Objects.requireNonNull(value, "value");
            return this;
        }

        /**
         * Builds the lexicon.
         *
         * @return the lexicon
         * @throws IllegalArgumentException when a phrase is empty after normalisation (e.g. only zero-width chars)
         */
        public Lexicon<T> build() {
            return new Lexicon<>(this);
        }
    }
}
