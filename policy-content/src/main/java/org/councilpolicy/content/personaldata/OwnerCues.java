package org.councilpolicy.content.personaldata;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.councilpolicy.core.analysis.AnalysisKey;
import org.councilpolicy.core.analysis.TextAnalysis;
import org.councilpolicy.core.rule.RuleContext;
import org.councilpolicy.core.text.Lexicon;
import org.councilpolicy.core.text.LexiconMatch;
import org.councilpolicy.core.text.NormalisedText;

/**
 * The words around identifiers that say whose they are ({@code owner-cues.tsv}, {@code public-buildings.txt}):
 * the organisation speaking of itself ("call us", "our"), organisation and service words ("the team", "contact
 * centre", "police"), opening hours, public buildings and venues ("town hall", "library"), personal words
 * ("her", "Mrs", "my neighbour") and words that tie an address to a resident's case ("your", "logged"). Found
 * once per text, in time linear in its length; every query looks back a bounded number of characters.
 */
final class OwnerCues {

    /** What a cue says about the identifier after it. */
    enum Cue {
        /** The organisation speaking of itself: "call us", "our". */
        SPEAKER,
        /** A word naming an organisation, a service or a line. */
        ORGANISATION,
        /** A public building, venue or business premises. */
        VENUE,
        /** Opening hours or call charges: only organisations publish them. */
        HOURS,
        /** A member of the public: titles, pronouns, family, home. */
        PERSONAL,
        /** Ties a resident's address or postcode to their case. */
        CASE,
        /**
         * A public event or service held at a place ("exhibition", "drop-in", "health checks"): kept apart from the
         * other cues, it only says where an address in the same sentence is a venue.
         */
        EVENT
    }

    /** A cue found in the text: its span and what it says. */
    record Hit(int start, int end, Cue cue, String phrase) {
    }

    /** The cues of a text, computed once from that text's own lexical view and shared by every rule reading it. */
    private static final AnalysisKey<OwnerCues> KEY = AnalysisKey.of("personal-data.owner-cues",
            a -> new OwnerCues(a.text(), a.normalised()));
    private static final Lexicon<Cue> LEXICON = lexicon();
    private static final Set<String> STREET_TYPES = streetTypes();
    private static final java.util.regex.Pattern GAP_PUNCTUATION = java.util.regex.Pattern.compile("[\\s,:;()\\-–—]+");
    private static final Set<String> LINKING_WORDS = Set.of("at", "is", "on", "in", "are", "is at", "are at",
            "based at", "based in", "located at", "to", "of", "has moved to", "have moved to", "is moving to",
            "moves to", "moved to", "will move to", "has relocated to", "relocates to", "is now at", "now at",
            "opens at", "reopens at", "can be found at", "nan", "na", "y", "yr");
    private static final Set<String> PAST_TENSE = Set.of("rang", "rung", "gave", "left", "sent", "told", "wrote",
            "rings", "calls", "emails", "texts");
    /** How far back a cue may be from the identifier it speaks about, in characters. */
    static final int WINDOW = 70;

    /** Number-plan answers kept per text; past this many numbers they are computed each time. */
    private static final int MAX_PLANS = 512;

    private final String text;
    private final List<Hit> hits;
    /** {@link Cue#EVENT} hits, in order (few: most texts have none). */
    private final List<Hit> events;
    /**
     * {@link OwnerAttribution#nonGeographic} of each number met in this text (empty: geographic or mobile). A text
     * repeating one number (tabular or hostile text: "0800 1111 " a hundred thousand times) asks libphonenumber
     * once. One text is checked by one thread ({@code RuleContext}), so a plain map.
     */
    private final Map<String, Optional<String>> plans = new HashMap<>();
    /** Starts and ends of identifier-shaped tokens (long digit runs, tokens with an {@code @}), in order. */
    private final List<int[]> identifiers;
    private final SentenceBounds sentences;

    private OwnerCues(String text, NormalisedText normalised) {
        this.text = text;
        List<Hit> found = new ArrayList<>();
        List<Hit> eventHits = new ArrayList<>();
        for (LexiconMatch<Cue> m : LEXICON.findLongest(normalised)) {
            int s = m.original().start();
            int e = m.original().end();
            if ((m.payload() == Cue.VENUE || m.payload() == Cue.ORGANISATION) && beforeStreetType(text, e)) {
                continue; // "Church Lane", "School Road", "Library Street": a street, not the building
            }
            if (m.payload() == Cue.SPEAKER && m.phrase().startsWith("us ") && afterPastTense(text, s)) {
                continue; // "the resident who rang us on …": the caller's number, not ours
            }
            if (m.payload() == Cue.PERSONAL && gaelicArticle(text, s, e)) {
                continue; // "Comhairle nan Eilean Siar": the Gaelic article, not a grandmother
            }
            (m.payload() == Cue.EVENT ? eventHits : found).add(new Hit(s, e, m.payload(), m.phrase()));
        }
        this.hits = List.copyOf(found);
        this.events = List.copyOf(eventHits);
        this.identifiers = identifierTokens(text);
        this.sentences = new SentenceBounds(text);
    }

    /** The cues of {@code text}, shared by the rules checking the same text. */
    static OwnerCues of(RuleContext ctx, String text) {
        return TextAnalysis.of(ctx, text).get(KEY);
    }

    /** A fresh analysis, for tests. */
    static OwnerCues analyse(String text) {
        return new OwnerCues(text, NormalisedText.of(text));
    }

    String text() {
        return text;
    }

    /** {@link OwnerAttribution#nonGeographic} of {@code number}, remembered for this text. */
    String nonGeographic(String number) {
        Optional<String> known = plans.get(number);
        if (known != null) {
            return known.orElse(null);
        }
        String plan = OwnerAttribution.nonGeographic(number);
        if (plans.size() < MAX_PLANS) {
            plans.put(number, Optional.ofNullable(plan));
        }
        return plan;
    }

    /**
     * The nearest owner cue (any but {@link Cue#CASE}) before {@code start}: in the same sentence, at most
     * {@code window} characters back, and after the previous identifier (whose own cue does not carry over).
     */
    Hit nearestBefore(int start, int window) {
        return nearestBefore(start, window, h -> h.cue() != Cue.CASE);
    }

    /** Like {@link #nearestBefore(int, int)}, for the nearest cue that {@code wanted} accepts. */
    Hit nearestBefore(int start, int window, java.util.function.Predicate<Hit> wanted) {
        int limit = Math.max(Math.max(0, start - window), sentenceStart(start));
        int[] previous = previousIdentifier(start);
        if (previous != null) {
            limit = Math.max(limit, previous[1]);
        }
        for (int k = lastHitBefore(start); k >= 0; k--) {
            Hit h = hits.get(k);
            if (h.start() < limit) {
                break;
            }
            if (wanted.test(h)) {
                return h;
            }
        }
        return null;
    }

    /** An owner cue of kind {@code cue} starting within {@code window} characters after {@code end}, same sentence. */
    Hit after(int end, int window, Cue cue) {
        int stop = Math.min(text.length(), end + window);
        for (int k = lastHitBefore(end) + 1; k < hits.size() && hits.get(k).start() < stop; k++) {
            Hit h = hits.get(k);
            if (sentenceStart(h.start()) > end) {
                return null;
            }
            if (h.cue() == cue) {
                return h;
            }
        }
        return null;
    }

    /** The cues (not {@link Cue#EVENT}) that start in [from, to), in order. */
    List<Hit> hitsIn(int from, int to) {
        int lo = lastHitBefore(from) + 1;
        while (lo > 0 && hits.get(lo - 1).start() >= from) {
            lo--;
        }
        int hi = lo;
        while (hi < hits.size() && hits.get(hi).start() < to) {
            hi++;
        }
        return hits.subList(lo, hi);
    }

    /** The {@link Cue#EVENT} cues of the text, in order. */
    List<Hit> events() {
        return events;
    }

    /** Where the sentence holding {@code pos} ends. */
    int sentenceEnd(int pos) {
        return sentences.end(pos);
    }

    /** A case cue in the sentence holding [start, end) or the one before it, or {@code null}. */
    Hit caseCue(int start, int end) {
        int from = sentenceStart(Math.max(0, sentenceStart(start) - 1));
        int to = sentences.end(end);
        for (int k = lastHitBefore(to); k >= 0 && hits.get(k).start() >= from; k--) {
            if (hits.get(k).cue() == Cue.CASE) {
                return hits.get(k);
            }
        }
        return null;
    }

    /**
     * The identifier-shaped token that ends before {@code start} in the same sentence and with no owner cue
     * between, within {@code gap} characters: "call us on 01632 960000 or 01632 960001" (the second inherits).
     */
    int[] listedAfter(int start, int gap) {
        int[] previous = previousIdentifier(start);
        if (previous == null || start - previous[1] > gap || sentenceStart(start) > previous[0]) {
            return null;
        }
        int k = lastHitBefore(start);
        if (k >= 0 && hits.get(k).end() > previous[1]) {
            return null;
        }
        // Only a list: "01632 960000 or 01632 960001", "…, …", "… / …"; not "call you on 07… from 01392 …".
        String between = GAP_PUNCTUATION.matcher(text.substring(previous[1], start)).replaceAll(" ").strip()
                .toLowerCase(Locale.ROOT).replace("/", "").replace("&", "").strip();
        return between.isEmpty() || LIST_WORDS.contains(between) ? previous : null;
    }

    private static final Set<String> LIST_WORDS = Set.of("or", "and", "and/or", "neu", "a", "ac", "then",
            "or on", "and on", "or at", "or by");

    /** The last identifier token ending at or before {@code start} (tokens do not overlap: binary search). */
    private int[] previousIdentifier(int start) {
        int lo = 0;
        int hi = identifiers.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (identifiers.get(mid)[1] <= start) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo == 0 ? null : identifiers.get(lo - 1);
    }

    /** Index of the last hit ending at or before {@code pos}, or -1 (binary search over hits sorted by start). */
    private int lastHitBefore(int pos) {
        int lo = 0;
        int hi = hits.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (hits.get(mid).end() <= pos) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo - 1;
    }

    /** Where the sentence holding {@code pos} starts: after ". ", "! ", "? " or a line break, looking back 200. */
    int sentenceStart(int pos) {
        return sentences.start(pos);
    }

    private static boolean gaelicArticle(String s, int start, int end) {
        return end - start == 3 && s.regionMatches(start, "nan ", 0, 4) && end + 1 < s.length()
                && Character.isUpperCase(s.charAt(end + 1)) && start > 1 && Character.isLetter(s.charAt(start - 2));
    }

    /** Whether the word before {@code start} is a past-tense verb ("rang", "called", "emailed"). */
    private static boolean afterPastTense(String s, int start) {
        int e = start;
        while (e > 0 && s.charAt(e - 1) == ' ') {
            e--;
        }
        int b = e;
        while (b > 0 && Character.isLetter(s.charAt(b - 1))) {
            b--;
        }
        String w = s.substring(b, e).toLowerCase(Locale.ROOT);
        return w.length() > 3 && w.endsWith("ed") || PAST_TENSE.contains(w);
    }

    /** Whether only spaces, punctuation and a linking word ("at", "is", "on") lie between two positions. */
    boolean adjacent(int from, int to) {
        if (to - from > 24) {
            return false;
        }
        String gap = GAP_PUNCTUATION.matcher(text.substring(Math.min(from, to), to)).replaceAll(" ").strip()
                .toLowerCase(Locale.ROOT);
        return gap.isEmpty() || LINKING_WORDS.contains(gap);
    }

    private static boolean beforeStreetType(String s, int end) {
        int k = end;
        while (k < s.length() && s.charAt(k) == ' ') {
            k++;
        }
        if (k == end) {
            return false;
        }
        int w = k;
        while (w < s.length() && Character.isLetter(s.charAt(w))) {
            w++;
        }
        return w > k && STREET_TYPES.contains(s.substring(k, w).toLowerCase(Locale.ROOT));
    }

    private static List<int[]> identifierTokens(String s) {
        List<int[]> out = new ArrayList<>();
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int start = i;
            boolean at = false;
            int digits = 0;
            while (i < n && (!Character.isWhitespace(s.charAt(i))
                    || (digits > 0 && i + 1 < n && Character.isDigit(s.charAt(i + 1))))) {
                at |= s.charAt(i) == '@';
                digits += Character.isDigit(s.charAt(i)) ? 1 : 0;
                i++;
            }
            if (at || digits >= 7) {
                out.add(new int[] {start, i});
            }
        }
        return out;
    }

    private static Lexicon<Cue> lexicon() {
        Lexicon.Builder<Cue> b = Lexicon.builder();
        for (String line : readLines("owner-cues.tsv")) {
            int tab = line.indexOf('\t');
            if (tab <= 0) {
                throw new IllegalStateException("owner-cues.tsv: no tab in line '" + line + "'");
            }
            b.add(line.substring(0, tab).strip(), Cue.valueOf(line.substring(tab + 1).strip()));
        }
        for (String venue : readLines("public-buildings.txt")) {
            b.add(venue, Cue.VENUE);
        }
        return b.build();
    }

    private static Set<String> streetTypes() {
        Set<String> out = new HashSet<>();
        for (String s : readLines("street-types.txt")) {
            out.add(s.toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(out);
    }

    /** The data lines of a resource next to this class: blank lines and {@code #} comments skipped. */
    static List<String> readLines(String resource) {
        List<String> out = new ArrayList<>();
        try (InputStream in = OwnerCues.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                String s = line.replace("\uFEFF", "").strip();
                if (!s.isEmpty() && !s.startsWith("#")) {
                    out.add(s);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return List.copyOf(out);
    }
}
