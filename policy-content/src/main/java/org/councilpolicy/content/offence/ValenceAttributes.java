package org.councilpolicy.content.offence;

import static org.councilpolicy.content.offence.GroupReferences.PRONOUNS;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.councilpolicy.content.offence.GroupReferences.Ref;
import org.councilpolicy.content.offence.OffenceLexicons.Predicate;
import org.councilpolicy.content.offence.WordView.WordMatch;

/**
 * A negative attribute said of a protected group in words no predicate list names: a word of the VADER sentiment
 * lexicon with a strongly negative valence ({@code negative-attributes.tsv}, Apache 2.0) stated of the group through a
 * copula ("Xs are all so arrogant", "they're just cruel") or standing just before the group word ("cruel Xs").
 * Sentiment is not derogation, so the composition is strict: only linking words between group and word, a copula
 * among them, no past participle (a thing done to the group: "abandoned"), no word for a plight or a feeling
 * ({@code [PLIGHT]}: "victims", "scared", "poor"), and an -ing word only when its valence is strongly negative
 * ("cheating", not "struggling"). Runs only when a group is named; linear: each word is looked up once and looks a
 * bounded number of words back.
 */
final class ValenceAttributes {

    private static final Set<String> LINKS = HateComposer.FRAMES.get("LINKS");
    private static final Set<String> COPULA_LINKS = HateComposer.FRAMES.get("COPULA_LINKS");
    private static final Set<String> PLIGHT = HateComposer.FRAMES.get("PLIGHT");
    /** Before a positive trait and a group, words that make it one person of the group: "a", "an", "single". */
    private static final Set<String> INDEFINITE = HateComposer.FRAMES.get("INDEFINITE");
    /** Copulas that may open a question before its subject: "Why is every X a liar?", "Are Xs ever honest?". */
    private static final Set<String> INVERTED = HateComposer.FRAMES.get("INVERTED");
    /** Words that may stand before an attribute besides linking words: "confused little ...". */
    private static final Set<String> ATTRIBUTE_GAP = HateComposer.FRAMES.get("ATTRIBUTE_GAP");
    /** How many linking words may stand between the group and the attribute. */
    private static final int MAX_GAP = 5;
    /** An -ing word counts only at or below this valence ("cheating" -2.6 does, "struggling" -1.8 does not). */
    private static final double ING_VALENCE = -2.3;

    private final Map<String, Double> valence;
    /** Positive traits ({@code positive-attributes.tsv}): denied of a group by a negated copula, a derogation. */
    private final Map<String, Double> positive;

    private ValenceAttributes(Map<String, Double> valence, Map<String, Double> positive) {
        this.valence = Map.copyOf(valence);
        this.positive = Map.copyOf(positive);
    }

    static final ValenceAttributes STANDARD = new ValenceAttributes(load("negative-attributes.tsv"),
            load("positive-attributes.tsv"));
    private static final Map<String, Double> STANDARD_WORDS = STANDARD.valence;

    private static Map<String, Double> load(String file) {
        Map<String, Double> out = new HashMap<>();
        try (InputStream in = ValenceAttributes.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException(file + " missing from the classpath");
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.trim().split("\t");
                out.put(f[0], Double.parseDouble(f[1]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Whether {@code w} is a positive trait or may be a negative attribute ("honest", "cruel"). */
    boolean trait(String w) {
        return positive.containsKey(w) || attribute(w);
    }

    /** Whether {@code w} may be a negative attribute, or the superlative of one ("filthiest", "rudest"). */
    boolean attribute(String w) {
        Double v = valence.get(w);
        if (v == null && w.length() > 6 && w.endsWith("iest")) {
            return attribute(w.substring(0, w.length() - 4) + "y"); // "filthiest", "laziest"
        }
        if (v == null && w.length() > 5 && w.endsWith("est")) {
            String stem = w.substring(0, w.length() - 3);
            return valence.containsKey(stem) ? attribute(stem) : valence.containsKey(stem + "e") && attribute(stem + "e");
        }
        if (v == null || w.endsWith("ed") || PLIGHT.contains(w)) {
            return false;
        }
        return !w.endsWith("ing") || v <= ING_VALENCE;
    }

    /**
     * Negative attributes said of a group, as NEG predicates with their group: {@code covered} marks words already
     * inside a predicate or a group reference. {@code refs} are sorted by start.
     */
    void find(RepairedWords rw, List<Ref> refs, boolean[] covered, List<Map.Entry<WordMatch<Predicate>, Ref>> out) {
        int next = 0;
        Ref last = null;
        for (int i = 0; i < rw.size(); i++) {
            while (next < refs.size() && refs.get(next).to() <= i) {
                last = refs.get(next++);
            }
            if (covered[i]) {
                continue;
            }
            if (positive.containsKey(rw.words[i])) { // "Xs can never be loyal": a positive denied through a copula
                if (indefinite(rw, i) && next < refs.size() && refs.get(next).from() == i + 1
                        && !PRONOUNS.contains(rw.words[i + 1]) && rw.sentence(i + 1) == rw.sentence(i)) {
                    out.add(Map.entry(new WordMatch<>(i, i + 1, Predicate.POS), refs.get(next))); // "never met an honest X"
                } else if (last != null && rw.sentence(last.from()) == rw.sentence(i) && !HatePredicates.governed(rw, last)
                        && linked(rw, last.to(), i, COPULA_LINKS.contains(rw.words[last.to() - 1]))) {
                    out.add(Map.entry(new WordMatch<>(i, i + 1, Predicate.POS), last));
                }
                continue;
            }
            if (!attribute(rw.words[i])) {
                continue;
            }
            WordMatch<Predicate> p = new WordMatch<>(i, i + 1, Predicate.NEG);
            String w = rw.words[i];
            boolean verbLike = w.endsWith("s") && !w.endsWith("ous") && !w.endsWith("ss"); // "hates Xs" is no "cruel Xs"
            if (!verbLike && next < refs.size() && refs.get(next).from() == i + 1 && !PRONOUNS.contains(rw.words[i + 1])
                    && rw.sentence(i + 1) == rw.sentence(i)) {
                out.add(Map.entry(p, refs.get(next))); // "cruel Xs"
            } else if (last != null && rw.sentence(last.from()) == rw.sentence(i) && !HatePredicates.governed(rw, last)
                    && !(last.from() > 0 && rw.words[last.from() - 1].endsWith("ing")) // "killing Xs is a crime"
                    && linked(rw, last.to(), i, COPULA_LINKS.contains(rw.words[last.to() - 1]) || inverted(rw, last))) {
                out.add(Map.entry(p, last)); // "Xs are all so cruel", "why is every X so cruel?"
            }
        }
    }

    /**
     * "(never met) an honest X", "(no such thing as) a decent X": an indefinite article or "one", "single" before the
     * positive word at {@code i}; the X it qualifies is then denied the trait when a negator rules the clause (the
     * caller's negation check), and said to have it otherwise, which is no derogation.
     */
    private static boolean indefinite(RepairedWords rw, int i) {
        return i > 0 && rw.sentence(i - 1) == rw.sentence(i) && INDEFINITE.contains(rw.words[i - 1]);
    }

    /**
     * A question whose copula stands before the group ("Why is every X a liar?", "Are Xs all so lazy?"): the copula
     * at most two words before the reference, in its sentence.
     */
    private static boolean inverted(RepairedWords rw, Ref r) {
        if (!rw.question(r.from())) {
            return false;
        }
        for (int k = r.from() - 1; k >= Math.max(0, r.from() - 3) && rw.sentence(k) == rw.sentence(r.from()); k--) {
            if (INVERTED.contains(rw.words[k])) {
                return true;
            }
        }
        return false;
    }

    /** A word with an adjective's ending ("scummy", "confused", "selfish", "useless"), of five letters or more. */
    private static boolean adjective(String w) {
        return w.length() >= 5 && (w.endsWith("y") || w.endsWith("ed") || w.endsWith("ish") || w.endsWith("ous")
                || w.endsWith("ful") || w.endsWith("less"));
    }

    /**
     * Only linking words between {@code from} and {@code to}, at most {@link #MAX_GAP}, one of them a copula (or the
     * reference itself holds one: "they're").
     */
    private static boolean linked(RepairedWords rw, int from, int to, boolean copulaInRef) {
        if (to - from < (copulaInRef ? 0 : 1) || to - from > MAX_GAP) {
            return false;
        }
        boolean copula = copulaInRef;
        for (int k = from; k < to; k++) {
            String w = rw.words[k];
            if (!LINKS.contains(w) && !COPULA_LINKS.contains(w) && !ATTRIBUTE_GAP.contains(w)
                    && !STANDARD_WORDS.containsKey(w) && !adjective(w)) {
                return false; // besides linking words, adjectives may stand before: "are scummy ...", "confused little"
            }
            copula |= COPULA_LINKS.contains(w);
        }
        return copula;
    }
}
