package org.councilpolicy.content.offence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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
        for (int n = 0; names != null && n < names.size(); n++) {
            Span name = names.get(n);
            int at = wv.wordAtOriginal(new Span(name.start(), name.start() + 1));
            if (at < 0) {
                continue;
            }
            for (WordMatch<String> w : words) {
                // A weaker reference ("Emma from the library") needs blame, not only a part in an incident.
                // ... and is no victim of it: "the lady who runs the cafe was burgled" names nobody in blame
                if (wv.sentence[w.from()] == wv.sentence[at] && (n < full || !VICTIM_WORDS.contains(w.payload())
                        && !suffered(wv, w.from()))) {
                    out.add(new IncidentMention(name, w.payload()));
                    break;
                }
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

    /** The private persons of a text: the finder's names, then the natural references that do not overlap them. */
    private static List<Span> privatePersons(PersonMentions.Lazy people) {
        List<Span> names = new ArrayList<>();
        for (PersonMentions.Mention m : people.get()) {
            if (!m.official()) {
                names.add(m.span());
            }
        }
        for (Span s : people.references()) {
            if (names.stream().noneMatch(s::overlaps) && !IncidentPeople.councilWorker(people.text(), s)) {
                names.add(s);
            }
        }
        return names;
    }
}
