package org.councilpolicy.content.neutrality;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.councilpolicy.content.draft.Draft;
import org.councilpolicy.core.analysis.TextAnalysis;
import org.councilpolicy.core.analysis.AnalysisKey;
import org.councilpolicy.core.analysis.Sentences;
import org.councilpolicy.core.rule.RuleContext;
import org.councilpolicy.core.rule.Span;
import org.councilpolicy.core.text.LexiconMatch;
import org.councilpolicy.core.text.NormalisedText;
import org.councilpolicy.core.text.Lexicon;

/**
 * The signals found in one text, shared by the political-neutrality and conduct rules: one pass of one
 * Aho–Corasick automaton over the normalised text, then small bounded looks at the words around each hit.
 * Linear in the length of the text; immutable.
 *
 * <p>Rules get it through {@link #of(Draft, RuleContext)} (the draft's text) and
 * {@link #replyTo(Draft, RuleContext)} (the text replied to or shared), so the analysis is done once per draft
 * whatever the number of rules.
 */
public final class DraftSignals {

    /** How far (in normalised characters) a cue may be from an ambiguous party name. */
    static final int CUE_WINDOW = 60;
    /** How far praise or blame may be from the actor it is about. */
    static final int JUDGEMENT_WINDOW = 60;
    /** How far an opinion may be from a contested topic. */
    static final int TOPIC_WINDOW = 120;

    private final NormalisedText text;
    private final Map<Signal, List<Hit>> hits;
    private final Sentences sentences;
    private final List<PartyMention> parties;
    private final PoliticalContent political;

    /** The signals of a text, computed once per subject from that text's own analysis. */
    private static final AnalysisKey<DraftSignals> KEY = AnalysisKey.of("neutrality.signals",
            a -> new DraftSignals(a.normalised(), a.sentences()));

    private DraftSignals(NormalisedText text, Sentences sentences) {
        this.text = text;
        this.sentences = sentences;
        Map<Signal, List<Hit>> map = new EnumMap<>(Signal.class);
        for (LexiconMatch<Vocabulary.Term> m : Vocabulary.LEXICON.findAll(text)) {
            map.computeIfAbsent(m.payload().signal(), k -> new ArrayList<>())
                    .add(new Hit(m.payload().signal(), m.start(), m.end(), m.payload().label()));
        }
        map.replaceAll((k, v) -> List.copyOf(v));
        this.hits = Collections.unmodifiableMap(map);
        this.parties = List.copyOf(Parties.resolve(this));
        this.political = PoliticalReading.read(this, parties);
    }

    /**
     * Analyses a text (prefer {@link #of(Draft, RuleContext)} inside rules, which shares the analysis).
     *
     * @param text the original text, as written
     * @return its signals
     */
    public static DraftSignals of(String text) {
        return TextAnalysis.of(Objects.requireNonNull(text, "text")).get(KEY);
    }

    /**
     * The analysis of the draft's text, computed once per draft and shared between rules.
     *
     * @param draft   the draft being checked
     * @param context the rule context of that check, which holds the shared analysis
     * @return the signals of the draft's own text
     */
    public static DraftSignals of(Draft draft, RuleContext context) {
        Objects.requireNonNull(draft, "draft");
        return TextAnalysis.of(context, draft.text()).get(KEY);
    }

    /**
     * The analysis of the text the draft replies to or shares, computed once per draft and shared between rules.
     *
     * @param draft   the draft being checked
     * @param context the rule context of that check, which holds the shared analysis
     * @return the signals of {@link Draft#replyTo()}, or {@code null} when the draft has no such text
     */
    public static DraftSignals replyTo(Draft draft, RuleContext context) {
        Objects.requireNonNull(draft, "draft");
        if (draft.replyTo() == null || draft.replyTo().isBlank()) {
            return null;
        }
        return TextAnalysis.of(context, draft.replyTo()).get(KEY);
    }

    /**
     * The normalised text the hits refer to.
     *
     * @return the normalised text, which maps its offsets back to the original
     */
    public NormalisedText text() {
        return text;
    }

    /**
     * The hits of one signal, in text order.
     *
     * @param signal the kind of phrase wanted
     * @return its hits, empty when there are none
     */
    public List<Hit> hits(Signal signal) {
        return hits.getOrDefault(signal, List.of());
    }

    /**
     * Whether the text has at least one hit of the signal.
     *
     * @param signal the kind of phrase wanted
     * @return {@code true} when {@link #hits(Signal)} is not empty
     */
    public boolean has(Signal signal) {
        return hits.containsKey(signal);
    }

    /**
     * Parties named in a political sense: ambiguous names ("Green", "Reform", "Labour") count only when the words
     * around them make them a party.
     *
     * @return the party mentions, in text order
     */
    public List<PartyMention> parties() {
        return parties;
    }

    /**
     * The text's political content: parties, campaigning, praise or blame, opinions on contested matters.
     *
     * @return the political content, computed once with the rest of the analysis
     */
    public PoliticalContent political() {
        return political;
    }

    /**
     * The original span of a normalised range.
     *
     * @param start start in the normalised text, inclusive
     * @param end   end in the normalised text, exclusive
     * @return the matching range of the original text, for a finding's span
     */
    public Span span(int start, int end) {
        return text.toOriginal(start, end);
    }

    /**
     * The original characters of a normalised range, for a finding's excerpt (never personal data here).
     *
     * @param start start in the normalised text, inclusive
     * @param end   end in the normalised text, exclusive
     * @return the original characters, cut to 120 characters with an ellipsis when longer
     */
    public String excerpt(int start, int end) {
        Span s = span(start, end);
        String e = s.of(text.original());
        return e.length() <= 120 ? e : e.substring(0, 117) + "...";
    }

    /**
     * Which sentence a normalised offset is in.
     *
     * @param pos an offset in the normalised text
     * @return the 0-based index of its sentence
     */
    public int sentence(int pos) {
        return sentences.sentenceAt(text.originalIndex(pos));
    }

    /**
     * Whether two normalised ranges are in the same sentence with at most {@code maxGap} characters between
     * them (overlapping ranges have gap 0).
     *
     * @param aStart start of the first range, inclusive
     * @param aEnd   end of the first range, exclusive
     * @param bStart start of the second range, inclusive
     * @param bEnd   end of the second range, exclusive
     * @param maxGap the most normalised characters allowed between them
     * @return whether they are that close
     */
    public boolean near(int aStart, int aEnd, int bStart, int bEnd, int maxGap) {
        int gap = Math.max(aStart, bStart) - Math.min(aEnd, bEnd);
        return gap <= maxGap && sentence(aStart) == sentence(bStart);
    }

    /**
     * Whether a hit of {@code signal} is near the range, in the same sentence.
     *
     * @param signal the kind of phrase looked for
     * @param start  start of the range in the normalised text, inclusive
     * @param end    end of the range, exclusive
     * @param maxGap the most normalised characters allowed between the range and the hit
     * @return whether such a hit exists
     */
    public boolean hasNear(Signal signal, int start, int end, int maxGap) {
        for (Hit h : hits(signal)) {
            if (near(start, end, h.start(), h.end(), maxGap)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The nearest hit of {@code signal} in the same sentence within {@code maxGap} characters of the range.
     *
     * @param signal the kind of phrase looked for
     * @param start  start of the range in the normalised text, inclusive
     * @param end    end of the range, exclusive
     * @param maxGap the most normalised characters allowed between the range and the hit
     * @return the nearest such hit (the first of equally near ones), or {@code null} when there is none
     */
    public Hit nearest(Signal signal, int start, int end, int maxGap) {
        Hit best = null;
        int bestGap = Integer.MAX_VALUE;
        for (Hit h : hits(signal)) {
            int gap = Math.max(start, h.start()) - Math.min(end, h.end());
            if (gap <= maxGap && gap < bestGap && sentence(start) == sentence(h.start())) {
                best = h;
                bestGap = gap;
            }
        }
        return best;
    }

    /**
     * Whether the original character at a normalised offset is an upper-case letter: normalisation folds case, and
     * a capital often tells a name ("Green") from a word ("green").
     *
     * @param pos an offset in the normalised text
     * @return whether the original character there is upper case
     */
    public boolean capitalised(int pos) {
        int o = text.originalIndex(pos);
        return o < text.original().length() && Character.isUpperCase(text.original().charAt(o));
    }

    /**
     * Whether a normalised offset starts a sentence (only spaces, quotes, brackets or list markers before it in the
     * sentence), where a capital says nothing about a name.
     *
     * @param pos an offset in the normalised text
     * @return whether it starts a sentence, a line or the text
     */
    public boolean sentenceInitial(int pos) {
        String s = text.text();
        for (int i = pos - 1; i >= 0; i--) {
            char c = s.charAt(i);
            if (c == '\n' || c == '.' || c == '!' || c == '?' || c == ':' || c == ';' || c == '\u2022') {
                return true;
            }
            if (!(Character.isWhitespace(c) || c == '"' || c == '\'' || c == '\u201c' || c == '\u2018'
                    || c == '(' || c == '[' || c == '-' || c == '*' || c == '>')) {
                return false;
            }
        }
        return true;
    }

    /**
     * The word right after a normalised offset: an English possessive ("'s") is skipped, then spaces or one
     * hyphen; other punctuation ends the look.
     *
     * @param end an offset in the normalised text, usually the end of a hit
     * @return the next word (letters and digits), or an empty string when there is none
     */
    public String wordAfter(int end) {
        return WordsAround.wordAfter(text.text(), end);
    }

    /**
     * Start of the word right after {@code end} (see {@link #wordAfter}).
     *
     * @param end an offset in the normalised text, usually the end of a hit
     * @return the normalised offset of that word, or -1 when there is none
     */
    public int wordAfterStart(int end) {
        String w = wordAfter(end);
        if (w.isEmpty()) {
            return -1;
        }
        return text.text().indexOf(w, end);
    }

    /**
     * The word right before a normalised offset, across spaces or one hyphen.
     *
     * @param start an offset in the normalised text, usually the start of a hit
     * @return the previous word, or an empty string when there is none
     */
    public String wordBefore(int start) {
        return wordBefore(start, 1);
    }

    /**
     * The {@code n}th word before a normalised offset, across spaces (and one hyphen next to the offset).
     *
     * @param start an offset in the normalised text, usually the start of a hit
     * @param n     which word: 1 is the nearest
     * @return that word, or an empty string when there are fewer than {@code n} words before the offset
     */
    public String wordBefore(int start, int n) {
        return WordsAround.wordBefore(text.text(), start, n);
    }

    /** Start of the word returned by {@link #wordBefore(int, int)}; meaningful only when that word is not empty. */
    int wordBeforeStart(int start, int n) {
        return WordsAround.wordBeforeStart(text.text(), start, n);
    }

    /**
     * Whether a negation or deferral ("not", "n't", "never", "before", "until", "yet", "alleged") appears in the
     * {@code window} characters before a normalised offset, within the same sentence.
     *
     * @param pos    an offset in the normalised text, usually the start of a hit
     * @param window how many normalised characters before {@code pos} to look at
     * @return whether the hit is negated or deferred, so it does not assert what it says
     */
    public boolean negatedBefore(int pos, int window) {
        String s = text.text();
        int from = Math.max(0, pos - window);
        int sentence = sentence(pos);
        while (from < pos && sentence(from) != sentence) {
            from++; // the window stops at the start of the sentence (a short walk: the window is small)
        }
        String before = s.substring(from, pos);
        return WordsAround.negation(before);
    }

    @Override
    public String toString() {
        return "DraftSignals[" + text + ", signals=" + hits.keySet() + "]";
    }

    /**
     * The vocabulary of political signals (one lexicon), for the union of the lexicons that scan a draft's
     * normalised view together.
     *
     * @return the lexicon
     */
    public static Lexicon<?> vocabulary() {
        return Vocabulary.LEXICON;
    }
}
