package org.councilpolicy.content.offence;

import static org.councilpolicy.content.offence.CounterSpeech.counterSpeech;
import static org.councilpolicy.content.offence.CounterSpeech.slurs;
import static org.councilpolicy.content.offence.CounterSpeech.speakersOwn;
import static org.councilpolicy.content.offence.GroupReferences.insideRef;
import static org.councilpolicy.content.offence.GroupReferences.withPronouns;
import static org.councilpolicy.content.offence.HatePredicates.hateful;
import static org.councilpolicy.content.offence.HatePredicates.negators;
import static org.councilpolicy.content.offence.HatePredicates.said;

import org.councilpolicy.core.text.WordSections;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.councilpolicy.content.offence.CounterSpeech.Cues;
import org.councilpolicy.content.offence.GroupReferences.Ref;
import org.councilpolicy.content.offence.OffenceLexicons.Group;
import org.councilpolicy.content.offence.OffenceLexicons.Predicate;
import org.councilpolicy.content.offence.OffenceLexicons.Tagged;
import org.councilpolicy.content.offence.OffenceLexicons.WordKey;
import org.councilpolicy.content.offence.WordView.WordMatch;

/**
 * Hate as a composition: a reference to a protected group (a group word, "X people", "the X", or a pronoun after
 * a group earlier in the sentence or in the two sentences before) joined to a predicate class said of it
 * (dehumanisation, a negative attribute, implicit derogation, exclusion, harm, sexual violence, hatred felt, or a
 * negated positive), then filtered by frames: negation, rhetorical questions, quotation and reporting
 * (counter-speech). The word classes come from the data files; this class holds only the grammar. Works over
 * {@link RepairedWords}, so joined words and dropped letters are already repaired. Linear in the words: each
 * predicate looks a bounded number of words back and forward. Group references live in {@link GroupReferences},
 * predicate matching in {@link HatePredicates} and counter-speech in {@link CounterSpeech}; this class joins them.
 */
final class HateComposer {

    /** The frame word lists ({@code hate-frames.txt}), shared by the classes this one joins. */
    static final WordSections FRAMES = WordSections.load(HateComposer.class, "hate-frames.txt");
    /** Words that make a harm near a hazard the speaker's wish rather than a warning ({@code [SPEAKERS_WISHES]}). */
    private static final java.util.Set<String> SPEAKERS_WISHES = FRAMES.get("SPEAKERS_WISHES");
    /** Words that make a harm predicted for a group a warning or a complaint ({@code [WARNINGS]}). */
    private static final java.util.Set<String> WARNINGS = FRAMES.get("WARNINGS");
    /** The copula after a group subject ({@code [BE_FORMS]}): what follows it within a few words is said of the group. */
    private static final java.util.Set<String> BE_AFTER_GROUP = FRAMES.get("BE_FORMS");
    /** Nouns a feeling word qualifies as a compound ({@code [HATE_COMPOUNDS]}): "hate crime", "hate mail". */
    private static final java.util.Set<String> HATE_COMPOUNDS = FRAMES.get("HATE_COMPOUNDS");

    private final GroupReferences references;

    HateComposer(OffenceLexicons lex) {
        this.references = new GroupReferences(lex);
    }

    void detect(RepairedWords rw, List<WordMatch<Tagged>> all, List<Offence> lexical, List<Offence> out) {
        WordView wv = rw.wv;
        List<Ref> refs = references.groups(rw, all);
        boolean[] inRef = new boolean[rw.size()];
        refs.forEach(r -> java.util.Arrays.fill(inRef, r.from(), r.to(), true));
        List<WordMatch<String>> cues = new ArrayList<>();
        List<WordMatch<Predicate>> preds = new ArrayList<>();
        boolean[] negator = null; // read only when a group (or a group's place) is referred to
        for (WordMatch<Tagged> m : all) {
            if (m.payload().key() == WordKey.COUNTER_CUE && !speakersOwn(rw, m)
                    && !(m.from() > 0 && inRef[m.from() - 1] && m.to() - m.from() == 1) // "Xs say ..." is no report
                    && !saidOfGroup(rw, inRef, m.from()) // "Xs are selfish, bigoted and lazy": an attribute, no report
                    && !(rw.words[m.to() - 1].equals("believe") && aimedAtGroup(rw, inRef, m.to()))) { // "I can't believe these Xs, ...": outrage at them
                cues.add(new WordMatch<>(m.from(), m.to(), (String) m.payload().payload()));
            } else if (m.payload().key() == WordKey.PREDICATE && !insideRef(inRef, m.from(), m.to()) && !compound(rw, m)) {
                preds.add(new WordMatch<>(m.from(), m.to(), (Predicate) m.payload().payload()));
            } else if (m.payload().payload() == OffenceLexicons.ThreatPart.HARM && !insideRef(inRef, m.from(), m.to())) {
                preds.add(new WordMatch<>(m.from(), m.to(), Predicate.HARM)); // a threat aimed at a group is hate
            } else if (m.payload().payload() == OffenceLexicons.ThreatPart.OUTCOME && !insideRef(inRef, m.from(), m.to())
                    && HatePredicates.wish(rw, m.from())) {
                preds.add(new WordMatch<>(m.from(), m.to(), Predicate.HARM)); // "we'll see every X ends up in hospital"
            }
        }
        List<Ref> places = null;
        if (refs.isEmpty() && preds.stream().anyMatch(p -> p.payload() == Predicate.HARM)) {
            places = references.places(rw, all); // "burn every mosque": harm aimed at a group's place alone
        }
        if (!refs.isEmpty() || places != null && !places.isEmpty()) {
            negator = negators(rw, all);
            refs.sort(java.util.Comparator.comparingInt(Ref::from));
            refs = withPronouns(rw, refs);
            refs.sort(java.util.Comparator.comparingInt(Ref::from));
            Cues cueIndex = new Cues(cues, rw);
            boolean[] inPredicate = new boolean[rw.size()];
            preds.forEach(p -> java.util.Arrays.fill(inPredicate, p.from(), p.to(), true));
            int posEnd = -1; // a positive phrase covering a shorter negative one: "entitled to" is a right, not "entitled"
            for (WordMatch<Predicate> p : preds) {
                if (p.payload() == Predicate.POS) {
                    posEnd = Math.max(posEnd, p.to());
                } else if (p.to() <= posEnd) {
                    continue;
                }
                Ref r = said(rw, refs, p);
                if (r == null && p.payload() == Predicate.HARM) {
                    places = places != null ? places : references.places(rw, all);
                    r = places.isEmpty() ? null : said(rw, places, p); // "burn the X temple down"
                }
                if (r == null && (p.payload() == Predicate.NEG || p.payload() == Predicate.DEHUM)) {
                    r = HatePredicates.fragment(rw, refs, p, inPredicate);
                }
                if (r == null || !hateful(rw, negator, p) || counterSpeech(rw, cueIndex, r, p)) {
                    continue;
                }
                if (p.payload() == Predicate.HARM && !speakersWish(rw, p.from()) && warning(rw, all, p.from())) {
                    continue; // "Xs are going to get hurt on that ice": a warning of a hazard, not a threat
                }
                int from = Math.min(r.from(), p.from());
                int to = Math.max(r.to(), p.to());
                out.add(new Offence(OffenceKind.HATE, rw.toOriginal(from, to), Strength.STRONGEST,
                        Optional.of(r.group().characteristic()), p.payload().name().toLowerCase(Locale.ROOT),
                        describe(p.payload(), r.group()), false));
            }
        }
        if (!refs.isEmpty()) {
            attributes(rw, refs, inRef, preds, negator, new Cues(cues, rw), out);
            SentenceFrames.find(rw, refs, negator, new Cues(cues, rw), out);
        }
        if (!refs.isEmpty() || anyGroupWord(all)) {
            ImplicitDerogation.find(rw, refs, all, negator != null ? negator : negators(rw, all), new Cues(cues, rw), out);
        }
        BackToCountry.find(rw, cues, out);
        slurs(wv, new Cues(cues, rw), rw, lexical, out);
    }

    /**
     * Round 12: a one-word feeling that qualifies a noun after it ("a hate crime", "hate mail", "hate speech") names
     * what others do, not a feeling of the speaker ({@code [HATE_COMPOUNDS]}).
     */
    private static boolean compound(RepairedWords rw, WordMatch<Tagged> m) {
        return m.payload().payload() == Predicate.EMOTE && m.to() - m.from() == 1 && m.to() < rw.size()
                && HATE_COMPOUNDS.contains(rw.words[m.to()]) && rw.sentence(m.to()) == rw.sentence(m.from());
    }

    private static boolean anyGroupWord(List<WordMatch<Tagged>> all) {
        for (WordMatch<Tagged> m : all) {
            if (m.payload().key() == WordKey.GROUP) {
                return true;
            }
        }
        return false;
    }

    /**
     * Round 11: whether the cue word at {@code at} ("bigoted", "racist") is itself said of a group, in the list after
     * "Xs are" within six words of the same sentence: then it is one more attribute, not a condemnation of hate.
     */
    private static boolean saidOfGroup(RepairedWords rw, boolean[] inRef, int at) {
        for (int i = at - 1; i >= Math.max(1, at - 6) && rw.sentence(i) == rw.sentence(at); i--) {
            if (BE_AFTER_GROUP.contains(rw.words[i]) && inRef[i - 1]) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a group reference follows a cue directly (after "these", "those", "the", "some"): "I can't believe these
     * Xs" is outrage at the group, not a report of what someone said of it.
     */
    private static boolean aimedAtGroup(RepairedWords rw, boolean[] inRef, int at) {
        int i = at;
        if (i < rw.size() && (rw.words[i].equals("these") || rw.words[i].equals("those") || rw.words[i].equals("the")
                || rw.words[i].equals("some"))) {
            i++;
        }
        return i < rw.size() && inRef[i] && rw.sentence(i) == rw.sentence(Math.max(0, at - 1));
    }

    /** Negative attributes from the sentiment lexicon said of a group ({@link ValenceAttributes}). */
    private static void attributes(RepairedWords rw, List<Ref> refs, boolean[] inRef, List<WordMatch<Predicate>> preds,
            boolean[] negator, Cues cues, List<Offence> out) {
        boolean[] covered = inRef.clone();
        preds.forEach(p -> java.util.Arrays.fill(covered, p.from(), p.to(), true));
        List<java.util.Map.Entry<WordMatch<Predicate>, Ref>> found = new ArrayList<>();
        ValenceAttributes.STANDARD.find(rw, refs, covered, found);
        for (var e : found) {
            WordMatch<Predicate> p = e.getKey();
            Ref r = e.getValue();
            if (hateful(rw, negator, p) && !counterSpeech(rw, cues, r, p)) {
                out.add(new Offence(OffenceKind.HATE, rw.toOriginal(Math.min(r.from(), p.from()),
                        Math.max(r.to(), p.to())), Strength.STRONGEST, Optional.of(r.group().characteristic()),
                        "attribute", describe(p.payload(), r.group()), false));
            }
        }
    }

    /**
     * A threat the threat composer found (from index {@code from} of {@code out}) in a sentence that names a protected
     * group ("if I see a X near my house he'll need an ambulance") is also hate against that group, unless the
     * sentence reports or quotes it (counter-speech). Cheap: runs only when a threat was found.
     */
    void threatsAgainstGroups(RepairedWords rw, List<WordMatch<Tagged>> all, List<Offence> out, int from) {
        if (out.size() == from) {
            return;
        }
        List<Ref> refs = references.groups(rw, all);
        refs.addAll(references.places(rw, all)); // "smash up the X site tonight"
        if (refs.isEmpty()) {
            return;
        }
        WordView wv = rw.wv;
        java.util.Map<Integer, Ref> bySentence = new java.util.HashMap<>();
        for (Ref r : refs) {
            int at = wv.wordAtOriginal(rw.toOriginal(r.from(), r.from() + 1));
            if (at >= 0 && !rw.quoted(r.from())) {
                bySentence.putIfAbsent(wv.sentence[at], r);
            }
        }
        java.util.Set<Integer> countered = new java.util.HashSet<>();
        for (WordMatch<Tagged> m : all) {
            if (m.payload().key() == WordKey.COUNTER_CUE) {
                int at = wv.wordAtOriginal(rw.toOriginal(m.from(), m.from() + 1));
                if (at >= 0) {
                    countered.add(wv.sentence[at]);
                }
            }
        }
        int end = out.size();
        for (int i = from; i < end; i++) {
            Offence o = out.get(i);
            if (o.kind() != OffenceKind.THREAT) {
                continue;
            }
            int at = wv.wordAtOriginal(o.span());
            Ref r = at < 0 ? null : bySentence.get(wv.sentence[at]);
            if (r == null && at >= 0 && aimedBack(wv, at)) { // "Listen up, Xs. I will hurt you."
                r = bySentence.containsKey(wv.sentence[at] - 1) ? bySentence.get(wv.sentence[at] - 1)
                        : bySentence.get(wv.sentence[at] - 2);
            }
            if (r != null && !countered.contains(wv.sentence[at])) {
                out.add(new Offence(OffenceKind.HATE, o.span(), Strength.STRONGEST,
                        Optional.of(r.group().characteristic()), "harm", describe(Predicate.HARM, r.group()), false));
                bySentence.remove(wv.sentence[at]);
            }
        }
    }

    /**
     * Whether the sentence of the word at {@code at} names a hazard ("the icy path", "potholes") or a failing protector
     * ("unless", "the council", "the police"). Read only for a harm already found, so no cost per word.
     */
    private static boolean warning(RepairedWords rw, List<WordMatch<Tagged>> all, int at) {
        int s = rw.sentence(at);
        for (WordMatch<Tagged> m : all) {
            if (m.payload().payload() == OffenceLexicons.ThreatPart.HAZARD && rw.sentence(m.from()) == s) {
                return true;
            }
        }
        int from = at;
        while (from > 0 && rw.sentence(from - 1) == s) {
            from--;
        }
        for (int i = from; i < rw.size() && rw.sentence(i) == s; i++) {
            if (WARNINGS.contains(rw.words[i])) {
                return true;
            }
        }
        return false;
    }

    /** Before a harm in its sentence, the speaker's own wish or a call ("I'll", "we", "should", "hope"). */
    private static boolean speakersWish(RepairedWords rw, int at) {
        for (int i = at - 1; i >= Math.max(0, at - 12) && rw.sentence(i) == rw.sentence(at); i--) {
            if (SPEAKERS_WISHES.contains(rw.words[i])) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the threat's sentence points back with a pronoun ("them", "you", "their"): then a group named in the one
     * or two sentences before it is its target.
     */
    private static boolean aimedBack(WordView wv, int at) {
        int s = wv.sentence[at];
        for (int i = at; i >= 0 && wv.sentence[i] == s; i--) {
            if (i < at - 12) {
                break;
            }
            if (GroupReferences.PRONOUNS.contains(wv.words[i]) || GroupReferences.SECOND_PERSON.contains(wv.words[i])) {
                return true;
            }
        }
        for (int i = at + 1; i < wv.size() && i <= at + 8 && wv.sentence[i] == s; i++) {
            if (GroupReferences.PRONOUNS.contains(wv.words[i]) || GroupReferences.SECOND_PERSON.contains(wv.words[i])) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Predicate p, Group g) {
        String who = "people for their " + characteristic(Optional.of(g.characteristic()));
        return switch (p) {
            case NEG -> "a derogatory statement about " + who;
            case DEHUM -> "a dehumanising comparison of " + who;
            case IMPL -> "a demeaning stereotype of " + who;
            case EXCL -> "a call to exclude " + who;
            case HARM -> "a call for or threat of harm to " + who;
            case SEXVIOL -> "a call for sexual violence against " + who;
            case EMOTE -> "an expression of hatred for " + who;
            case POS -> "a denial of the worth or rights of " + who;
        };
    }

    static String characteristic(Optional<ProtectedCharacteristic> pc) {
        return pc.map(c -> c.name().toLowerCase(Locale.ROOT).replace('_', ' ')).orElse("identity");
    }
}
