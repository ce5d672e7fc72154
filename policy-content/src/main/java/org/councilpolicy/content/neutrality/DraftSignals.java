package org.councilpolicy.content.neutrality;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.councilpolicy.content.draft.Draft;
import org.councilpolicy.core.analysis.TextAnalysis;
import org.councilpolicy.core.rule.RuleContext;
import org.councilpolicy.core.rule.SharedKey;
import org.councilpolicy.core.rule.Span;
import org.councilpolicy.core.text.LexiconMatch;
import org.councilpolicy.core.text.NormalisationOptions;
import org.councilpolicy.core.text.NormalisedText;

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

    /** The draft's own text. */
    public static final SharedKey<DraftSignals> TEXT = SharedKey.named("neutrality.signals.text");
    /** The text the draft replies to or shares. */
    public static final SharedKey<DraftSignals> REPLY_TO = SharedKey.named("neutrality.signals.replyTo");

    /** How far (in normalised characters) a cue may be from an ambiguous party name. */
    static final int CUE_WINDOW = 60;
    /** How far praise or blame may be from the actor it is about. */
    static final int JUDGEMENT_WINDOW = 60;
    /** How far an opinion may be from a contested topic. */
    static final int TOPIC_WINDOW = 120;

    // Words right after an ambiguous party name that make it a party.
    private static final Set<String> PARTY_HEAD = words("party", "group", "groups", "councillor", "councillors",
            "cllr", "cllrs", "mp", "mps", "msp", "msps", "ms", "mla", "mlas", "candidate", "candidates", "led", "run",
            "controlled", "leader", "leaders", "leadership", "voters", "government", "administration", "manifesto",
            "supporters", "activists", "peer", "peers", "minister", "ministers", "council", "majority", "opposition",
            "politician", "politicians", "campaigners", "members", "member", "deputy", "spokesperson", "spokesman",
            "spokeswoman", "whip", "policy", "policies", "pledge", "pledges", "plans", "plan", "gain", "gains");

    // Words right after an ambiguous party name that make it an ordinary word.
    private static final Set<String> NOT_PARTY_AFTER = words("market", "markets", "costs", "cost", "shortage",
            "shortages", "force", "forces", "day", "ward", "wards", "supply", "intensive", "relations", "rates", "rate",
            "law", "laws", "exchange", "pains", "saving", "savings", "pool", "estimate", "estimates", "approach",
            "figure", "figures", "forecast", "forecasts", "assumption", "assumptions", "projection", "projections",
            "treatment", "dress", "view", "views", "waste", "space", "spaces", "bin", "bins", "belt", "flag", "flags",
            "lane", "lanes", "energy", "roof", "roofs", "homes", "home", "travel", "street", "road", "park", "light",
            "lights", "man", "tea", "infrastructure", "corridor", "corridors", "skills", "jobs", "grant", "grants",
            "garden", "gardens", "farm", "close", "drive", "way", "hill", "avenue", "crescent", "shoots", "credentials",
            "recycling", "act", "acts", "programme", "programmes", "of", "for", "living", "school", "schools",
            "review", "reviews", "panel", "advice", "advocate", "advocates", "advocacy", "person", "persons",
            "investigation", "inquiry", "examiner", "sector", "chair", "audit", "assessor", "custody", "visitor",
            "visitors", "remuneration", "evaluation", "study", "body", "charity", "trust", "provider", "providers",
            "retailer", "retailers", "shop", "shops", "traders", "business", "businesses", "cinema", "film",
            "newspaper", "hydrogen", "room", "team", "week", "champion", "champions", "heart", "routes", "route",
            "hub", "fund", "tariff", "walk", "walks", "festival", "fair", "fayre", "quarter", "square", "lodge",
            "house", "centre", "center", "library", "hall", "inn", "cafe", "surgery", "practice", "academy",
            "college", "church", "chapel", "court", "mews", "gate", "green", "field", "fields", "meadow",
            "meadows", "bank", "end", "lake", "pond", "tree", "trees", "infrastructure", "economy", "growth",
            "award", "awards", "accreditation", "transport", "bus", "buses", "vehicle", "vehicles", "fleet",
            "initiative", "initiatives", "scheme", "schemes", "wall", "walls", "corner", "grocer", "grocers",
            "pharmacy", "options", "option", "thinking", "use", "uses", "management", "side", "estimate",
            "forest", "valley", "rise", "row", "place", "terrace", "parade", "mile", "living", "sector", "inspector",
            "inspection", "inspectors", "monitor", "monitoring", "observer", "observers", "hospital", "hospitals",
            "wing", "suite", "bay", "unit", "units", "line", "lines", "pass", "passes", "card", "cards", "club", "clubs", "history", "heritage", "archive", "archives", "museum");

    // Words right before an ambiguous party name that make it an ordinary word or part of a name.
    private static final Set<String> NOT_PARTY_BEFORE = words("village", "bowling", "putting", "sea", "dark", "light",
            "bottle", "go", "going", "forest", "think", "hard", "child", "forced", "manual", "skilled", "cheap",
            "unskilled", "welfare", "planning", "tax", "pension", "benefit", "benefits", "electoral", "local",
            "public", "service", "services", "sector", "radical", "police", "prison", "health", "an", "fully",
            "truly", "completely", "more", "most", "very", "be", "being", "become", "stay", "staying", "remain",
            "financially", "socially", "politically", "wildlife", "nature", "health", "care", "business", "school",
            "charity", "community", "climate", "digital", "housing", "transport", "rail", "grand", "holy", "parsons", "mill", "kings", "queens", "church", "college", "market", "bethnal", "golders",
            "turnham", "parsons", "palmers", "winchmore", "ashton", "kensal", "wood", "tavistock");

    // Verbs right after a sentence-initial ambiguous name that make it the party: "Labour have ruined…".
    private static final Set<String> PARTY_VERB = words("have", "has", "had", "are", "is", "were", "was", "will",
            "would", "want", "wants", "wanted", "plan", "plans", "promised", "promise", "promises", "say", "says",
            "said", "voted", "vote", "won", "lost", "must", "should", "can", "could", "need", "needs", "pledged",
            "pledge", "ruined", "wrecked", "destroyed", "failed", "betrayed", "delivered", "backed", "oppose",
            "opposed", "support", "supported", "claim", "claims", "claimed", "never", "always", "only", "just");

    // Verbs of choosing right before an ambiguous name: "Vote Green", "back Reform".
    private static final Set<String> CHOOSING = words("vote", "voting", "voted", "elect", "back", "backing", "support",
            "supporting");

    // Titles before a surname: "Cllr Green", "Mrs Alliance".
    private static final Set<String> HONORIFICS = words("cllr", "councillor", "mr", "mrs", "ms", "miss", "mx", "dr",
            "sir", "dame", "prof", "professor", "lord", "lady", "rev", "revd", "cllrs");

    // Plural or collective forms that can be the party without a head word ("the Greens"), given a cue nearby.
    private static final Set<String> COLLECTIVE = words("greens", "independents", "liberals", "conservatives");

    private static Set<String> words(String... words) {
        return Set.copyOf(Arrays.asList(words));
    }

    private final NormalisedText text;
    private final Map<Signal, List<Hit>> hits;
    private final int[] sentenceStarts;
    private final List<PartyMention> parties;
    private final PoliticalContent political;

    private DraftSignals(NormalisedText text) {
        this.text = text;
        Map<Signal, List<Hit>> map = new EnumMap<>(Signal.class);
        for (LexiconMatch<Vocabulary.Term> m : Vocabulary.LEXICON.findAll(text)) {
            map.computeIfAbsent(m.payload().signal(), k -> new ArrayList<>())
                    .add(new Hit(m.payload().signal(), m.start(), m.end(), m.payload().label()));
        }
        map.replaceAll((k, v) -> List.copyOf(v));
        this.hits = Collections.unmodifiableMap(map);
        this.sentenceStarts = sentenceStarts(text.text());
        this.parties = List.copyOf(resolveParties());
        this.political = new PoliticalContent(parties, campaigning(), praiseOrBlame(), contestedOpinion());
    }

    /**
     * Analyses a text (prefer {@link #of(Draft, RuleContext)} inside rules, which shares the analysis).
     *
     * @param text the original text, as written
     * @return its signals
     */
    public static DraftSignals of(String text) {
        return new DraftSignals(Vocabulary.LEXICON.normalise(Objects.requireNonNull(text, "text")));
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
        // the draft's one shared normalisation, when the vocabulary uses the same options (it does)
        return context.shared(TEXT, () -> Vocabulary.LEXICON.options().equals(NormalisationOptions.DEFAULT)
                ? new DraftSignals(TextAnalysis.of(context, draft.text()).normalised()) : of(draft.text()));
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
        return context.shared(REPLY_TO, () -> of(draft.replyTo()));
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
        int i = Arrays.binarySearch(sentenceStarts, pos);
        return i >= 0 ? i : -i - 2;
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
        String s = text.text();
        int i = end;
        if (i + 1 < s.length() && (s.charAt(i) == '\'' || s.charAt(i) == '\u2019') && s.charAt(i + 1) == 's'
                && (i + 2 == s.length() || !Character.isLetterOrDigit(s.charAt(i + 2)))) {
            i += 2;
        }
        boolean hyphen = false;
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t' || (!hyphen && isHyphen(s.charAt(i))))) {
            hyphen |= isHyphen(s.charAt(i));
            i++;
        }
        int from = i;
        while (i < s.length() && Character.isLetterOrDigit(s.charAt(i))) {
            i++;
        }
        return s.substring(from, i);
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
        String s = text.text();
        int i = start;
        String word = "";
        for (int k = 0; k < n; k++) {
            boolean hyphen = false;
            while (i > 0 && (s.charAt(i - 1) == ' ' || s.charAt(i - 1) == '\t'
                    || (!hyphen && k == 0 && isHyphen(s.charAt(i - 1))))) {
                hyphen |= isHyphen(s.charAt(i - 1));
                i--;
            }
            int to = i;
            while (i > 0 && Character.isLetterOrDigit(s.charAt(i - 1))) {
                i--;
            }
            word = s.substring(i, to);
            if (word.isEmpty()) {
                return "";
            }
        }
        return word;
    }

    /** Start of the word returned by {@link #wordBefore(int, int)}; meaningful only when that word is not empty. */
    int wordBeforeStart(int start, int n) {
        String s = text.text();
        int i = start;
        for (int k = 0; k < n; k++) {
            while (i > 0 && (s.charAt(i - 1) == ' ' || s.charAt(i - 1) == '\t' || (k == 0 && isHyphen(s.charAt(i - 1))))) {
                i--;
            }
            while (i > 0 && Character.isLetterOrDigit(s.charAt(i - 1))) {
                i--;
            }
        }
        return i;
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
        int sentenceStart = sentenceStarts[sentence(pos)];
        from = Math.max(from, sentenceStart);
        String before = s.substring(from, pos);
        return containsWord(before, "not") || before.contains("n't") || before.contains("n\u2019t")
                || containsWord(before, "never") || containsWord(before, "before") || containsWord(before, "until")
                || containsWord(before, "yet") || containsWord(before, "cannot") || containsWord(before, "nor")
                || containsWord(before, "haven") || containsWord(before, "havent") || containsWord(before, "hasnt");
    }

    private static boolean containsWord(String s, String w) {
        int i = s.indexOf(w);
        while (i >= 0) {
            boolean left = i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1));
            int e = i + w.length();
            boolean right = e == s.length() || !Character.isLetterOrDigit(s.charAt(e));
            if (left && right) {
                return true;
            }
            i = s.indexOf(w, i + 1);
        }
        return false;
    }

    private static boolean isHyphen(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011' || c == '\u2013';
    }

    private static int[] sentenceStarts(String s) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || ((c == '.' || c == '!' || c == '?') && i + 1 < s.length()
                    && Character.isWhitespace(s.charAt(i + 1)))) {
                starts.add(i + 1);
            }
        }
        int[] out = new int[starts.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = starts.get(i);
        }
        return out;
    }

    // ---- parties ------------------------------------------------------------------------------------------

    private List<PartyMention> resolveParties() {
        List<Hit> candidates = new ArrayList<>();
        candidates.addAll(hits(Signal.PARTY));
        candidates.addAll(hits(Signal.PARTY_WEAK_A));
        candidates.addAll(hits(Signal.PARTY_WEAK_B));
        if (candidates.isEmpty()) {
            return List.of();
        }
        // Leftmost-longest: "Labour Party" wins over "Labour" inside it.
        candidates.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start())
                : Integer.compare(b.end(), a.end()));
        List<PartyMention> out = new ArrayList<>();
        int taken = -1;
        for (Hit h : candidates) {
            if (h.start() < taken) {
                continue;
            }
            if (isParty(h)) {
                out.add(new PartyMention(h.start(), h.end(), h.label()));
                taken = h.end();
            }
        }
        return out;
    }

    private boolean isParty(Hit h) {
        if (h.signal() == Signal.PARTY) {
            return !afterHonorific(h.start());
        }
        if (!capitalised(h.start()) || afterHonorific(h.start())) {
            return false;
        }
        String word = text.text().substring(h.start(), h.end());
        String after = wordAfter(h.end());
        String before = wordBefore(h.start());
        if (NOT_PARTY_AFTER.contains(after) || NOT_PARTY_BEFORE.contains(before)) {
            return false;
        }
        if (PARTY_HEAD.contains(after)) {
            int afterStart = wordAfterStart(h.end());
            if (!"of".equals(wordAfter(afterStart + after.length()))) {
                return true; // "Labour group", but not "Independent Group of Schools"
            }
        }
        if (CHOOSING.contains(before)) {
            return true;
        }
        boolean cue = hasCueNear(h);
        if (h.signal() == Signal.PARTY_WEAK_A) {
            return !sentenceInitial(h.start()) || cue || possessive(h.end()) || PARTY_VERB.contains(after);
        }
        // Weak B: only collective forms ("the Greens") without a head word, and never as part of a name.
        if (!COLLECTIVE.contains(word)) {
            return false;
        }
        if ("the".equals(before) && !NOT_PARTY_AFTER.contains(after)) {
            return true; // "the Greens", "the Independents": collective and capitalised
        }
        boolean partOfName = !sentenceInitial(h.start()) && !before.isEmpty()
                && capitalised(wordBeforeStart(h.start(), 1)) && !"the".equals(before);
        return cue && (!partOfName || word.equals("greens"));
    }

    /** Whether "'s" follows: "Labour's plan" is the party's. */
    private boolean possessive(int end) {
        String t = text.text();
        return end + 1 < t.length() && (t.charAt(end) == '\'' || t.charAt(end) == '\u2019') && t.charAt(end + 1) == 's'
                && (end + 2 == t.length() || !Character.isLetterOrDigit(t.charAt(end + 2)));
    }

    private boolean hasCueNear(Hit party) {
        for (Hit c : hits(Signal.POLITICAL_CUE)) {
            if (c.start() >= party.start() && c.end() <= party.end()) {
                continue;
            }
            // A councillor title next to a surname is not a cue: "Cllr Jo Green".
            if (near(party.start(), party.end(), c.start(), c.end(), CUE_WINDOW)) {
                return true;
            }
        }
        return false;
    }

    private boolean afterHonorific(int start) {
        String b1 = wordBefore(start, 1);
        if (HONORIFICS.contains(b1)) {
            return true;
        }
        if (!b1.isEmpty() && capitalised(wordBeforeStart(start, 1))) {
            return HONORIFICS.contains(wordBefore(start, 2));
        }
        return false;
    }

    // ---- political content --------------------------------------------------------------------------------

    private List<Hit> campaigning() {
        List<Hit> out = new ArrayList<>(hits(Signal.CAMPAIGN));
        for (Hit head : hits(Signal.CAMPAIGN_HEAD)) {
            if (campaignsFor(head)) {
                out.add(head);
            }
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        // Drop hits inside a longer campaigning hit ("vote for" inside "a vote for").
        List<Hit> kept = new ArrayList<>();
        for (Hit h : out) {
            if (kept.isEmpty() || h.start() >= kept.get(kept.size() - 1).end()) {
                kept.add(h);
            } else if (h.end() > kept.get(kept.size() - 1).end()) {
                kept.set(kept.size() - 1, new Hit(Signal.CAMPAIGN, kept.get(kept.size() - 1).start(), h.end(),
                        kept.get(kept.size() - 1).label()));
            }
        }
        return kept;
    }

    /** "vote", "back", "support"… followed by a party, a councillor or a capitalised full name. */
    private boolean campaignsFor(Hit head) {
        int at = head.end();
        String next = wordAfter(at);
        if (next.equals("the") || next.equals("our")) {
            int s = wordAfterStart(at);
            at = s + next.length();
            next = wordAfter(at);
        }
        int nextStart = wordAfterStart(at);
        if (nextStart < 0) {
            return false;
        }
        for (PartyMention p : parties) {
            if (p.start() == nextStart) {
                return true;
            }
        }
        String label = head.label();
        boolean voteLike = label.startsWith("vote") || label.equals("elect") || label.startsWith("put your");
        if (voteLike && (next.equals("cllr") || next.equals("councillor"))) {
            return true;
        }
        if (voteLike && label.contains("for") || label.equals("elect") || label.startsWith("put your")) {
            // "Vote for Jane Smith": two capitalised words.
            String second = wordAfter(nextStart + next.length());
            int secondStart = wordAfterStart(nextStart + next.length());
            return capitalised(nextStart) && secondStart >= 0 && capitalised(secondStart) && second.length() > 1;
        }
        return false;
    }

    private List<Judgement> praiseOrBlame() {
        List<Judgement> out = new ArrayList<>();
        judge(out, Signal.PRAISE, true, false);
        judge(out, Signal.PRAISE_STRONG, false, false);
        judge(out, Signal.BLAME, false, false);
        judge(out, Signal.BLAME_WEAK, false, true);
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    private void judge(List<Judgement> out, Signal marker, boolean partiesOnly, boolean weak) {
        for (Hit m : hits(marker)) {
            PartyMention party = nearestParty(m.start(), m.end());
            if (party != null) {
                out.add(new Judgement(party.party(), Math.min(party.start(), m.start()), Math.max(party.end(), m.end()),
                        m.label(), !weak));
                continue;
            }
            if (partiesOnly) {
                continue;
            }
            Hit actor = nearest(Signal.ACTOR, m.start(), m.end(), JUDGEMENT_WINDOW);
            if (actor == null) {
                continue;
            }
            if (marker == Signal.PRAISE_STRONG && hasNear(Signal.FUNDING, m.start(), m.end(), JUDGEMENT_WINDOW)) {
                continue; // "delivered by government funding" acknowledges a grant
            }
            out.add(new Judgement(actor.label(), Math.min(actor.start(), m.start()), Math.max(actor.end(), m.end()),
                    m.label(), !weak));
        }
    }

    private PartyMention nearestParty(int start, int end) {
        PartyMention best = null;
        int bestGap = Integer.MAX_VALUE;
        for (PartyMention p : parties) {
            int gap = Math.max(start, p.start()) - Math.min(end, p.end());
            if (gap <= JUDGEMENT_WINDOW && gap < bestGap && sentence(start) == sentence(p.start())) {
                best = p;
                bestGap = gap;
            }
        }
        return best;
    }

    private List<Judgement> contestedOpinion() {
        List<Judgement> out = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Hit topic : hits(Signal.CONTESTED)) {
            if (seen.contains(topic.label())) {
                continue;
            }
            Hit op = nearestAnySentence(Signal.OPINION, topic);
            boolean strong = op != null;
            if (op == null) {
                op = nearestAnySentence(Signal.OPINION_WEAK, topic);
            }
            if (op != null) {
                seen.add(topic.label());
                out.add(new Judgement(topic.label(), Math.min(topic.start(), op.start()),
                        Math.max(topic.end(), op.end()), op.label(), strong));
            }
        }
        return out;
    }

    private Hit nearestAnySentence(Signal signal, Hit topic) {
        Hit best = null;
        int bestGap = Integer.MAX_VALUE;
        for (Hit h : hits(signal)) {
            if (h.start() < topic.end() && topic.start() < h.end()) {
                continue; // "protest" inside a topic phrase is not an opinion about it
            }
            int gap = Math.max(topic.start(), h.start()) - Math.min(topic.end(), h.end());
            if (gap <= TOPIC_WINDOW && gap < bestGap) {
                best = h;
                bestGap = gap;
            }
        }
        return best;
    }

    @Override
    public String toString() {
        return "DraftSignals[" + text + ", signals=" + hits.keySet() + "]";
    }
}
