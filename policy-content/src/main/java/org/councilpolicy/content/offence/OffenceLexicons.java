package org.councilpolicy.content.offence;

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
import java.util.Map;
import java.util.Set;
import org.councilpolicy.core.text.Lexicon;
import org.councilpolicy.core.text.NormalisationOptions;
import org.councilpolicy.core.text.WordMap;
import org.councilpolicy.core.text.WordSet;

/**
 * The offence data files (see the README beside them), read once and compiled into matchers. Immutable and
 * thread-safe.
 */
final class OffenceLexicons {

    /** A profanity or slur term with its skeleton (see {@link EvasionView}). */
    record Term(String term, OffenceKind kind, Strength strength, boolean embed, boolean proper, String benignKey,
                ProtectedCharacteristic characteristic, String skeleton, int[] runs) {

        boolean singleWord() {
            return skeleton.indexOf(' ') < 0;
        }
    }

    /** A word naming a group with a protected characteristic. */
    record Group(String term, ProtectedCharacteristic characteristic, boolean noun) {
    }

    /** What a hate predicate says (see the README beside the data files). */
    enum Predicate { NEG, DEHUM, IMPL, EXCL, HARM, SEXVIOL, EMOTE, POS }

    /** Grounds a threat phrase supports. */
    enum ThreatKind { THREAT, HARASSMENT }

    /** What a threat phrase does: see threat-predicates.tsv. */
    enum ThreatPart { HARM, OUTCOME, VEILED, FIRE, IDIOM, HAZARD, BALLOT, MARK, LOCATE, DELIBERATE, WEAPON, DAMAGE, BODY_PART, INJURY, ENDING, PRECAUTION,
        /** An argument about an official's decision ("and still voted to", "while ours"): see {@link KinFacts}. */ ARGUMENT,
        /** A game or its score after "beat" ("beat them by ten points"): see {@link ThreatFrames#contest}. */ CONTEST,
        /** Composed by HarmCompositions: an injury to an owned body part. */ BODILY_HARM }

    /** Who or what a threat or harassment is aimed at: see threat-targets.tsv. */
    enum TargetKind { PERSON, ELECTED, STAFF, PLACE, FAMILY, PROPERTY }

    /** A harassment phrase's class: see harassment.tsv. */
    enum HarassKind { TRACK, PERSIST, SEXUAL, BODY }

    /** Criticism or misinformation cue. */
    enum CriticismKind { CRITICISM, MISINFORMATION }

    /** Which word-view list a phrase belongs to; all are matched in one pass over the words. */
    enum WordKey { GROUP, PREDICATE, COUNTER_CUE, THREAT, INSULT, ALLEGATION, INCIDENT, CRITICISM, NEUTRALISER,
        THREAT_PART, TARGET, HARASS }

    /** A phrase's list and payload in the combined word lexicon. */
    record Tagged(WordKey key, Object payload) {
    }

    /** Phrases that cancel a negation ("nothing but", "can't help"). */
    private static final List<String> NEUTRALISERS = List.of("nothing but", "can't help", "cannot help",
            "cant help", "not only", "no doubt", "no wonder", "this not", "it not", "not just", "no matter", "if not",
            "can't stop", "cannot stop", "cant stop", "no one else", "nobody else",
            // rhetorical openers: "isn't it obvious that Xs are ...", "don't you think Xs ..."
            "isn't it", "isnt it", "is it not", "don't you think", "dont you think", "wouldn't you say",
            "wouldnt you say", "wouldn't you agree", "don't you agree", "dont you agree", "don't we all know",
            "doesn't everyone know", "can't we all agree", "aren't we all",
            // refusals: the negation is the exclusion itself ("I'd never let a X near my kids")
            "never let", "wouldn't let", "wouldnt let", "won't let", "wont let", "never trust", "wouldn't trust",
            "never hire", "wouldn't hire", "never rent", "wouldn't rent", "never eat", "wouldn't eat",
            "wouldn't know", "wouldnt know", "nothing makes", "nothing gets");

    private static final String BASE = "/org/councilpolicy/content/offence/";

    final List<Term> terms;
    /** Term skeletons, matched anywhere (boundaries are checked by the caller). */
    final Lexicon<Term> skeletons;
    /** Which terms could match across a join of the joined evasion view. */
    final JoinSeams joinSeams;
    /** Single-word non-mild terms by skeleton length and first letter, for masked words. */
    final Map<String, List<Term>> byShape;
    /** One-typo spellings (adjacent swap, dropped vowel) of longer strong terms. */
    final Map<String, Term> typos;
    final Lexicon<String> allow;
    /** Great Britain place names with a rude-looking string (the gazetteer). */
    final PlaceNames places;
    final Lexicon<String> homonymContexts;

    final Lexicon<Group> groups;
    /** The single words of {@link #groups}. */
    final Set<String> groupWords;
    final Set<String> personNouns;
    /** Job titles and their plurals: "the receptionist is a moron" is a person ({@code worker-nouns.txt}). */
    final Set<String> workerNouns = lines("worker-nouns.txt").stream()
            .flatMap(w -> java.util.stream.Stream.of(w, w.endsWith("s") ? w : w + "s"))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    final Lexicon<Predicate> predicates;
    /** Long predicates matched inside words ("sosickening"). */
    final Lexicon<Predicate> gluedPredicates;
    final Lexicon<String> counterCues;
    final Lexicon<ThreatKind> threats;
    final Lexicon<String> insults;
    final Lexicon<String> allegations;
    final Lexicon<String> incidentWords;
    final Lexicon<CriticismKind> criticismCues;
    /** Typo spelling → word, for the vocabulary of the word view (groups, predicates, person nouns). */
    final Map<String, String> wordTypos;
    /** Single words of the word view's vocabulary. */
    final Set<String> vocabulary;
    /** The words of multi-word predicates ("sick in the head"): parts a joined word may split into. */
    final Set<String> phraseWords;
    /** A vocabulary word with one interior letter dropped → the word (see {@link RepairedWords}). */
    final Map<String, String> droppedLetters;
    /** Everyday words one typo from, or splitting into, vocabulary words: never corrected (ordinary-words.txt). */
    final Set<String> ordinaryWords;
    /** Vocabulary words of 4+ letters matched inside longer words: which words may be joined ("hatekurds"). */
    final Lexicon<String> innerVocabulary;
    final RepairIndex repairs; // what RepairedWords would build strings per word to look up, computed once
    /** Single words naming an elected member ("cllr", "mp"): insults aimed at them go to review, not deletion. */
    final Set<String> electedWords;
    /** Every word-view list in one automaton (one pass per text). */
    final Lexicon<Tagged> wordLexicon;

    private static final OffenceLexicons INSTANCE = new OffenceLexicons();

    static OffenceLexicons get() {
        return INSTANCE;
    }

    private OffenceLexicons() {
        List<Term> termList = new ArrayList<>();
        for (String[] f : rows("profanity.tsv", 5)) {
            termList.add(term(f[0], OffenceKind.PROFANITY, Strength.valueOf(f[2]), f[3], null));
        }
        for (String[] f : rows("slurs.tsv", 5)) {
            termList.add(term(f[0], OffenceKind.SLUR, Strength.valueOf(f[2]), f[3], ProtectedCharacteristic.valueOf(f[1])));
        }
        this.terms = List.copyOf(termList);
        Lexicon.Builder<Term> sk = Lexicon.<Term>builder().wholeWords(false).normalisation(NormalisationOptions.MINIMAL);
        Map<String, List<Term>> shape = new HashMap<>();
        for (Term t : terms) {
            sk.add(t.skeleton(), t);
            if (t.strength() != Strength.MILD && t.singleWord()) {
                shape.computeIfAbsent(shapeKey(t.skeleton().length(), t.skeleton().charAt(0)), k -> new ArrayList<>()).add(t);
            }
        }
        shape.values().forEach(l -> l.sort((a, b) -> b.strength().compareTo(a.strength())));
        this.skeletons = sk.build();
        this.joinSeams = new JoinSeams(terms.stream().map(Term::skeleton).toList());
        this.byShape = Map.copyOf(shape);
        this.allow = phrases("allow.txt", NormalisationOptions.LEETSPEAK);
        Set<String> allowWords = new HashSet<>(lines("allow.txt"));

        this.typos = WordMap.copyOf(typos(terms, allowWords));
        this.places = new PlaceNames(terms, typos.keySet());

        Lexicon.Builder<String> ctx = Lexicon.<String>builder().normalisation(NormalisationOptions.LEETSPEAK);
        for (String[] f : rows("homonyms.tsv", 2)) {
            for (String c : f[1].split("\\|")) {
                if (!c.isBlank()) {
                    ctx.add(c.strip(), f[0]);
                }
            }
        }
        this.homonymContexts = ctx.build();

        Lexicon.Builder<Tagged> all = words();
        Lexicon.Builder<Group> g = words();
        Set<String> vocabulary = new HashSet<>();
        for (String[] f : rows("hate-groups.tsv", 3)) {
            Group group = new Group(f[0], ProtectedCharacteristic.valueOf(f[1]), f[2].equals("NOUN"));
            g.add(f[0], group);
            all.add(f[0], new Tagged(WordKey.GROUP, group));
            vocabulary.add(f[0]);
        }
        for (String[] f : rows("demonyms.tsv", 3)) { // nationalities: groups, not typo vocabulary
            Group group = new Group(f[0], ProtectedCharacteristic.valueOf(f[1]), f[2].equals("NOUN"));
            g.add(f[0], group);
            all.add(f[0], new Tagged(WordKey.GROUP, group));
        }
        this.groups = g.build();
        this.groupWords = WordSet.copyOf(vocabulary);
        this.personNouns = WordSet.copyOf(lines("person-nouns.txt"));
        vocabulary.addAll(personNouns);
        Lexicon.Builder<Predicate> pr = words();
        Lexicon.Builder<Predicate> glued = Lexicon.<Predicate>builder().wholeWords(false)
                .normalisation(NormalisationOptions.MINIMAL);
        Set<String> phrases = new HashSet<>();
        for (String[] row : rows("hate-predicates.tsv", 2)) {
            Predicate p = Predicate.valueOf(row[1]);
            for (String f : Inflections.expandNoun(row[0], p == Predicate.NEG || p == Predicate.DEHUM)) { // "a liar"
                pr.add(f, p);
                all.add(f, new Tagged(WordKey.PREDICATE, p));
                vocabulary.add(f);
                phrases.addAll(f.indexOf(' ') > 0 ? List.of(f.split(" ")) : List.of());
                if (f.length() >= 7 && f.indexOf(' ') < 0 && p != Predicate.POS) {
                    glued.add(f, p);
                }
            }
        }
        this.predicates = pr.build();
        this.phraseWords = WordSet.copyOf(phrases);
        this.gluedPredicates = glued.build();
        this.counterCues = wordPhrases("counter-cues.txt", all, WordKey.COUNTER_CUE);
        Lexicon.Builder<ThreatKind> th = words();
        for (String[] f : rows("threats.tsv", 2)) {
            th.add(f[0], ThreatKind.valueOf(f[1]));
            all.add(f[0], new Tagged(WordKey.THREAT, ThreatKind.valueOf(f[1])));
        }
        this.threats = th.build();
        this.insults = wordPhrases("insults.txt", all, WordKey.INSULT);
        this.allegations = wordPhrases("allegations.txt", all, WordKey.ALLEGATION);
        this.incidentWords = wordPhrases("incident-words.txt", all, WordKey.INCIDENT);
        Lexicon.Builder<CriticismKind> cr = words();
        for (String[] f : rows("criticism-cues.tsv", 2)) {
            cr.add(f[0], CriticismKind.valueOf(f[1]));
            all.add(f[0], new Tagged(WordKey.CRITICISM, CriticismKind.valueOf(f[1])));
        }
        this.criticismCues = cr.build();
        NEUTRALISERS.forEach(p -> all.add(p, new Tagged(WordKey.NEUTRALISER, p)));
        rows("threat-predicates.tsv", 2).forEach(f -> Inflections.expand(f[0]).forEach(w -> all.add(w,
                new Tagged(WordKey.THREAT_PART, ThreatPart.valueOf(f[1])))));
        Set<String> elected = new HashSet<>();
        for (String[] f : rows("threat-targets.tsv", 2)) {
            Inflections.expand(f[0]).forEach(w -> all.add(w, new Tagged(WordKey.TARGET, TargetKind.valueOf(f[1]))));
            if (f[1].equals("ELECTED") && f[0].indexOf(' ') < 0) {
                elected.add(f[0]);
            }
        }
        this.electedWords = WordSet.copyOf(elected);
        rows("harassment.tsv", 2).forEach(f -> Inflections.expand(f[0]).forEach(w -> all.add(w,
                new Tagged(WordKey.HARASS, HarassKind.valueOf(f[1])))));
        this.wordLexicon = all.build();
        vocabulary.addAll(List.of("killed", "kill", "hatred", "death", "sick", "plague", "cancer", "worth", "suffer",
                "filthy", "dickheads", "disabled", "lives"));
        this.ordinaryWords = WordSet.copyOf(lines("ordinary-words.txt"));
        Map<String, String> typos = wordTypos(vocabulary);
        typos.keySet().removeAll(ordinaryWords);
        this.wordTypos = WordMap.copyOf(typos);
        this.vocabulary = WordSet.copyOf(vocabulary);
        Map<String, String> dropped = RepairedWords.droppedLetters(vocabulary);
        dropped.keySet().removeAll(ordinaryWords);
        this.droppedLetters = WordMap.copyOf(dropped);
        Lexicon.Builder<String> inner = Lexicon.<String>builder().wholeWords(false)
                .normalisation(NormalisationOptions.MINIMAL);
        List<String> innerWords = vocabulary.stream()
                .filter(v -> v.length() >= 4 && v.chars().allMatch(Character::isLetter)).toList();
        innerWords.forEach(v -> inner.add(v, v));
        this.innerVocabulary = inner.build();
        this.repairs = new RepairIndex(groupWords, innerWords, this.vocabulary);
    }

    static String shapeKey(int length, char first) {
        return length + ":" + first;
    }

    private static Term term(String text, OffenceKind kind, Strength strength, String flags, ProtectedCharacteristic pc) {
        boolean embed = false;
        boolean proper = false;
        String benign = null;
        if (!flags.equals("-")) {
            for (String flag : flags.split(",")) {
                if (flag.equals("EMBED")) {
                    embed = true;
                } else if (flag.equals("PROPER")) {
                    proper = true;
                } else if (flag.startsWith("benign=")) {
                    benign = flag.substring("benign=".length());
                } else {
                    throw new IllegalStateException("unknown flag " + flag + " for " + text);
                }
            }
        }
        EvasionView v = EvasionView.ofTerm(text);
        return new Term(text, kind, strength, embed, proper, benign, pc, v.skeleton, v.runs);
    }

    /** Adjacent swaps (terms of 5+ letters) and one dropped vowel (6+ letters) of strong single-word terms. */
    private static Map<String, Term> typos(List<Term> terms, Set<String> allowWords) {
        Set<String> exact = new HashSet<>();
        terms.forEach(t -> exact.add(t.term()));
        Map<String, Term> out = new HashMap<>();
        for (Term t : terms) {
            String w = t.term();
            if (t.strength() == Strength.MILD || t.benignKey() != null || t.proper() || w.length() < 5
                    || !w.chars().allMatch(Character::isLetter)) {
                continue;
            }
            for (String v : variants(w, 6)) {
                if (!exact.contains(v) && !allowWords.contains(v)) {
                    out.putIfAbsent(v, t);
                }
            }
        }
        return out;
    }

    private static Map<String, String> wordTypos(Set<String> vocabulary) {
        Map<String, String> out = new HashMap<>();
        for (String w : vocabulary) {
            if (w.length() < 4 || !w.chars().allMatch(Character::isLetter)) {
                continue;
            }
            for (String v : variants(w, 5)) {
                if (!vocabulary.contains(v)) {
                    out.putIfAbsent(v, w);
                }
            }
        }
        return out;
    }

    /** Adjacent transpositions, and (for words of {@code minForDeletion}+ letters) each single vowel dropped. */
    static List<String> variants(String w, int minForDeletion) {
        List<String> out = new ArrayList<>();
        char[] c = w.toCharArray();
        for (int i = 0; i + 1 < c.length; i++) {
            if (c[i] != c[i + 1]) {
                char[] d = c.clone();
                d[i] = c[i + 1];
                d[i + 1] = c[i];
                out.add(new String(d));
            }
        }
        if (w.length() >= minForDeletion) {
            for (int i = 1; i < c.length; i++) {
                if ("aeiou".indexOf(c[i]) >= 0) {
                    out.add(w.substring(0, i) + w.substring(i + 1));
                }
            }
        }
        return out;
    }

    private static <T> Lexicon.Builder<T> words() {
        return Lexicon.<T>builder().normalisation(NormalisationOptions.MINIMAL);
    }

    private static Lexicon<String> wordPhrases(String file, Lexicon.Builder<Tagged> all, WordKey key) {
        Lexicon.Builder<String> b = words();
        for (String line : lines(file)) {
            for (String l : Inflections.expand(line)) { // "waster|wasters": forms written once a line
                b.add(l, l);
                all.add(l, new Tagged(key, l));
            }
        }
        return b.build();
    }

    private static Lexicon<String> phrases(String file, NormalisationOptions options) {
        Lexicon.Builder<String> b = Lexicon.<String>builder().normalisation(options);
        lines(file).forEach(l -> b.add(l, l));
        return b.build();
    }

    private static List<String[]> rows(String file, int columns) {
        List<String[]> out = new ArrayList<>();
        for (String line : lines(file)) {
            String[] f = line.split("\t");
            if (f.length != columns) {
                throw new IllegalStateException(file + ": expected " + columns + " columns in \"" + line + "\"");
            }
            for (int i = 0; i < f.length; i++) {
                f[i] = f[i].strip();
            }
            out.add(f);
        }
        return out;
    }

    private static List<String> lines(String file) {
        try (InputStream in = OffenceLexicons.class.getResourceAsStream(BASE + file)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + BASE + file);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> out = new ArrayList<>();
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.replace('\u2019', '\'').stripTrailing());
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
