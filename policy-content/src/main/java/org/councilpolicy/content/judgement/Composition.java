package org.councilpolicy.content.judgement;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.councilpolicy.content.draft.Draft;
import org.councilpolicy.core.analysis.Sentences;
import org.councilpolicy.core.analysis.TextAnalysis;
import org.councilpolicy.core.rule.RuleContext;
import org.councilpolicy.core.rule.SharedKey;
import org.councilpolicy.core.rule.Span;
import org.councilpolicy.core.text.LexiconMatch;
import org.councilpolicy.core.text.NormalisationOptions;
import org.councilpolicy.core.text.NormalisedText;

/**
 * The {@link Element elements} found in one draft, by sentence: one Aho–Corasick pass over the normalised text,
 * then bounded looks between parts. The judgement rules compose these with who speaks (the draft's account and
 * author). Linear in the length of the text; immutable.
 */
public final class Composition {

    private static final SharedKey<Composition> KEY = SharedKey.named("judgement.composition");
    private static final Set<String> NEGATIONS = Set.of("not", "never", "no", "nor", "cannot", "isn't", "wasn't",
            "aren't", "don't", "doesn't", "didn't", "won't", "isn\u2019t", "wasn\u2019t", "aren\u2019t", "don\u2019t",
            "doesn\u2019t", "didn\u2019t", "won\u2019t", "hardly", "nothing");
    private static final Set<String> FIRST_PERSON = Set.of("i", "i'm", "i'll", "i've", "i'd", "my", "me", "myself",
            "we", "we're", "we'll", "we've", "our", "us", "i\u2019m", "i\u2019ll", "i\u2019ve", "i\u2019d",
            "we\u2019re", "we\u2019ll", "we\u2019ve");

    private static final Set<String> COUNCILLOR_TITLES = Set.of("cllr", "councillor", "cllrs");

    private final NormalisedText text;
    private final Sentences sentences;
    private final Map<Element, List<Part>> parts;
    /** Word counts by sentence, plus one (0 until asked): rules ask per part, and a long sentence holds thousands. */
    private final int[] wordCounts;

    private Composition(NormalisedText text) {
        this.text = text;
        this.sentences = Sentences.of(text.text()); // the analysis layer's one definition, on the normalised view
        this.wordCounts = new int[sentences.count()];
        List<LexiconMatch<ElementVocabulary.Term>> matches = ElementVocabulary.LEXICON.findAll(text);
        List<int[]> ignored = new ArrayList<>();
        for (LexiconMatch<ElementVocabulary.Term> m : matches) {
            if (m.payload().element() == Element.IGNORE) {
                ignored.add(new int[] {m.start(), m.end()});
            }
        }
        Map<Element, List<Part>> map = new EnumMap<>(Element.class);
        for (LexiconMatch<ElementVocabulary.Term> m : matches) {
            Element e = m.payload().element();
            if (e == Element.IGNORE || inside(ignored, m.start(), m.end())
                    || m.payload().capital() && !upperAt(text, m.start())
                    || m.payload().beforePerson() && !ElementVocabulary.personNounAfter(text.text(), m.end())) {
                continue;
            }
            map.computeIfAbsent(e, k -> new ArrayList<>())
                    .add(new Part(e, m.start(), m.end(), m.payload().label(), sentence(m.start())));
        }
        map.replaceAll((k, v) -> outermost(v));
        List<Part> politicians = map.get(Element.POLITICIAN);
        if (politicians != null) {
            // "Cllr Patel" is a councillor who shares a minister's surname, not the minister
            List<Part> kept = new ArrayList<>();
            for (Part p : politicians) {
                List<String> before = wordsBefore(p.start(), 1, p.sentence());
                if (before.isEmpty() || !COUNCILLOR_TITLES.contains(before.get(0))) {
                    kept.add(p);
                }
            }
            if (kept.isEmpty()) {
                map.remove(Element.POLITICIAN);
            } else {
                map.put(Element.POLITICIAN, List.copyOf(kept));
            }
        }
        this.parts = Collections.unmodifiableMap(map);
    }

    private static boolean upperAt(NormalisedText text, int pos) {
        int o = text.originalIndex(pos);
        return o < text.original().length() && Character.isUpperCase(text.original().charAt(o));
    }

    /**
     * The parts of one element with those inside a longer one dropped ("Keir" inside "Keir Starmer") and overlapping
     * ones joined under the longer one's label ("I will vote" + "vote against"), in text order.
     */
    private static List<Part> outermost(List<Part> parts) {
        List<Part> sorted = new ArrayList<>(parts);
        sorted.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start())
                : Integer.compare(b.end(), a.end()));
        List<Part> out = new ArrayList<>(sorted.size());
        int reach = -1;
        for (Part p : sorted) {
            if (p.end() <= reach) {
                continue;
            }
            Part last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && p.start() < last.end()) {
                String label = p.end() - p.start() >= last.end() - last.start() ? p.label() : last.label();
                out.set(out.size() - 1, new Part(p.element(), last.start(), p.end(), label, last.sentence()));
            } else {
                out.add(p);
            }
            reach = p.end();
        }
        return List.copyOf(out);
    }

    private static boolean inside(List<int[]> ignored, int start, int end) {
        for (int[] r : ignored) {
            if (start >= r[0] && end <= r[1] && end - start < r[1] - r[0]) {
                return true;
            }
        }
        return false;
    }

    /**
     * Analyses a text on its own (prefer {@link #of(Draft, RuleContext)} inside rules, which shares the analysis).
     *
     * @param text the original text
     * @return its composition
     */
    public static Composition of(String text) {
        return new Composition(ElementVocabulary.LEXICON.normalise(Objects.requireNonNull(text, "text")));
    }

    /**
     * The composition of a draft's text, computed once per draft and shared between rules.
     *
     * @param draft   the draft being checked
     * @param context the rule context of that check
     * @return the elements of the draft's own text
     */
    public static Composition of(Draft draft, RuleContext context) {
        Objects.requireNonNull(draft, "draft");
        return context.shared(KEY, () -> ElementVocabulary.LEXICON.options().equals(NormalisationOptions.DEFAULT)
                ? new Composition(TextAnalysis.of(context, draft.text()).normalised()) : of(draft.text()));
    }

    /**
     * The parts of one element, in text order.
     *
     * @param element the element wanted
     * @return its parts, empty when there are none
     */
    public List<Part> parts(Element element) {
        return parts.getOrDefault(element, List.of());
    }

    /**
     * Whether the text has the element at all.
     *
     * @param element the element wanted
     * @return whether {@link #parts(Element)} is not empty
     */
    public boolean has(Element element) {
        return parts.containsKey(element);
    }

    /**
     * The nearest part of an element in the same sentence as {@code p}, within {@code maxGap} characters.
     *
     * @param p       the part to look around
     * @param element the element wanted
     * @param maxGap  the most normalised characters between them
     * @return the nearest such part, or {@code null}
     */
    public Part near(Part p, Element element, int maxGap) {
        Part best = null;
        List<Part> all = parts(element);
        for (int i = firstWithin(all, p, maxGap); i < all.size() && all.get(i).start() <= p.end() + maxGap; i++) {
            Part q = all.get(i);
            if (q.sentence() == p.sentence() && p.gap(q) <= maxGap && (best == null || p.gap(q) < p.gap(best))) {
                best = q;
            }
        }
        return best;
    }

    /**
     * The nearest part of an element within {@code maxGap} characters of {@code p}, in any sentence.
     *
     * @param p       the part to look around
     * @param element the element wanted
     * @param maxGap  the most normalised characters between them
     * @return the nearest such part, or {@code null}
     */
    public Part within(Part p, Element element, int maxGap) {
        Part best = null;
        List<Part> all = parts(element);
        for (int i = firstWithin(all, p, maxGap); i < all.size() && all.get(i).start() <= p.end() + maxGap; i++) {
            Part q = all.get(i);
            if (p.gap(q) <= maxGap && (best == null || p.gap(q) < p.gap(best))) {
                best = q;
            }
        }
        return best;
    }

    /**
     * The nearest part of an element that ends before {@code p}, in its sentence or the one before, within
     * {@code maxGap} characters: whom a verdict standing in a sentence of its own ("Utterly clueless.") is about.
     *
     * @param p       the part
     * @param element the element wanted
     * @param maxGap  the most normalised characters between them
     * @return the nearest such part, or {@code null}
     */
    public Part before(Part p, Element element, int maxGap) {
        Part best = null;
        List<Part> all = parts(element);
        for (int i = firstWithin(all, p, maxGap); i < all.size() && all.get(i).start() <= p.end() + maxGap; i++) {
            Part q = all.get(i);
            if (q.end() <= p.start() && p.sentence() - q.sentence() <= 1 && p.gap(q) <= maxGap
                    && (best == null || q.end() > best.end())) {
                best = q;
            }
        }
        return best;
    }

    /**
     * The index of the first part that ends no earlier than {@code maxGap} characters before {@code p}: the parts of
     * one element are sorted and do not overlap, so their ends are sorted too, and a look around a part scans only
     * the parts in its window (a text full of one element stays linear, not quadratic).
     */
    private static int firstWithin(List<Part> all, Part p, int maxGap) {
        int lo = 0;
        int hi = all.size();
        int from = p.start() - maxGap;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (all.get(mid).end() < from) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * How many words a sentence has.
     *
     * @param sentence the 0-based sentence index
     * @return its word count
     */
    public int wordCount(int sentence) {
        int n = wordCounts[sentence] - 1; // an int written whole: a race only counts one sentence twice
        if (n < 0) {
            Span range = sentences.sentence(sentence);
            n = words(text.text().substring(range.start(), range.end())).size();
            wordCounts[sentence] = n + 1;
        }
        return n;
    }

    /**
     * Whether a sentence has a part of the element.
     *
     * @param sentence the 0-based sentence index
     * @param element  the element wanted
     * @return whether it has one
     */
    public boolean sentenceHas(int sentence, Element element) {
        return parts(element).stream().anyMatch(q -> q.sentence() == sentence);
    }

    /**
     * Whether a negation ("not", "never", "n't"...) is among the few words before a part, in its sentence.
     *
     * @param p     the part
     * @param words how many words before it to look at
     * @return whether the part is negated
     */
    public boolean negated(Part p, int words) {
        for (String w : wordsBefore(p.start(), words, p.sentence())) {
            if (NEGATIONS.contains(w) || w.endsWith("n't") || w.endsWith("n\u2019t")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a sentence speaks in the first person ("I", "my", "we", "our"...).
     *
     * @param sentence the 0-based sentence index
     * @return whether it does
     */
    public boolean firstPerson(int sentence) {
        Span range = sentences.sentence(sentence);
        int from = range.start();
        int to = range.end();
        for (String w : words(text.text().substring(from, to))) {
            if (FIRST_PERSON.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The span of the original text that two parts cover together, for a finding.
     *
     * @param a one part
     * @param b another part, or {@code null}
     * @return the original span from the first start to the last end
     */
    public Span span(Part a, Part b) {
        return b == null ? text.toOriginal(a.start(), a.end())
                : text.toOriginal(Math.min(a.start(), b.start()), Math.max(a.end(), b.end()));
    }

    /**
     * The original words of a part, for a finding's message.
     *
     * @param p the part
     * @return the words as written
     */
    public String words(Part p) {
        return text.toOriginal(p.start(), p.end()).of(text.original());
    }

    /**
     * The few normalised words right before a part, in its sentence, joined by spaces.
     *
     * @param p     the part
     * @param words how many words
     * @return the words, lower case
     */
    public String wordsBefore(Part p, int words) {
        return String.join(" ", wordsBefore(p.start(), words, p.sentence()));
    }

    private List<String> wordsBefore(int pos, int n, int sentence) {
        String s = text.text();
        int from = Math.max(sentences.sentence(sentence).start(), pos - 60);
        List<String> all = words(s.substring(from, pos));
        return all.subList(Math.max(0, all.size() - n), all.size());
    }

    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            while (i < s.length() && !isWordChar(s.charAt(i))) {
                i++;
            }
            int from = i;
            while (i < s.length() && isWordChar(s.charAt(i))) {
                i++;
            }
            if (i > from) {
                out.add(s.substring(from, i));
            }
        }
        return out;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '\'' || c == '\u2019';
    }

    private int sentence(int pos) {
        return sentences.sentenceAt(pos);
    }

    NormalisedText normalised() {
        return text;
    }

    int sentenceAt(int pos) {
        return sentence(pos);
    }

    Span sentenceSpan(int sentence) {
        return sentences.sentence(sentence);
    }

    static List<String> wordsOf(String s) {
        return words(s);
    }

    @Override
    public String toString() {
        return "Composition[elements=" + parts.keySet() + "]";
    }
}
