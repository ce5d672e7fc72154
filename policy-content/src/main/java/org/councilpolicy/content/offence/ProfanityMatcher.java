package org.councilpolicy.content.offence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.councilpolicy.content.offence.OffenceLexicons.Term;
import org.councilpolicy.core.rule.Span;
import org.councilpolicy.core.text.LexiconMatch;
import org.councilpolicy.core.text.NormalisedText;
import org.councilpolicy.core.text.Token;

/**
 * Finds profanity and slurs in a text, robust to evasion: exact and skeleton matches (see {@link EvasionView}),
 * words tiled by terms ("fuckfuck"), masked words ("f**k", "sh*t", "fuxk") and one-typo spellings of longer
 * strong terms ("fukced"). Allow-listed words and places, ordinary meanings in context ("a knob of butter") and
 * proper names ("Dick Whittington", "Three Cocks") are never reported. Linear in the text, apart from the small
 * per-token candidate lists for masked words.
 */
final class ProfanityMatcher {

    private static final int CONTEXT_WINDOW = 60;
    private static final Set<String> NOT_NAME_NEIGHBOURS = Set.of("i", "you", "your", "you're", "youre", "what",
            "such", "a", "an", "big", "fat", "little", "stupid", "total", "absolute", "utter", "complete", "my", "oh",
            "hey", "dear", "u", "ur", "ya", "go", "get", "shut", "fucking", "bloody", "useless", "lazy", "ugly");

    private final OffenceLexicons lex;

    ProfanityMatcher(OffenceLexicons lex) {
        this.lex = lex;
    }

    /** Raw candidate: a term over skeleton range [a, b) of a view. */
    private record Hit(Term term, EvasionView view, int a, int b, String how) {
    }

    List<Offence> find(NormalisedText nt, EvasionView plain, EvasionView joined, List<Token> words) {
        return find(nt, plain, joined, words, true);
    }

    /**
     * As {@link #find(NormalisedText, EvasionView, EvasionView, List)}; {@code fast} false scans every view in full,
     * without the trigger pre-scans (the tests compare the two).
     */
    List<Offence> find(NormalisedText nt, EvasionView plain, EvasionView joined, List<Token> words, boolean fast) {
        List<Hit> hits = new ArrayList<>();
        skeletonMatches(plain, hits, true);
        if (!joined.skeleton.equals(plain.skeleton) && (!fast || lex.joinSeams.mayMatchAcross(joined))) {
            // Otherwise each joined match is a plain one (same term, span, reason), which dedupe() would drop.
            skeletonMatches(joined, hits, false);
        }
        if (!fast || maskable(plain.skeleton)) {
            maskedWords(plain, hits);
        }
        if (hits.isEmpty() && lex.typos.isEmpty()) {
            return List.of();
        }
        List<Offence> out = new ArrayList<>();
        List<Span> allowed = null;
        List<LexiconMatch<String>> contexts = null;
        for (Hit h : hits) {
            Span span = h.view().toOriginal(h.a(), h.b());
            if (allowed == null) {
                allowed = allowed(nt);
            }
            if (within(span, allowed)) {
                continue;
            }
            Term t = h.term();
            if (t.benignKey() != null) {
                if (contexts == null) {
                    contexts = lex.homonymContexts.findAll(nt);
                }
                if (benignContext(t.benignKey(), h.view().ntStart[h.a()], h.view().ntEnd[h.b() - 1], contexts)) {
                    continue;
                }
            }
            if (t.proper() && properName(nt.original(), span)
                    || t.strength().compareTo(Strength.MEDIUM) <= 0 && placeFramed(nt.original(), span)) {
                continue;
            }
            out.add(offence(t, span, h.how()));
        }
        typos(nt, words, out, allowed);
        return dedupe(out);
    }

    private void skeletonMatches(EvasionView view, List<Hit> hits, boolean tile) {
        List<LexiconMatch<Term>> ms = lex.skeletons.findAll(view.skeletonText());
        if (ms.isEmpty()) {
            return;
        }
        List<int[]> inner = tile ? new ArrayList<>() : null;
        List<Term> innerTerms = tile ? new ArrayList<>() : null;
        for (LexiconMatch<Term> m : ms) {
            Span sk = m.original();
            int a = sk.start();
            int b = sk.end();
            Term t = m.payload();
            if (!runsAllow(view, a, t)) {
                continue;
            }
            if (t.embed() || (view.boundary(a) && view.boundary(b))) {
                hits.add(new Hit(t, view, a, b, view == null ? "" : "match"));
            } else if (tile && t.strength() != Strength.MILD && t.singleWord()) {
                inner.add(new int[] {a, b});
                innerTerms.add(t);
            }
        }
        if (tile && inner.size() >= 2) {
            tiledWords(view, inner, innerTerms, hits);
        }
    }

    /** Every stretched letter must be at least as long as in the term, unless the text stretches a letter 3+ times. */
    private static boolean runsAllow(EvasionView view, int a, Term t) {
        boolean ok = true;
        boolean stretched = false;
        for (int k = 0; k < t.runs().length; k++) {
            int r = view.runs[a + k];
            ok &= r >= t.runs()[k];
            stretched |= r >= 3;
        }
        return ok || stretched;
    }

    /** A word made entirely of two or more terms ("fuckfuck", "dumbassdumbass") counts as one. */
    private static void tiledWords(EvasionView view, List<int[]> inner, List<Term> terms, List<Hit> hits) {
        String s = view.skeleton;
        int n = s.length();
        // For each word, a reachability walk over the inner matches that start inside it.
        boolean[] reach = new boolean[n + 1];
        int[] bestTerm = new int[n + 1];
        java.util.Arrays.fill(bestTerm, -1);
        List<List<Integer>> byStart = new ArrayList<>(n + 1);
        for (int i = 0; i <= n; i++) {
            byStart.add(null);
        }
        for (int i = 0; i < inner.size(); i++) {
            int a = inner.get(i)[0];
            if (byStart.get(a) == null) {
                byStart.set(a, new ArrayList<>());
            }
            byStart.get(a).add(i);
        }
        int i = 0;
        while (i < n) {
            if (s.charAt(i) == ' ') {
                i++;
                continue;
            }
            int start = i;
            int end = s.indexOf(' ', i);
            if (end < 0) {
                end = n;
            }
            reach[start] = true;
            int parts = 0;
            for (int p = start; p < end; p++) {
                if (!reach[p] || byStart.get(p) == null) {
                    continue;
                }
                for (int idx : byStart.get(p)) {
                    int b = inner.get(idx)[1];
                    if (b <= end && !reach[b]) {
                        reach[b] = true;
                        bestTerm[b] = idx;
                    }
                }
                parts++;
            }
            if (reach[end] && parts >= 2 && bestTerm[end] >= 0) {
                hits.add(new Hit(terms.get(bestTerm[end]), view, start, end, "compound"));
            }
            i = end;
        }
    }

    /**
     * Whether {@link #maskedWords} can find anything in skeleton {@code s}: a masked word has a {@code *} and an
     * x-masked word an {@code x}, so a skeleton with neither (most text) is not walked word by word.
     */
    static boolean maskable(String s) {
        return s.indexOf('*') >= 0 || s.indexOf('x') >= 0;
    }

    /** "f**k", "sh*t", "n*gger"; and one letter replaced by x ("fuxk", "dxck") in a strong term. */
    private void maskedWords(EvasionView view, List<Hit> hits) {
        String s = view.skeleton;
        int n = s.length();
        int i = 0;
        while (i < n) {
            if (s.charAt(i) == ' ') {
                i++;
                continue;
            }
            int start = i;
            int masks = 0;
            int xs = 0;
            while (i < n && s.charAt(i) != ' ') {
                char c = s.charAt(i);
                if (c == '*') {
                    masks++;
                } else if (c == 'x') {
                    xs++;
                }
                i++;
            }
            int end = i;
            int len = end - start;
            char first = s.charAt(start);
            if (len < 3 || !Character.isLetter(first) || first == 'x') {
                continue;
            }
            boolean masked = masks > 0 && masks < len;
            boolean xMasked = masks == 0 && xs == 1 && len >= 4;
            if (!masked && !xMasked) {
                continue;
            }
            List<Term> candidates = lex.byShape.get(OffenceLexicons.shapeKey(len, first));
            if (candidates == null) {
                continue;
            }
            for (Term t : candidates) {
                if (fits(s, start, t.skeleton(), xMasked ? 'x' : '*')) {
                    hits.add(new Hit(t, view, start, end, "masked"));
                    break;
                }
            }
        }
    }

    private static boolean fits(String s, int start, String term, char wildcard) {
        boolean usedWildcard = false;
        for (int k = 0; k < term.length(); k++) {
            char c = s.charAt(start + k);
            if (c == wildcard && term.charAt(k) != wildcard) {
                usedWildcard = true;
            } else if (c != term.charAt(k)) {
                return false;
            }
        }
        return usedWildcard;
    }

    /** One-typo spellings of longer strong terms, as whole words of the normalised text. */
    private void typos(NormalisedText nt, List<Token> words, List<Offence> out, List<Span> allowedIfKnown) {
        List<Span> allowed = allowedIfKnown;
        for (Token tok : words) {
            if (tok.text().length() < 5) {
                continue;
            }
            Term t = lex.typos.get(tok.text());
            if (t != null) {
                if (allowed == null) {
                    allowed = allowed(nt);
                }
                Span span = nt.toOriginal(tok.start(), tok.end());
                if (!within(span, allowed)) {
                    out.add(offence(t, span, "typo"));
                }
            }
        }
    }

    private static Offence offence(Term t, Span span, String how) {
        String what = t.kind() == OffenceKind.SLUR ? "a slur" : "swearing";
        String reason = switch (how) {
            case "masked" -> "a masked spelling of " + what;
            case "typo" -> "a misspelling of " + what;
            case "compound" -> "a word made of " + what;
            default -> what;
        };
        return new Offence(t.kind(), span, t.strength(), Optional.ofNullable(t.characteristic()), t.term(),
                reason + " (" + t.strength().name().toLowerCase(java.util.Locale.ROOT) + ")", false);
    }

    /** Allow-listed words, and place names from the gazetteer standing in a place frame. */
    private List<Span> allowed(NormalisedText nt) {
        List<Span> out = new ArrayList<>(lex.allow.findAll(nt).stream().map(LexiconMatch::original).toList());
        out.addAll(lex.places.places(nt));
        return out;
    }

    private static boolean within(Span span, List<Span> allowed) {
        for (Span a : allowed) {
            if (a.contains(span)) {
                return true;
            }
        }
        return false;
    }

    private static boolean benignContext(String key, int start, int end, List<LexiconMatch<String>> contexts) {
        for (LexiconMatch<String> c : contexts) {
            if (c.payload().equals(key) && c.end() >= start - CONTEXT_WINDOW && c.start() <= end + CONTEXT_WINDOW) {
                return true;
            }
        }
        return false;
    }

    /**
     * A capitalised term next to another capitalised word ("Dick Whittington", "Three Cocks", "Minge Lane"), or a
     * lower-case one between two ("Wilsford cum Lake"), is a name or a place.
     */
    static boolean properName(String text, Span span) {
        boolean cap = Character.isUpperCase(text.charAt(span.start()));
        boolean allCaps = true;
        for (int i = span.start(); i < span.end(); i++) {
            allCaps &= !Character.isLowerCase(text.charAt(i));
        }
        boolean prev = capitalisedWord(text, previousWord(text, span.start()));
        boolean next = capitalisedWord(text, nextWord(text, span.end()));
        return cap && !allCaps ? prev || next : !cap && prev && next;
    }

    /** Prepositions before a place: "the chapel at Titty Ho", "the bus from Cockermouth Road". */
    private static final java.util.Set<String> PLACE_PREPOSITIONS = java.util.Set.of("at", "in", "near", "from",
            "through", "via", "past", "outside");

    /**
     * A medium or mild term capitalised after a place preposition and before another capitalised word is the first
     * word of a place name the gazetteer lacks (a hamlet, a street, a farm): "at Titty Ho", "near Shag Rock".
     */
    static boolean placeFramed(String text, Span span) {
        if (!Character.isUpperCase(text.charAt(span.start())) || !Character.isLowerCase(text.charAt(span.end() - 1))) {
            return false;
        }
        Span prev = previousWord(text, span.start());
        return prev != null && PLACE_PREPOSITIONS.contains(prev.of(text))
                && capitalisedWord(text, nextWord(text, span.end()));
    }

    private static Span previousWord(String text, int from) {
        int i = from - 1;
        while (i >= 0 && !Character.isLetter(text.charAt(i))) {
            if (text.charAt(i) == '.' || text.charAt(i) == '\n' || text.charAt(i) == '!' || text.charAt(i) == '?') {
                return null;
            }
            i--;
        }
        int end = i + 1;
        while (i >= 0 && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '\'')) {
            i--;
        }
        return end > i + 1 ? new Span(i + 1, end) : null;
    }

    private static Span nextWord(String text, int from) {
        int i = from;
        while (i < text.length() && !Character.isLetter(text.charAt(i))) {
            if (text.charAt(i) == '.' || text.charAt(i) == '\n' || text.charAt(i) == '!' || text.charAt(i) == '?') {
                return null;
            }
            i++;
        }
        int start = i;
        while (i < text.length() && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '\'')) {
            i++;
        }
        return i > start ? new Span(start, i) : null;
    }

    private static boolean capitalisedWord(String text, Span w) {
        if (w == null || !Character.isUpperCase(text.charAt(w.start()))) {
            return false;
        }
        String word = w.of(text);
        boolean hasLower = word.chars().anyMatch(Character::isLowerCase) || word.length() == 1;
        return hasLower && !NOT_NAME_NEIGHBOURS.contains(word.toLowerCase(java.util.Locale.ROOT));
    }

    /** Overlapping offences keep the strongest (then longest) one. */
    private static List<Offence> dedupe(List<Offence> in) {
        if (in.size() < 2) {
            return in;
        }
        List<Offence> sorted = new ArrayList<>(in);
        sorted.sort(Comparator.comparing((Offence o) -> o.span().start()).thenComparing(o -> -o.span().end()));
        List<Offence> out = new ArrayList<>();
        for (Offence o : sorted) {
            Offence last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && last.span().overlaps(o.span())) {
                if (o.strength().compareTo(last.strength()) > 0) {
                    out.set(out.size() - 1, new Offence(o.kind(), new Span(last.span().start(),
                            Math.max(last.span().end(), o.span().end())), o.strength(), o.characteristic(), o.term(),
                            o.reason(), o.unsure()));
                }
                continue;
            }
            out.add(o);
        }
        return out;
    }
}
