package org.councilpolicy.content.offence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.councilpolicy.content.offence.OffenceLexicons.CriticismKind;
import org.councilpolicy.content.offence.WordView.WordMatch;
import org.councilpolicy.core.analysis.AnalysisKey;
import org.councilpolicy.core.analysis.TextAnalysis;
import org.councilpolicy.core.rule.Span;
import org.councilpolicy.core.text.NormalisationOptions;
import org.councilpolicy.core.text.NormalisedText;
import org.councilpolicy.core.text.Token;
import org.councilpolicy.core.text.Tokenizer;

/**
 * The one offence detector shared by comment moderation ({@code moderation.*} rules, MD-1..MD-7) and the draft
 * rule {@code conduct.offensive-language} (CO-1): profanity and slurs robust to evasion, hate against protected
 * characteristics, threats, harassment, abuse of a person, defamation signals, and names placed in an incident.
 *
 * <p>Immutable and thread-safe; the lexicons (see the README beside the data files for sources and licences)
 * are read once. Analysis is linear in the text.
 *
 * <pre>{@code
 * OffenceAnalysis a = OffenceDetector.standard().analyse("You absolute f*cking idiot");
 * a.profanity(false);                 // the masked "fucking"
 * a.offences(OffenceKind.ABUSE);      // "idiot", aimed at the person addressed
 * }</pre>
 */
public final class OffenceDetector {

    private static final OffenceDetector STANDARD = new OffenceDetector(OffenceLexicons.get());

    /**
     * The standard detector's analysis of a text, computed once per subject from the text's own lexical view
     * and shared by every rule reading the same text (the draft rule and the comment rules alike).
     */
    public static final AnalysisKey<OffenceAnalysis> ANALYSIS = AnalysisKey.of("offence.analysis",
            a -> STANDARD.analyse(a.normalised(), a));

    /**
     * Incident words that make a person a victim or a helper, not someone blamed, and nuisance topics a resident may
     * raise with a named officer ("Dave from environmental health said the noise..."): with a weaker reference than a
     * full name they blame nobody.
     */
    private static final java.util.Set<String> VICTIM_WORDS = java.util.Set.of("rescued", "injured", "died", "dead",
            "drowned", "ambulance", "hospitalised", "accident", "police", "collision", "crash", "overdose",
            "overdosed", "noise", "noisy", "nuisance", "fighting", "barking", "loud music", "motorbikes", "quad bikes",
            "quad bike", "blocking the", "blocks the", "blocked the", "fault", "blame", "blamed");

    /** Auxiliaries before an incident word that make its subject the one it happened to ("was burgled"). */
    private static final java.util.Set<String> SUFFERED = java.util.Set.of("was", "were", "got", "been", "being",
            "get", "gets");

    private final OffenceLexicons lex;
    private final ProfanityMatcher profanity;
    private final PhraseDetectors phrases;
    private final Identifications identifications = new Identifications();

    private OffenceDetector(OffenceLexicons lex) {
        this.lex = lex;
        this.profanity = new ProfanityMatcher(lex);
        this.phrases = new PhraseDetectors(lex);
    }

    /** {@return the detector with the built-in lexicons, shared: it is immutable and thread-safe} */
    public static OffenceDetector standard() {
        return STANDARD;
    }

    /**
     * Analyses one text.
     *
     * @param text any text from the public or a draft; may be empty
     * @return what was found, with spans into {@code text}
     */
    public OffenceAnalysis analyse(String text) {
        Objects.requireNonNull(text, "text");
        return analyse(NormalisedText.of(text, NormalisationOptions.LEETSPEAK));
    }

    /**
     * Analyses a text already normalised, e.g. a draft's shared normalised view, without normalising it again.
     *
     * @param normalised the text normalised with {@link NormalisationOptions#DEFAULT} or {@link
     *                   NormalisationOptions#LEETSPEAK}
     * @return what was found, with spans into {@code normalised.original()}
     * @throws IllegalArgumentException when {@code normalised} was normalised with other options
     */
    public OffenceAnalysis analyse(NormalisedText normalised) {
        Objects.requireNonNull(normalised, "normalised");
        return analyse(normalised, null);
    }

    /** As {@link #analyse(NormalisedText)}; the names are read from {@code analysis} (of the same text) when given. */
    private OffenceAnalysis analyse(NormalisedText normalised, TextAnalysis analysis) {
        NormalisedText nt = normalised.withLeetspeak();
        if (!nt.options().equals(NormalisationOptions.LEETSPEAK)) {
            throw new IllegalArgumentException("text was normalised with " + normalised.options()
                    + "; expected the default options");
        }
        String text = nt.original();
        List<Token> tokens = Tokenizer.words(nt.text()); // one word split, read by the profanity and phrase passes
        EvasionView plain = EvasionView.plain(nt);
        List<Offence> out = new ArrayList<>(profanity.find(nt, plain, EvasionView.joined(nt, plain), tokens));
        WordView wv = new WordView(nt, lex, tokens);
        PersonMentions.Lazy people = new PersonMentions.Lazy(text, analysis);
        List<Offence> lexical = List.copyOf(out);
        phrases.detect(wv, lexical, people, text, out);
        out.sort(Comparator.comparingInt((Offence o) -> o.span().start()).thenComparing(Offence::kind));
        List<IncidentMention> incidents = incidents(wv, people);
        boolean criticism = false;
        boolean misinformation = false;
        for (WordMatch<CriticismKind> m : wv.<CriticismKind>select(lex, OffenceLexicons.WordKey.CRITICISM)) {
            criticism |= m.payload() == CriticismKind.CRITICISM;
            misinformation |= m.payload() == CriticismKind.MISINFORMATION;
        }
        return new OffenceAnalysis(nt, out, incidents, criticism, misinformation);
    }

    /**
     * Whether a text names a group with a protected characteristic or uses a slur against one: a word of the
     * group lexicon ({@code hate-groups.tsv}) or a slur ({@code slurs.tsv}), after normalisation. Used to decide
     * which hate is aimed at a protected characteristic, e.g. when scoring labelled corpora.
     *
     * @param text any text
     * @return whether a protected group or a slur occurs in it
     */
    public boolean protectedGroupMentioned(String text) {
        Objects.requireNonNull(text, "text");
        NormalisedText nt = NormalisedText.of(text, NormalisationOptions.LEETSPEAK);
        if (!lex.groups.findAll(NormalisedText.of(nt.text(), NormalisationOptions.MINIMAL)).isEmpty()) {
            return true;
        }
        return analyse(nt).offences().stream()
                .anyMatch(o -> o.kind() == OffenceKind.SLUR || o.kind() == OffenceKind.QUOTED_SLUR);
    }

    private List<IncidentMention> incidents(WordView wv, PersonMentions.Lazy people) {
        List<WordMatch<String>> words = wv.<String>select(lex, OffenceLexicons.WordKey.INCIDENT);
        List<IncidentMention> out = new ArrayList<>();
        List<Span> names = words.isEmpty() ? null : privatePersons(people);
        // the finder's names come first in the list; the natural references after them are weaker
        int full = names == null ? 0 : (int) people.get().stream().filter(m -> !m.official()).count();
        // Per sentence, the first incident word and the first that blames (not a victim's or helper's word): each
        // name then reads its sentence's answer, so many names and incident words in one text stay linear.
        Map<Integer, int[]> firstBySentence = names == null ? Map.of() : firstIncidents(wv, words);
        for (int n = 0; names != null && n < names.size(); n++) {
            Span name = names.get(n);
            int at = wv.wordAtOriginal(new Span(name.start(), name.start() + 1));
            if (at < 0) {
                continue;
            }
            int[] first = firstBySentence.get(wv.sentence[at]);
            // A weaker reference ("Emma from the library") needs blame, not only a part in an incident.
            int w = first == null ? -1 : n < full ? first[0] : first[1];
            if (w >= 0) {
                out.add(new IncidentMention(name, words.get(w).payload()));
            }
        }
        // "that's Jordan from the Spar": the frame is the accusation; names are found only if a frame needs them
        identifications.find(wv, names != null ? () -> names : () -> privatePersons(people), !words.isEmpty(), out);
        out.sort(Comparator.comparingInt((IncidentMention m) -> m.name().start()));
        return out;
    }

    /**
     * An incident word in the passive with no agent after it: "was burgled", "got attacked" (not "has been selling",
     * active, nor "was dumped by Baz", whose agent is named).
     */
    private static boolean suffered(WordView wv, int at) {
        if (at == 0 || !SUFFERED.contains(wv.words[at - 1]) || wv.words[at].endsWith("ing")) {
            return false;
        }
        for (int k = at + 1; k < Math.min(wv.size(), at + 4) && wv.sentence[k] == wv.sentence[at]; k++) {
            if (wv.words[k].equals("by")) {
                return false;
            }
        }
        return true;
    }

    /**
     * For each sentence with an incident word, the index in {@code words} of its first one and of its first that
     * blames: not a victim's or helper's word, nor suffered ("the lady who runs the cafe was burgled" names nobody in
     * blame); -1 when none does.
     */
    private static Map<Integer, int[]> firstIncidents(WordView wv, List<WordMatch<String>> words) {
        Map<Integer, int[]> first = new HashMap<>();
        for (int i = 0; i < words.size(); i++) {
            WordMatch<String> w = words.get(i);
            int[] f = first.computeIfAbsent(wv.sentence[w.from()], k -> new int[] {-1, -1});
            if (f[0] < 0) {
                f[0] = i;
            }
            if (f[1] < 0 && !VICTIM_WORDS.contains(w.payload()) && !suffered(wv, w.from())) {
                f[1] = i;
            }
        }
        return first;
    }

    /**
     * The private persons of a text: the finder's names, then the natural references that overlap neither them nor
     * a reference taken before. Linear after a sort: the references come in text order, the finder's names are
     * looked up by binary search.
     */
    private static List<Span> privatePersons(PersonMentions.Lazy people) {
        List<Span> names = new ArrayList<>();
        for (PersonMentions.Mention m : people.get()) {
            if (!m.official()) {
                names.add(m.span());
            }
        }
        List<Span> references = people.references();
        if (references.isEmpty()) {
            return names;
        }
        List<Span> found = new ArrayList<>(names);
        found.sort(Comparator.comparingInt(Span::start));
        int[] maxEnd = new int[found.size()]; // the furthest end of found[0..i]
        for (int i = 0; i < found.size(); i++) {
            maxEnd[i] = Math.max(found.get(i).end(), i > 0 ? maxEnd[i - 1] : Integer.MIN_VALUE);
        }
        int takenEnd = Integer.MIN_VALUE; // the furthest end of the references taken, all starting at or before s
        int lastStart = Integer.MIN_VALUE;
        int firstTaken = names.size();
        for (Span s : references) {
            boolean overlapsTaken = s.start() >= lastStart ? takenEnd > s.start()
                    : names.subList(firstTaken, names.size()).stream().anyMatch(s::overlaps); // out of order: rare
            lastStart = Math.max(lastStart, s.start());
            if (!overlapsTaken && !overlapsAny(found, maxEnd, s) && !IncidentPeople.councilWorker(people.text(), s)) {
                names.add(s);
                takenEnd = Math.max(takenEnd, s.end());
            }
        }
        return names;
    }

    /** Whether {@code s} overlaps a span of {@code sorted} (by start), whose running furthest ends are {@code maxEnd}. */
    private static boolean overlapsAny(List<Span> sorted, int[] maxEnd, Span s) {
        int lo = 0;
        int hi = sorted.size() - 1;
        int last = -1; // the last span starting before s ends
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted.get(mid).start() < s.end()) {
                last = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return last >= 0 && maxEnd[last] > s.start();
    }
}
