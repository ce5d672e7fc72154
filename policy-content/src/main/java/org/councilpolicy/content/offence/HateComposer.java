package org.councilpolicy.content.offence;

import org.councilpolicy.core.text.WordSections;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
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
 * predicate looks a bounded number of words back and forward.
 */
final class HateComposer {

    private static final WordSections FRAMES = WordSections.load(HateComposer.class, "hate-frames.txt");

    /** Words that may stand between a group (the subject) and what is said of it: "Xs are all just ...". */
    private static final Set<String> LINKS = FRAMES.get("LINKS");
    /** Words that may stand between a verb and its group object: "hang the lot of those Xs". */
    private static final Set<String> OBJECT_LINKS = FRAMES.get("OBJECT_LINKS");
    private static final Set<String> SKIPPED = FRAMES.get("SKIPPED");
    private static final Set<String> PREPOSITIONS = FRAMES.get("PREPOSITIONS");
    /** "Those kinds of X", "most of the X": the group is still the subject. */
    private static final Set<String> QUANTIFIERS = FRAMES.get("QUANTIFIERS");
    private static final Set<String> PRONOUNS = FRAMES.get("PRONOUNS");
    private static final Set<String> NEGATORS = FRAMES.get("NEGATORS");
    /** A wish, call or intention before a one-word harm predicate ("should", "deserve", "I'll"). */
    private static final Set<String> WISHES = FRAMES.get("WISHES");
    private static final Set<String> DETERMINERS = FRAMES.get("DETERMINERS");
    private static final Set<String> ADJ_FOLLOWERS = FRAMES.get("ADJ_FOLLOWERS");

    /** A gerund before the group makes the hatred the topic of the sentence, not the speaker's stance. */
    private static final Set<String> TOPIC_GERUNDS = FRAMES.get("TOPIC_GERUNDS");
    /** Words after a harm that make it a norm the speaker endorses ("... is the right thing", "... is fine"). */
    private static final Set<String> NORMS = FRAMES.get("NORMS");
    private static final Set<String> PERIPHRASIS_HEADS = FRAMES.get("PERIPHRASIS_HEADS");
    private static final Set<String> PERIPHRASIS_LINKS = FRAMES.get("PERIPHRASIS_LINKS");
    private static final Set<String> SAY_VERBS = FRAMES.get("SAY_VERBS");
    private static final Set<String> SPEAKER_BEFORE_SAY = FRAMES.get("SPEAKER_BEFORE_SAY");
    private static final Set<String> KIND_WORDS = FRAMES.get("KIND_WORDS");
    private static final Set<String> KIND_OWNERS = FRAMES.get("KIND_OWNERS");
    private static final Set<String> LIKE_REFS = FRAMES.get("LIKE_REFS");

    /** How many words back negation and wishes reach. */
    private static final int SCOPE = 12;

    private final OffenceLexicons lex;

    HateComposer(OffenceLexicons lex) {
        this.lex = lex;
    }

    /** A reference to a protected group: repaired words {@code [from, to)}. */
    private record Ref(int from, int to, Group group) {
    }

    void detect(RepairedWords rw, List<WordMatch<Tagged>> all, List<Offence> lexical, List<Offence> out) {
        WordView wv = rw.wv;
        List<Ref> refs = groups(rw, all);
        boolean[] inRef = new boolean[rw.size()];
        refs.forEach(r -> java.util.Arrays.fill(inRef, r.from(), r.to(), true));
        List<WordMatch<String>> cues = new ArrayList<>();
        List<WordMatch<Predicate>> preds = new ArrayList<>();
        boolean[] negator = negators(rw, all);
        for (WordMatch<Tagged> m : all) {
            if (m.payload().key() == WordKey.COUNTER_CUE && !speakersOwn(rw, m)) {
                cues.add(new WordMatch<>(m.from(), m.to(), (String) m.payload().payload()));
            } else if (m.payload().key() == WordKey.PREDICATE && !insideRef(inRef, m.from(), m.to())) {
                preds.add(new WordMatch<>(m.from(), m.to(), (Predicate) m.payload().payload()));
            } else if (m.payload().payload() == OffenceLexicons.ThreatPart.HARM && !insideRef(inRef, m.from(), m.to())) {
                preds.add(new WordMatch<>(m.from(), m.to(), Predicate.HARM)); // a threat aimed at a group is hate
            }
        }
        if (!refs.isEmpty()) {
            refs.sort(java.util.Comparator.comparingInt(Ref::from));
            refs = withPronouns(rw, refs);
            refs.sort(java.util.Comparator.comparingInt(Ref::from));
            Cues cueIndex = new Cues(cues, rw);
            for (WordMatch<Predicate> p : preds) {
                Ref r = said(rw, refs, p);
                if (r == null || !hateful(rw, negator, p) || counterSpeech(rw, cueIndex, r, p)) {
                    continue;
                }
                int from = Math.min(r.from(), p.from());
                int to = Math.max(r.to(), p.to());
                out.add(new Offence(OffenceKind.HATE, rw.toOriginal(from, to), Strength.STRONGEST,
                        Optional.of(r.group().characteristic()), p.payload().name().toLowerCase(Locale.ROOT),
                        describe(p.payload(), r.group()), false));
            }
        }
        slurs(wv, new Cues(cues, rw), rw, lexical, out);
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
        List<Ref> refs = groups(rw, all);
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
            if (r != null && !countered.contains(wv.sentence[at])) {
                out.add(new Offence(OffenceKind.HATE, o.span(), Strength.STRONGEST,
                        Optional.of(r.group().characteristic()), "harm", describe(Predicate.HARM, r.group()), false));
                bySentence.remove(wv.sentence[at]);
            }
        }
    }

    /**
     * "I'm entitled to say that ...", "I'll say it: ...": a say-verb whose subject is the speaker endorses what follows;
     * it does not report someone else's words, so it is no counter-speech cue.
     */
    private static boolean speakersOwn(RepairedWords rw, WordMatch<Tagged> m) {
        if (m.to() - m.from() != 1 || !SAY_VERBS.contains(rw.words[m.from()]) || m.from() == 0) {
            return false;
        }
        String before = rw.words[m.from() - 1];
        return SPEAKER_BEFORE_SAY.contains(before)
                || before.equals("to") && m.from() > 1 && SPEAKER_BEFORE_SAY.contains(rw.words[m.from() - 2]);
    }

    private static boolean insideRef(boolean[] inRef, int from, int to) {
        for (int i = from; i < to; i++) {
            if (inRef[i]) {
                return true;
            }
        }
        return false;
    }

    /** Group words that name people: nouns, adjectives before a person noun, after "the", or before a verb. */
    private List<Ref> groups(RepairedWords rw, List<WordMatch<Tagged>> all) {
        List<Ref> out = new ArrayList<>();
        for (WordMatch<Tagged> m : all) {
            if (m.payload().key() != WordKey.GROUP) {
                continue;
            }
            Group g = (Group) m.payload().payload();
            int next = m.to();
            boolean sameClause = next < rw.size() && rw.clause(next) == rw.clause(m.from());
            String after = sameClause ? strip(rw.words[next]) : "";
            int start = periphrasisStart(rw, m.from());
            if (start >= 0) {
                boolean noun = !after.isEmpty() && lex.personNouns.contains(after);
                out.add(new Ref(start, noun ? next + 1 : m.to(), g)); // "people who are deaf", "members of the X community"
            } else if (g.noun() && !after.isEmpty() && lex.personNouns.contains(after)) {
                out.add(new Ref(m.from(), next + 1, g)); // "Roma families", "refugee kids"
            } else if (g.noun()) {
                out.add(new Ref(m.from(), m.to(), g));
            } else if (!after.isEmpty() && lex.personNouns.contains(after)) {
                out.add(new Ref(m.from(), next + 1, g));
            } else if (after.isEmpty() || ADJ_FOLLOWERS.contains(after)) {
                boolean determined = m.from() > 0 && DETERMINERS.contains(rw.words[m.from() - 1]);
                if (determined || after.equals("are") || after.equals("should") || after.equals("make")) {
                    out.add(new Ref(m.from(), m.to(), g));
                }
            }
        }
        return out;
    }

    /**
     * Where "people who are X", "people with X", "those who are X", "anyone who is X", "members of the X" begins, for
     * the group word at {@code at}; -1 when it is not introduced so.
     */
    private static int periphrasisStart(RepairedWords rw, int at) {
        int i = at - 1;
        if (i >= 0 && rw.words[i].equals("the")) {
            i--;
        }
        if (i < 1 || rw.sentence(i) != rw.sentence(at) || !PERIPHRASIS_LINKS.contains(rw.words[i])) {
            return -1;
        }
        if (PERIPHRASIS_HEADS.contains(rw.words[i - 1])) {
            return i - 1;
        }
        if (i >= 2 && rw.words[i - 1].equals("who") && PERIPHRASIS_HEADS.contains(rw.words[i - 2])) {
            return i - 2;
        }
        return -1;
    }

    private static String strip(String w) {
        return w.endsWith("'s") ? w.substring(0, w.length() - 2) : w;
    }

    /** Pronouns ("they", "them") after a group in the same sentence or within the two sentences before. */
    private static List<Ref> withPronouns(RepairedWords rw, List<Ref> refs) {
        List<Ref> out = new ArrayList<>(refs);
        int r = 0;
        Ref last = null;
        for (int i = 0; i < rw.size(); i++) {
            while (r < refs.size() && refs.get(r).to() <= i) {
                last = refs.get(r++);
            }
            if (last == null || rw.sentence(i) - rw.sentence(last.from()) > 2) {
                continue;
            }
            String w = rw.words[i];
            if (PRONOUNS.contains(w)) {
                out.add(new Ref(i, i + 1, last.group()));
            } else if (i > 0 && i > last.to() && KIND_WORDS.contains(w) && KIND_OWNERS.contains(rw.words[i - 1])) {
                out.add(new Ref(i - 1, i + 1, last.group())); // "his sort are a burden", "their kind"
            } else if (i > 1 && i > last.to() + 1 && LIKE_REFS.contains(w) && rw.words[i - 1].equals("like")
                    && rw.words[i - 2].equals("people")) {
                out.add(new Ref(i - 2, i + 1, last.group())); // "people like that should be ..."
            }
        }
        return out;
    }

    /**
     * The group a predicate is said of: the subject before it with only linking words between ("Xs are all
     * ..."), the object after a verb ("I despise every X"), or the noun an adjective stands before ("filthy Xs").
     */
    private static Ref said(RepairedWords rw, List<Ref> refs, WordMatch<Predicate> p) {
        Ref best = null;
        int lo = 0;
        int hi = refs.size();
        while (lo < hi) { // first ref that may stand within 10 words before the predicate (refs sorted by start)
            int mid = (lo + hi) >>> 1;
            if (refs.get(mid).from() < p.from() - 10) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        for (int k = lo; k < refs.size() && refs.get(k).from() <= p.to() + 6; k++) {
            Ref r = refs.get(k);
            if (rw.sentence(r.from()) != rw.sentence(p.from())) {
                continue;
            }
            // Every predicate class but a negated positive reaches its group anywhere in the clause (within the
            // distances below): natural sentences put more between them than "Xs are all ...".
            boolean loose = (p.payload() == Predicate.IMPL || p.payload() == Predicate.EXCL
                    || p.payload() == Predicate.DEHUM || p.payload() == Predicate.EMOTE || p.payload() == Predicate.HARM
                    || p.payload() == Predicate.NEG)
                    && rw.clause(r.from()) == rw.clause(p.from());
            if (r.from() >= p.from() && r.to() <= p.to() && PRONOUNS.contains(rw.words[r.from()])) {
                best = r; // the object pronoun inside the predicate phrase: "drive them out", "push them into"
            } else if (r.to() <= p.from() && (gap(rw, r.to(), p.from(), LINKS, 8) || loose && p.from() - r.to() <= 8)
                    && (r.to() == p.from() || !governed(rw, r))) {
                best = r;
            } else if (r.from() >= p.to() && best == null && (gap(rw, p.to(), r.from(), OBJECT_LINKS, 5)
                    || loose && r.from() - p.to() <= 6
                    || p.payload() == Predicate.EMOTE && r.from() - p.to() <= 6
                    && rw.clause(r.from()) == rw.clause(p.from()))) {
                best = r;
            }
        }
        return best;
    }

    /**
     * Whether a group word is governed by a preposition ("the treatment of disabled people is disgusting"): then the
     * predicate is said of the noun before it, not of the group. Pronouns ("every one of them") are subjects still.
     */
    private static boolean governed(RepairedWords rw, Ref r) {
        if (PRONOUNS.contains(rw.words[r.from()])) {
            return false;
        }
        int i = r.from() - 1;
        while (i >= Math.max(0, r.from() - 4) && rw.sentence(i) == rw.sentence(r.from())
                && SKIPPED.contains(rw.words[i])) {
            i--;
        }
        if (i < 0 || rw.sentence(i) != rw.sentence(r.from()) || !PREPOSITIONS.contains(rw.words[i])) {
            return false;
        }
        return !(rw.words[i].equals("of") && i > 0 && QUANTIFIERS.contains(rw.words[i - 1]));
    }

    private static boolean gap(RepairedWords rw, int from, int to, Set<String> allowed, int max) {
        if (to - from > max) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (!allowed.contains(rw.words[i]) && !PRONOUNS.contains(rw.words[i])) {
                return false;
            }
        }
        return true;
    }

    private static boolean[] negators(RepairedWords rw, List<WordMatch<Tagged>> all) {
        boolean[] neg = new boolean[rw.size()];
        for (int i = 0; i < rw.size(); i++) {
            String w = rw.words[i];
            neg[i] = NEGATORS.contains(w) || w.endsWith("n't");
            if (neg[i] && rw.question(i) && (i == 0 || rw.sentence(i - 1) != rw.sentence(i)
                    || rw.words[i - 1].equals("why") || rw.words[i - 1].equals("how"))) {
                neg[i] = false; // rhetorical: "Wouldn't it be better if ...?", "Why can't they ...?"
            }
        }
        for (WordMatch<Tagged> m : all) {
            WordKey k = m.payload().key();
            if (k == WordKey.NEUTRALISER || k == WordKey.PREDICATE && m.to() - m.from() > 1) {
                for (int i = m.from(); i < m.to(); i++) {
                    neg[i] = false;
                }
            }
        }
        return neg;
    }

    private static boolean hateful(RepairedWords rw, boolean[] negator, WordMatch<Predicate> p) {
        boolean negated = false;
        // At most SCOPE words back, so a text with no punctuation stays linear.
        for (int i = p.from() - 1; i >= Math.max(0, p.from() - SCOPE) && rw.clause(i) == rw.clause(p.from()); i--) {
            negated |= negator[i];
        }
        return switch (p.payload()) {
            case POS -> negated;
            case HARM -> !negated && (p.to() - p.from() >= 2 || wish(rw, p.from()) || endorsed(rw, p.to()));
            default -> !negated;
        };
    }

    /** "Killing Xs is the right thing to do", "beating them up is fine": a harm the sentence endorses after it. */
    private static boolean endorsed(RepairedWords rw, int to) {
        for (int i = to + 1; i < Math.min(rw.size(), to + 8) && rw.sentence(i) == rw.sentence(to - 1); i++) {
            String before = rw.words[i - 1];
            if (NORMS.contains(rw.words[i]) && (before.equals("is") || before.equals("be") || before.equals("the")
                    || before.equals("perfectly") || before.equals("totally") || before.equals("completely"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean wish(RepairedWords rw, int at) {
        for (int i = at - 1; i >= Math.max(0, at - SCOPE) && rw.sentence(i) == rw.sentence(at); i--) {
            String w = rw.words[i];
            if (WISHES.contains(w) && !(w.equals("would") && i + 1 < rw.size() && !rw.words[i + 1].equals("be"))) {
                return true;
            }
            if (w.equals("will") && i > 0 && (rw.words[i - 1].equals("i") || rw.words[i - 1].equals("we"))) {
                return true;
            }
        }
        return false;
    }

    /** The first two counter-speech cues of each sentence: enough to tell whether one lies outside a predicate. */
    private static final class Cues {
        private final java.util.Map<Integer, List<WordMatch<String>>> bySentence = new java.util.HashMap<>();

        Cues(List<WordMatch<String>> cues, RepairedWords rw) {
            for (WordMatch<String> c : cues) {
                List<WordMatch<String>> l = bySentence.computeIfAbsent(rw.sentence(c.from()), k -> new ArrayList<>(2));
                if (l.size() < 2) {
                    l.add(c);
                }
            }
        }

        boolean outside(int sentence, int from, int to) {
            for (WordMatch<String> c : bySentence.getOrDefault(sentence, List.of())) {
                if (!(c.from() < to && c.to() > from)) {
                    return true;
                }
            }
            return false;
        }

        boolean any(int sentence) {
            return bySentence.containsKey(sentence);
        }
    }

    private static boolean counterSpeech(RepairedWords rw, Cues cues, Ref r, WordMatch<Predicate> p) {
        if (rw.quoted(p.from()) || rw.quoted(r.from())) {
            return true;
        }
        if (r.from() > 0 && TOPIC_GERUNDS.contains(rw.words[r.from() - 1])) {
            return true; // "Hating Xs is stupid", "Abusing Xs ...": the hate is the topic, not the speaker's
        }
        return cues.outside(rw.sentence(p.from()), p.from(), p.to());
    }

    /** Slurs aimed at people, unless used of oneself, quoted or reported. */
    private static void slurs(WordView wv, Cues cues, RepairedWords rw, List<Offence> lexical,
                              List<Offence> out) {
        java.util.Set<Offence> reported = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Offence o : lexical) {
            if (o.kind() != OffenceKind.SLUR) {
                continue;
            }
            int at = wordAt(wv, o.span());
            if (at >= 0 && !reclaimed(wv, at) && (wv.quoted[at] || cues.any(wv.sentence[at]))) {
                // Counter-speech: a resident reporting a slur shouted or written is not using it.
                reported.add(o);
                out.add(new Offence(OffenceKind.QUOTED_SLUR, o.span(), o.strength(), o.characteristic(), o.term(),
                        "a slur quoted or reported, not used", o.unsure()));
                continue;
            }
            if (at < 0 || reclaimed(wv, at)) {
                continue;
            }
            out.add(new Offence(OffenceKind.HATE, o.span(), o.strength(), o.characteristic(), o.term(),
                    "a slur aimed at people for their " + characteristic(o.characteristic()), false));
        }
        if (!reported.isEmpty()) {
            out.removeIf(reported::contains);
        }
    }

    /** The first word overlapping {@code span}, by binary search over the words' original spans (they ascend). */
    private static int wordAt(WordView wv, org.councilpolicy.core.rule.Span span) {
        int lo = 0;
        int hi = wv.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (wv.toOriginal(mid, mid + 1).end() <= span.start()) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo < wv.size() && wv.toOriginal(lo, lo + 1).overlaps(span) ? lo : -1;
    }

    private static final Set<String> FIRST_PERSON = FRAMES.get("FIRST_PERSON");

    /** "I'm a ...", "proud to be a ...", "being a ...", "as a ... myself": a slur used of oneself. */
    private static boolean reclaimed(WordView wv, int at) {
        for (int i = Math.max(0, at - 4); i < Math.min(wv.size(), at + 3); i++) {
            if (i != at && wv.sentence[i] == wv.sentence[at] && FIRST_PERSON.contains(wv.words[i])) {
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
