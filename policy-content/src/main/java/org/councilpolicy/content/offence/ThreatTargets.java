package org.councilpolicy.content.offence;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.councilpolicy.content.offence.OffenceLexicons.Tagged;
import org.councilpolicy.content.offence.OffenceLexicons.TargetKind;
import org.councilpolicy.content.offence.WordView.WordMatch;
import org.councilpolicy.content.personaldata.NameGazetteer;
import org.councilpolicy.core.analysis.Places;
import org.councilpolicy.core.rule.Span;

/**
 * Finding who or what a threat or harassment phrase is aimed at, split from {@link ThreatComposer}: target words
 * (people, members, workers, family, places) and named people within a window of the same sentence or clause.
 * Targets arrive sorted by start, so each look-up is a binary search and a bounded scan; named people are worked
 * out only when first asked for, since that runs the person-name finder.
 */
final class ThreatTargets {

    private static final Set<String> OWN_TARGETS = Set.copyOf(Arrays.asList("you", "your", "yours", "him", "his",
            "her", "he", "she", "them", "their", "they", "you're", "you'll"));

    private ThreatTargets() {
    }

    /** A veiled phrase that names its own target ("watch your back", "we know where he lives"). */
    static boolean addressed(RepairedWords rw, WordMatch<Tagged> p) {
        for (int i = p.from(); i < p.to(); i++) {
            if (OWN_TARGETS.contains(rw.words[i])) {
                return true;
            }
        }
        return false;
    }
    static boolean near(RepairedWords rw, List<WordMatch<Tagged>> targets, Named named,
                                WordMatch<Tagged> p, int reach, Reach places) {
        int sent = rw.sentence(p.from());
        return target(rw, targets, named, Math.max(0, p.from() - reach), Math.min(rw.size(), p.to() + reach), sent,
                places);
    }
    static boolean sameClauseTarget(RepairedWords rw, List<WordMatch<Tagged>> targets, Named named,
                                            WordMatch<Tagged> p, int close) {
        int clause = rw.clause(p.from());
        for (int i = Math.max(0, p.from() - close); i < Math.min(rw.size(), p.to() + close); i++) {
            if (rw.clause(i) == clause && named.at(i)) {
                return true;
            }
        }
        for (int k = firstTarget(targets, p.from() - close); k < targets.size()
                && targets.get(k).from() <= p.to() + close; k++) {
            WordMatch<Tagged> t = targets.get(k);
            if (rw.clause(t.from()) == clause && (t.to() >= p.from() - close && t.from() <= p.to() + close - 1)) {
                return true;
            }
        }
        return false;
    }

    /** Which targets count: people and places, people, or only the person addressed, a member, worker or name. */
    enum Reach { PLACES, PEOPLE, ADDRESSED }

    /** How many words open a sentence's subject ("the next officer", "any councillor"). */
    private static final int SUBJECT_WORDS = 3;

    /**
     * An official or the reader opening the sentence whose outcome this is, however long its relative clause: "The
     * next officer who knocks on my door will be leaving in an ambulance".
     */
    static boolean subjectTarget(RepairedWords rw, List<WordMatch<Tagged>> targets, Named named,
                                         WordMatch<Tagged> p) {
        int sent = rw.sentence(p.from());
        int start = p.from();
        while (start > 0 && p.from() - start < 3 * ThreatComposer.WINDOW && rw.sentence(start - 1) == sent) {
            start--;
        }
        int hi = Math.min(p.from(), start + SUBJECT_WORDS);
        return (start == 0 || rw.sentence(start - 1) != sent)
                && (target(rw, targets, named, start, hi, sent, Reach.ADDRESSED) || described(rw, targets, start, hi));
    }

    /** Third-person subjects that take their person from an earlier clause: "if the warden comes back he'll...". */
    private static final Set<String> ANAPHORS = Set.of("he", "she", "he'll", "she'll", "he's", "she's", "hes",
            "shes", "he'd", "she'd", "they", "they'll", "they'd", "theyll", "hell", "shell");
    /** How many words before its phrase the subject pronoun may stand ("she will be needing an ambulance"). */
    private static final int ANAPHOR_GAP = 3;

    /**
     * The harm's subject is a pronoun whose person was named earlier in the sentence or in the sentence before: "If that housing officer walks into my flat again she'll need an ambulance", "The bailiff came back.
     * Next time he'll be leaving on a stretcher". The person is an elected member, a worker, a family member or a
     * named person; a pronoun alone stays a worry ("she'll end up in hospital"). Bounded look-back.
     */
    static boolean antecedent(RepairedWords rw, List<WordMatch<Tagged>> targets, Named named, WordMatch<Tagged> p) {
        int pronoun = -1;
        for (int i = p.from() - 1; i >= Math.max(0, p.from() - ANAPHOR_GAP) && rw.clause(i) == rw.clause(p.from()); i--) {
            if (ANAPHORS.contains(rw.words[i])) {
                pronoun = i;
                break;
            }
        }
        if (pronoun <= 0) {
            return false;
        }
        int sent = rw.sentence(pronoun);
        int lo = pronoun;
        while (lo > 0 && pronoun - lo < 3 * ThreatComposer.WINDOW && rw.sentence(lo - 1) >= sent - 1) {
            lo--;
        }
        // earlier in this sentence (an "if" or "when" clause, with or without its comma), or the sentence before
        return target(rw, targets, named, lo, pronoun, sent, Reach.ADDRESSED)
                || sent > 0 && target(rw, targets, named, lo, pronoun, sent - 1, Reach.ADDRESSED);
    }

    /**
     * A person described, not a pronoun, opening the subject: "the bloke in the hi vis who moved me on will be
     * needing...", "that woman in council tax will...": someone the speaker has a grievance with, not a worry.
     */
    private static boolean described(RepairedWords rw, List<WordMatch<Tagged>> targets, int lo, int hi) {
        for (int k = firstTarget(targets, lo); k < targets.size() && targets.get(k).from() < hi; k++) {
            WordMatch<Tagged> t = targets.get(k);
            String first = rw.words[t.from()];
            if (t.payload().payload() == TargetKind.PERSON && t.to() - t.from() > 1
                    && (first.equals("the") || first.equals("that"))) {
                return true;
            }
        }
        return false;
    }

    /** A target (or a named person) among words {@code [lo, hi)} of sentence {@code sent}. */
    static boolean target(RepairedWords rw, List<WordMatch<Tagged>> targets, Named named, int lo, int hi,
                                  int sent, Reach reach) {
        for (int k = firstTarget(targets, lo); k < targets.size() && targets.get(k).from() < hi; k++) {
            WordMatch<Tagged> t = targets.get(k);
            if (rw.sentence(t.from()) != sent || t.from() >= hi || t.to() <= lo) {
                continue;
            }
            TargetKind kind = (TargetKind) t.payload().payload();
            boolean counts = switch (reach) {
                case PLACES -> true;
                case PEOPLE -> kind != TargetKind.PLACE;
                case ADDRESSED -> kind == TargetKind.ELECTED || kind == TargetKind.STAFF || kind == TargetKind.FAMILY
                        || rw.words[t.from()].startsWith("y") || rw.words[t.from()].equals("u")
                        || rw.words[t.from()].equals("whoever"); // "whoever did this will need a doctor"
            };
            if (counts) {
                return true;
            }
        }
        // Names last: finding them runs the person-name finder, which most texts never need.
        for (int i = lo; i < hi; i++) {
            if (named.at(i) && rw.sentence(i) == sent) {
                return true;
            }
        }
        return false;
    }

    /**
     * Hints spread over sentences ("Cllr X lives on Elm Road. Nice house. Be a pity if anything happened to it"):
     * two veiled sentences and an elected member, a worker or a named person anywhere in the comment.
     */
    static boolean anywhere(List<WordMatch<Tagged>> targets, Named named) {
        return anywhere(targets, named, Reach.ADDRESSED);
    }

    /** As {@link #anywhere(List, Named)}; with {@link Reach#PLACES} a council building anywhere counts too. */
    static boolean anywhere(List<WordMatch<Tagged>> targets, Named named, Reach reach) {
        for (WordMatch<Tagged> t : targets) {
            Object kind = t.payload().payload();
            if (kind == TargetKind.ELECTED || kind == TargetKind.STAFF || kind == TargetKind.FAMILY
                    || reach == Reach.PLACES && kind == TargetKind.PLACE) {
                return true;
            }
        }
        return named.any();
    }
    /**
     * {@link #anywhere(List, Named, Reach)} worked out once per text: every threat phrase may ask, and asking again
     * would scan the targets again (quadratic in hostile text full of hints).
     */
    static final class Anywhere {
        private final List<WordMatch<Tagged>> targets;
        private final Named named;
        private Boolean people;
        private Boolean places;

        Anywhere(List<WordMatch<Tagged>> targets, Named named) {
            this.targets = targets;
            this.named = named;
        }

        boolean people() {
            if (people == null) {
                people = anywhere(targets, named, Reach.ADDRESSED);
            }
            return people;
        }

        boolean places() {
            if (places == null) {
                places = people() || anywhere(targets, named, Reach.PLACES);
            }
            return places;
        }
    }

    /** Which words belong to a named person, worked out on first use (it runs the person-name finder). */
    static final class Named {
        private final RepairedWords rw;
        private final PersonMentions.Lazy people;
        private boolean[] words;
        private Boolean any;

        Named(RepairedWords rw, PersonMentions.Lazy people) {
            this.rw = rw;
            this.people = people;
        }

        boolean at(int i) {
            if (words == null) {
                words = named(rw, people);
            }
            return words[i];
        }

        boolean any() {
            if (any == null) {
                boolean found = false;
                for (int i = 0; i < rw.size() && !found; i++) {
                    found = at(i);
                }
                any = found;
            }
            return any;
        }
    }

    private static boolean[] named(RepairedWords rw, PersonMentions.Lazy people) {
        boolean[] named = new boolean[rw.size()];
        // The name finder's names, and the natural references to a person ("Michelle on the front desk").
        List<Span> ms = new ArrayList<>();
        people.get().forEach(m -> ms.add(m.span()));
        ms.addAll(people.references());
        if (ms.isEmpty()) {
            return named;
        }
        int k = 0;
        ms.sort((a, b) -> Integer.compare(a.start(), b.start()));
        for (int i = 0; i < rw.size(); i++) {
            Span w = rw.toOriginal(i, i + 1);
            while (k < ms.size() && ms.get(k).end() <= w.start()) {
                k++;
            }
            named[i] = k < ms.size() && ms.get(k).overlaps(w);
        }
        return named;
    }
    /** Words between a harm and its object: "a bullet in Quigley", "take a bat to Ashby", "a brick through". */
    private static final Set<String> SLOT_PREPOSITIONS = Set.of("in", "into", "to", "on", "through");
    /** Auxiliaries between a named subject and its harm: "Quigley should be kneecapped", "Ashby wants battering". */
    private static final Set<String> AUXILIARIES = Set.of("should", "ought", "to", "be", "been", "get", "gets", "will",
            "wants", "needs", "want", "need", "deserves", "deserve", "is", "was", "going", "gonna", "must", "would",
            "could", "getting", "had", "better", "needing", "wanting");
    private static final int MAX_AUXILIARIES = 4;
    /** Determiners before a person who is a harm's object: "end that councillor". */
    private static final Set<String> DETERMINERS = Set.of("the", "that", "this");

    /**
     * A person by a surname alone, in a harm's own slot: its object ("somebody should shoot Hargreaves", "a bullet in
     * Trevaskis") or its subject before auxiliaries ("Quigley should be kneecapped"). The name finder needs a first
     * name or a title to know a surname; in this slot a capitalised word that is a listed surname or first name, or
     * is neither an everyday word, a place nor a word the name finder rules out, can only be a person.
     */
    static boolean slotName(RepairedWords rw, WordMatch<Tagged> p) {
        int after = p.to();
        if (after < rw.size() && rw.clause(after) == rw.clause(p.from()) && SLOT_PREPOSITIONS.contains(rw.words[after])) {
            after++;
        }
        if (after < rw.size() && rw.clause(after) == rw.clause(p.from()) && capitalisedName(rw, after)) {
            return true;
        }
        int before = p.from() - 1;
        int aux = 0;
        while (before >= 0 && aux < MAX_AUXILIARIES && rw.clause(before) == rw.clause(p.from())
                && AUXILIARIES.contains(rw.words[before])) {
            before--;
            aux++;
        }
        return aux > 0 && before >= 0 && rw.clause(before) == rw.clause(p.from()) && capitalisedName(rw, before);
    }

    /** Whether word {@code i} is written with a capital and can only be a person's name (see {@link #slotName}). */
    static boolean capitalisedName(RepairedWords rw, int i) {
        String word = rw.words[i].endsWith("'s") ? rw.words[i].substring(0, rw.words[i].length() - 2) : rw.words[i];
        Span at = rw.toOriginal(i, i + 1);
        String text = rw.wv.normalised.original();
        if (word.length() < 3 || at.start() >= text.length() || !Character.isUpperCase(text.charAt(at.start()))) {
            return false;
        }
        for (int c = 0; c < word.length(); c++) {
            if (!Character.isLetter(word.charAt(c)) && word.charAt(c) != '\'' && word.charAt(c) != '-') {
                return false;
            }
        }
        // an apostrophe inside a name is an O' or D' surname; elsewhere it is a contraction ("We're", "They'll")
        if (word.indexOf('\'') > 0 && !word.startsWith("o'") && !word.startsWith("d'")) {
            return false;
        }
        NameGazetteer names = NameGazetteer.get();
        if (names.isAmbiguousOrNotName(word) || groupWord(word)) {
            return false; // "killing Muslims is a crime": a group, which the hate composition reads
        }
        if (names.isSurname(word) || names.isFirstName(word)) {
            return true;
        }
        // The everyday list has no plurals: "Residents will pay dearly" names nobody.
        String one = Inflections.singular(word);
        return !names.isEverydayWord(word) && (one == null || !names.isEverydayWord(one)) && !Places.isPlace(word);
    }

    /** A protected group's word or a nationality ("Muslims", "Somalis"): a group, never one person's surname. */
    private static boolean groupWord(String word) {
        org.councilpolicy.core.text.Lexicon<OffenceLexicons.Group> groups = OffenceLexicons.get().groups;
        return groups.containsAny(groups.normalise(word));
    }

    /**
     * The person a harm is done to, standing right after it: a pronoun, a person target or a name ("I will end Greg
     * Whitlow", "end that councillor"); an owner is not the object ("end Cllr Reed's career" ends the career).
     */
    static boolean objectPerson(RepairedWords rw, List<WordMatch<Tagged>> targets, Named named, WordMatch<Tagged> p) {
        int j = p.to();
        if (j < rw.size() && DETERMINERS.contains(rw.words[j])) {
            j++;
        }
        if (j >= rw.size() || rw.clause(j) != rw.clause(p.from())) {
            return false;
        }
        if (OBJECT_PRONOUNS.contains(rw.words[j])) {
            return true;
        }
        int end = j;
        for (int k = firstTarget(targets, j); k < targets.size() && targets.get(k).from() <= j; k++) {
            WordMatch<Tagged> t = targets.get(k);
            Object kind = t.payload().payload();
            if (t.from() == j && kind != TargetKind.PLACE && kind != TargetKind.PROPERTY) {
                end = Math.max(end, t.to());
            }
        }
        while (end < rw.size() && end - j < MAX_AUXILIARIES && named.at(end)) {
            end++;
        }
        if (end == j && capitalisedName(rw, j)) {
            end = j + 1;
        }
        // "end Cllr Reed's career": the owner's name may run on past the title
        return end > j && !possessive(rw, end - 1) && !(end < rw.size() && possessive(rw, end));
    }

    /** Word {@code i} as written is an owner ("Reed's", "Reed’s", "the Joneses'"), whatever the normalised word. */
    private static boolean possessive(RepairedWords rw, int i) {
        if (rw.words[i].endsWith("'s")) {
            return true;
        }
        Span at = rw.toOriginal(i, i + 1);
        String text = rw.wv.normalised.original();
        int end = Math.min(text.length(), at.end() + 2);
        String tail = text.substring(Math.max(at.start(), at.end() - 2), end).toLowerCase(java.util.Locale.ROOT);
        return tail.contains("'s") || tail.contains("\u2019s") || tail.endsWith("s'");
    }

    private static final Set<String> OBJECT_PRONOUNS = Set.of("him", "her", "you", "them", "u");

    static boolean targetAt(List<WordMatch<Tagged>> targets, int at) {
        for (int k = firstTarget(targets, at); k < targets.size() && targets.get(k).from() <= at; k++) {
            if (targets.get(k).from() == at) {
                return true;
            }
        }
        return false;
    }

    /** Whether a target of {@code kind} ends at word {@code at}. */
    static boolean targetAt(List<WordMatch<Tagged>> targets, int at, TargetKind kind) {
        for (int k = firstTarget(targets, at); k < targets.size() && targets.get(k).from() <= at; k++) {
            if (targets.get(k).to() == at + 1 && targets.get(k).payload().payload() == kind) {
                return true;
            }
        }
        return false;
    }

    /** Index of the first target starting at or after {@code from - 6} (targets are sorted and at most 6 words). */
    static int firstTarget(List<WordMatch<Tagged>> targets, int from) {
        int lo = 0;
        int hi = targets.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (targets.get(mid).from() < from - 6) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
