package org.councilpolicy.core.analysis;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.councilpolicy.core.rule.RuleContext;
import org.councilpolicy.core.rule.SharedKey;
import org.councilpolicy.core.text.LexiconUnion;
import org.councilpolicy.core.text.MappedText;
import org.councilpolicy.core.text.Normalisation;
import org.councilpolicy.core.text.NormalisationOptions;
import org.councilpolicy.core.text.NormalisedText;

/**
 * Everything every rule family reads about one text, computed at most once per subject: the normalised views
 * (one pipeline of offset-mapping transforms, see {@link Normalisation}), the words, the sentences, and any
 * further analysis named by an {@link AnalysisKey} (identifiers, person names, places, cues…).
 *
 * <p>The analyses of a subject are found through {@link #of(RuleContext, String)}, which keys them by the text
 * itself: asking for the analysis of another text gives that text's own analysis, never a stale one. Views and
 * analyses are computed lazily, on first use. An instance belongs to the check of one subject, which runs on
 * one thread; its views are immutable and may be kept.
 */
public final class TextAnalysis {

    private static final SharedKey<Map<String, TextAnalysis>> ANALYSES = SharedKey.ofTexts("analysis.texts");

    private final String text;
    /** The unions of lexicons that scan the lexical view together; often none. */
    private final List<LexiconUnion> unions;
    private NormalisedText lexical;
    private NormalisedText leetspeak;
    private MappedText identifiers;
    private Words words;
    private Sentences sentences;
    private final Map<AnalysisKey<?>, Object> keyed = new IdentityHashMap<>();

    private TextAnalysis(String text, List<LexiconUnion> unions) {
        this.text = text;
        this.unions = unions;
    }

    /**
     * The analysis of {@code text} within the check of one subject, shared by every rule of that check.
     *
     * @param context the rule context of the check
     * @param text    the text (a draft's text, a comment's, a message's)
     * @return the text's analysis, created on first use
     */
    public static TextAnalysis of(RuleContext context, String text) {
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(text, "text");
        return context.shared(ANALYSES, () -> new HashMap<>(2)).computeIfAbsent(text,
                t -> new TextAnalysis(t, lexicalUnions(context)));
    }

    /** The engine's unions for the lexical view ({@link RuleContext#lexiconUnions()}). */
    private static List<LexiconUnion> lexicalUnions(RuleContext context) {
        List<LexiconUnion> all = context.lexiconUnions();
        for (LexiconUnion u : all) {
            if (!u.options().equals(NormalisationOptions.DEFAULT)) { // rare: filter; else no copy per text
                return all.stream().filter(x -> x.options().equals(NormalisationOptions.DEFAULT)).toList();
            }
        }
        return all;
    }

    /**
     * A fresh analysis, for callers without a rule context (tests, one-off checks).
     *
     * @param text the text
     * @return a new analysis of {@code text}
     */
    public static TextAnalysis of(String text) {
        return new TextAnalysis(Objects.requireNonNull(text, "text"), List.of());
    }

    /** {@return the text as given} */
    public String text() {
        return text;
    }

    /** {@return the lexical view with {@link NormalisationOptions#DEFAULT}: what words and phrases are matched in} */
    public NormalisedText normalised() {
        NormalisedText n = lexical;
        if (n == null) {
            n = NormalisedText.of(text);
            if (!unions.isEmpty()) {
                n = n.scannedWith(unions);
            }
            lexical = n;
        }
        return n;
    }

    /** {@return the lexical view with leetspeak read as letters, sharing the lexical view's offsets} */
    public NormalisedText leetspeak() {
        NormalisedText n = leetspeak;
        if (n == null) {
            n = normalised().withLeetspeak();
            leetspeak = n;
        }
        return n;
    }

    /** {@return the identifier view: Unicode tricks folded, spelled "at" and "dot" read, case kept} */
    public MappedText identifiers() {
        MappedText m = identifiers;
        if (m == null) {
            m = Normalisation.identifiers(text);
            identifiers = m;
        }
        return m;
    }

    /** {@return the words of the lexical view} */
    public Words words() {
        Words w = words;
        if (w == null) {
            w = Words.of(normalised());
            words = w;
        }
        return w;
    }

    /** {@return the sentences of the text} */
    public Sentences sentences() {
        Sentences s = sentences;
        if (s == null) {
            s = Sentences.of(text);
            sentences = s;
        }
        return s;
    }

    /**
     * The analysis {@code key} names, computed from this analysis on first use.
     *
     * @param <T> the analysis' type
     * @param key the analysis
     * @return its value for this text
     */
    public <T> T get(AnalysisKey<T> key) {
        Objects.requireNonNull(key, "key");
        @SuppressWarnings("unchecked")
        T value = (T) keyed.get(key);
        if (value == null) {
            value = key.compute(this);
            keyed.put(key, value);
        }
        return value;
    }

    @Override
    public String toString() {
        return "TextAnalysis[" + text.length() + " chars]"; // never the text: it may hold personal data
    }
}
