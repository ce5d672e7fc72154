package org.councilpolicy.content.offence;

import static org.councilpolicy.content.offence.CounterSpeech.counterSpeech;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.councilpolicy.content.offence.CounterSpeech.Cues;
import org.councilpolicy.content.offence.GroupReferences.Ref;
import org.councilpolicy.content.offence.OffenceLexicons.Group;
import org.councilpolicy.content.offence.OffenceLexicons.Predicate;
import org.councilpolicy.content.offence.OffenceLexicons.Tagged;
import org.councilpolicy.content.offence.OffenceLexicons.WordKey;
import org.councilpolicy.content.offence.WordView.WordMatch;
import org.councilpolicy.core.text.WordSections;

/**
 * Implicit derogation: hate said of a protected group in words none of which is hateful alone, as shapes of a
 * sentence rather than phrases ({@code implicit-derogation.txt}, written by the project):
 * <ul>
 * <li>a precaution told to the reader with a group near ("hide your purse when the Xs are about", "Xs moved in.
 * Lock up your bikes.", "never leave your kids alone with one"): the group is cast as thieves or a danger;</li>
 * <li>blame: a group as subject of "the reason", "the cause", "to blame" with a problem after it ("Xs are the reason
 * nobody can get a GP appointment"), or the speaker blaming a group for something;</li>
 * <li>a tag that insinuates, closing a sentence opened by a group ("Xs in charge of the budget? Enough said."),
 * unless the sentences name an institution (criticism of it, MD-1);</li>
 * <li>"there goes the neighbourhood" after a group named; "typical X behaviour"; "the only good X is a dead X".</li>
 * </ul>
 * Negation (via {@link HatePredicates#hateful}), quotation and reporting ({@link CounterSpeech}) apply as to every
 * predicate. One pass over the words, each looking a bounded number of words around it; runs only when a group is
 * named.
 */
final class ImplicitDerogation {

    static final WordSections W = WordSections.load(ImplicitDerogation.class, "implicit-derogation.txt");
    private static final Set<String> PRECAUTIONS = W.get("PRECAUTIONS");
    private static final Set<String> AWAY = W.get("AWAY");
    private static final Set<String> AWAY_WORDS = W.get("AWAY_WORDS");
    private static final Set<String> POSSESSIVES = W.get("POSSESSIVES");
    private static final Set<String> BELONGINGS = W.get("BELONGINGS");
    private static final Set<String> SECOND_PERSON = W.get("SECOND_PERSON");
    private static final Set<String> IMPERATIVE_LEADS = W.get("IMPERATIVE_LEADS");
    /** At most this many words before a tag in its sentence: "Xs on the bus again? Enough said." */
    private static final int TAG_SENTENCE = 7;
    private static final Set<String> BLAME_HEADS = W.get("BLAME_HEADS");
    private static final Set<String> BLAME_VERBS = W.get("BLAME_VERBS");
    static final Set<String> PROBLEMS = W.get("PROBLEMS");
    private static final Set<String> COPULAS = W.get("COPULAS");
    private static final Set<String> TAGS = W.get("TAGS");
    private static final Set<String> INSINUATIONS = W.get("INSINUATIONS");
    private static final Set<String> ALIKE = W.get("ALIKE");
    private static final Set<String> DECLINE_AREAS = W.get("DECLINE_AREAS");
    private static final Set<String> BEHAVIOUR = W.get("BEHAVIOUR");
    private static final Set<String> TYPICAL = W.get("TYPICAL");
    private static final Set<String> HARM_STATES = W.get("HARM_STATES");
    private static final Set<String> NEGATORS = HateComposer.FRAMES.get("NEGATORS");
    private static final Set<String> SPEAKER = Set.of("i", "we", "i'd", "we'd", "i'll", "we'll", "just", "i'm");
    private static final Set<String> ARTICLES = Set.of("a", "an", "the", "your", "any", "no", "every");
    /** The longest tag, in words. */
    private static final int TAG_MAX = 6;

    private ImplicitDerogation() {
    }

    /**
     * Adds a HATE offence to {@code out} for each implicit derogation of a group in {@code refs} (sorted, pronouns
     * included); {@code all} supplies the group words for "typical X behaviour" where no reference was made.
     */
    static void find(RepairedWords rw, List<Ref> refs, List<WordMatch<Tagged>> all, boolean[] negator, Cues cues,
            List<Offence> out) {
        for (WordMatch<Tagged> m : all) {
            if (m.payload().key() == WordKey.GROUP) {
                typical(rw, m, negator, cues, out);
                onlyGoodIsDead(rw, m, negator, cues, out);
            }
        }
        List<Ref> proxies = GroupProxies.find(rw, refs, all);
        if (refs.isEmpty() && proxies.isEmpty()) {
            return;
        }
        for (int i = 0; i < rw.size(); i++) {
            String w = rw.words[i];
            if (PRECAUTIONS.contains(w) || AWAY.contains(w)) {
                int end = precaution(rw, i);
                if (end > 0) {
                    Ref r = near(rw, refs, i, end);
                    report(rw, r != null ? r : near(rw, proxies, i, end), i, end, Predicate.IMPL, negator, cues, out);
                }
            } else if (BLAME_HEADS.contains(w) || BLAME_VERBS.contains(w)) {
                blame(rw, refs, i, negator, cues, out); // "Xs are to blame for ..."
                if (BLAME_VERBS.contains(w)) {
                    blamed(rw, refs, i, negator, cues, out); // "I blame the Xs for ..."
                }
            } else if (w.equals("goes") && i > 0 && rw.words[i - 1].equals("there") && i + 2 < rw.size()
                    && rw.words[i + 1].equals("the") && DECLINE_AREAS.contains(rw.words[i + 2])) {
                Ref r = before(rw, refs, i, 1);
                report(rw, r, i - 1, i + 3, Predicate.IMPL, negator, cues, out); // "Xs moved in: there goes the area"
            }
            if (i + 1 == rw.size() || rw.sentence(i + 1) != rw.sentence(i)) {
                tag(rw, refs, i, negator, cues, out);
            }
        }
        GroupProxies.arrivals(rw, refs, proxies, negator, cues, out);
        QuestionPresumptions.find(rw, refs, negator, cues, out);
        WishedAway.find(rw, refs, negator, cues, out);
        IdentityDenial.find(rw, refs, cues, out);
    }

    /**
     * The end of a precaution starting at {@code at} ("lock up your bikes", "keep your kids away", "let one near my
     * car"), or -1: a possessive and a belonging within three words, and for AWAY verbs an AWAY word after it.
     */
    private static int precaution(RepairedWords rw, int at) {
        int s = rw.sentence(at);
        for (int i = at + 1; i < Math.min(rw.size(), at + 6) && rw.sentence(i) == s; i++) {
            if (!POSSESSIVES.contains(rw.words[i]) && !(rw.words[i].equals("the") && advised(rw, at))) {
                continue;
            }
            int k = i + 1;
            while (k < Math.min(rw.size(), i + 3) && rw.sentence(k) == s && !BELONGINGS.contains(rw.words[k])) {
                k++;
            }
            if (k >= rw.size() || rw.sentence(k) != s || !BELONGINGS.contains(rw.words[k])) {
                return -1;
            }
            if (PRECAUTIONS.contains(rw.words[at])) { // told to the reader: "lock up your bikes", not "told me to lock my shed"
                return (i == at + 1 || i == at + 2 && rw.words[at + 1].equals("up"))
                        && (SECOND_PERSON.contains(rw.words[i]) || rw.words[i].equals("the") && advised(rw, at))
                        && imperative(rw, at) ? k + 1 : -1;
            }
            boolean near = rw.words[i - 1].equals("near");
            for (int j = k + 1; !near && j < Math.min(rw.size(), k + 3) && rw.sentence(j) == s; j++) {
                near = AWAY_WORDS.contains(rw.words[j]);
            }
            return near ? k + 1 : -1;
        }
        return -1;
    }

    /** "Better hide the ...", "best lock the ...": advice to the reader, which makes "the" the reader's. */
    private static boolean advised(RepairedWords rw, int at) {
        return at > 0 && (rw.words[at - 1].equals("better") || rw.words[at - 1].equals("best"))
                && rw.sentence(at - 1) == rw.sentence(at);
    }

    /** Whether the verb at {@code at} opens its clause or follows only an opener ("always", "so", "you'd better"). */
    private static boolean imperative(RepairedWords rw, int at) {
        int i = at - 1;
        while (i >= 0 && at - i <= 3 && rw.clause(i) == rw.clause(at) && IMPERATIVE_LEADS.contains(rw.words[i])) {
            i--;
        }
        return i < 0 || rw.clause(i) != rw.clause(at);
    }

    /** A group (or pronoun) in the precaution's sentence, or opening the sentence before or after it. */
    private static Ref near(RepairedWords rw, List<Ref> refs, int from, int to) {
        int s = rw.sentence(from);
        Ref found = null;
        for (Ref r : RefWindows.within(refs, from - RefWindows.REACH, to + RefWindows.REACH)) {
            int rs = rw.sentence(r.from());
            if (rw.quoted(r.from()) || exonerated(rw, r)) {
                continue; // "..., and don't blame the X busker": the group cleared, not suspected
            }
            if (rs == s && (r.to() <= from || r.from() >= to)) {
                return r;
            }
            if (found == null && Math.abs(rs - s) == 1) {
                found = r;
            }
        }
        return found;
    }

    /** "Xs are the reason ...", "they're to blame for ...": the group the subject, a problem after the head. */
    private static void blame(RepairedWords rw, List<Ref> refs, int at, boolean[] negator, Cues cues,
            List<Offence> out) {
        int c = rw.clause(at);
        int k = at - 1;
        while (k >= 0 && rw.clause(k) == c && (rw.words[k].equals("the") || rw.words[k].equals("to")
                || rw.words[k].equals("main") || rw.words[k].equals("real") || rw.words[k].equals("only")
                || rw.words[k].equals("all") || rw.words[k].equals("just"))) {
            k--;
        }
        if (k < 0 || rw.clause(k) != c || !COPULAS.contains(rw.words[k]) && !rw.words[k].endsWith("'re")) {
            return;
        }
        Ref r = null;
        for (Ref x : RefWindows.within(refs, k - 6, k + 2)) {
            if (x.to() <= k + 1 && k + 1 - x.to() <= 3 && rw.clause(x.from()) == c) {
                r = x; // the group as subject: "Xs are", "they're", "these Xs are all"
            }
        }
        if (r == null) {
            return;
        }
        int end = problem(rw, at + 1, 10);
        if (end > 0) {
            report(rw, r, at, end, Predicate.NEG, negator, cues, out);
        }
    }

    /** "I blame the Xs for ...": the speaker's blame (first person or opening the sentence), a group, "for" after it. */
    private static void blamed(RepairedWords rw, List<Ref> refs, int at, boolean[] negator, Cues cues,
            List<Offence> out) {
        boolean own = at == 0 || rw.sentence(at - 1) != rw.sentence(at) || SPEAKER.contains(rw.words[at - 1])
                || at >= 2 && SPEAKER.contains(rw.words[at - 2]) && rw.sentence(at - 2) == rw.sentence(at);
        if (!own) {
            return; // "why do people always blame Xs for ...?" reports others' blame
        }
        for (Ref r : RefWindows.within(refs, at + 1, at + 4)) {
            if (r.from() > at && r.from() - at <= 3 && rw.sentence(r.from()) == rw.sentence(at) && r.to() < rw.size()
                    && rw.words[r.to()].equals("for")) {
                report(rw, r, at, at + 1, Predicate.NEG, negator, cues, out);
                return;
            }
        }
    }

    /** The end of a problem word within {@code max} words of {@code from} in its sentence, or -1. */
    private static int problem(RepairedWords rw, int from, int max) {
        for (int i = from; i < Math.min(rw.size(), from + max) && rw.sentence(i) == rw.sentence(from - 1); i++) {
            String w = rw.words[i];
            if (PROBLEMS.contains(w) || ValenceAttributes.STANDARD.attribute(w)) {
                return i + 1;
            }
        }
        return -1;
    }

    /** "Xs in charge of the money? Enough said.": a tag closing a sentence opened by a group, or the one after it. */
    private static void tag(RepairedWords rw, List<Ref> refs, int last, boolean[] negator, Cues cues,
            List<Offence> out) {
        int s = rw.sentence(last);
        String joined = rw.words[last];
        int start = -1;
        for (int n = 1; n <= TAG_MAX && last - n + 1 >= 0 && rw.sentence(last - n + 1) == s; n++) {
            if (n > 1) {
                joined = rw.words[last - n + 1] + "_" + joined;
            }
            if (TAGS.contains(joined)) {
                start = last - n + 1;
            }
        }
        if (start < 0) {
            return;
        }
        Ref found = null;
        boolean insinuation = INSINUATIONS.contains(joinedFrom(rw, start, last));
        boolean alike = ALIKE.contains(joinedFrom(rw, start, last));
        for (Ref r : RefWindows.within(refs, start - RefWindows.REACH, start)) {
            int rs = rw.sentence(r.from());
            boolean adjacent = rs == s && r.to() <= start && start - r.to() <= (alike ? 2 : 4)
                    && (!alike || COPULAS.contains(rw.words[start - 1]) || rw.words[start - 1].endsWith("'re"));
            if (found == null && (alike || insinuation) && adjacent) {
                found = r; // "... full of Xs, and we all know what that means", "they're all the same"
            } else if (alike) {
                continue;
            } else if ((rs == s && r.to() <= start || rs == s - 1) && opens(rw, r) && found == null) {
                found = r;
            }
        }
        if (alike && found != null) {
            report(rw, found, start, last + 1, Predicate.IMPL, negator, cues, out);
            return;
        }
        int sentenceStart = start;
        while (sentenceStart > 0 && rw.sentence(sentenceStart - 1) == s && start - sentenceStart <= TAG_SENTENCE) {
            sentenceStart--;
        }
        boolean near = found != null && rw.sentence(found.from()) == s && start - found.to() <= 4;
        if (found == null || start - sentenceStart > TAG_SENTENCE && !(insinuation && near)
                || RefWindows.institution(rw, start, rw.sentence(found.from()), s)) {
            return;
        }
        report(rw, found, start, last + 1, Predicate.IMPL, negator, cues, out);
    }

    private static String joinedFrom(RepairedWords rw, int from, int last) {
        StringBuilder b = new StringBuilder(rw.words[from]);
        for (int i = from + 1; i <= last; i++) {
            b.append('_').append(rw.words[i]);
        }
        return b.toString();
    }

    /** Whether a reference stands within the first three words of its sentence (its subject or topic). */
    private static boolean opens(RepairedWords rw, Ref r) {
        int s = rw.sentence(r.from());
        int i = r.from();
        while (i > 0 && rw.sentence(i - 1) == s && r.from() - i < 4) {
            i--;
        }
        return i == 0 || rw.sentence(i - 1) != s;
    }

    /** Whether a negator stands within three words before the reference in its clause ("not the Xs", "don't blame"). */
    private static boolean exonerated(RepairedWords rw, Ref r) {
        for (int i = r.from() - 1; i >= Math.max(0, r.from() - 3) && rw.clause(i) == rw.clause(r.from()); i--) {
            if (NEGATORS.contains(rw.words[i]) || rw.words[i].endsWith("n't")) {
                return true;
            }
        }
        return false;
    }

    /** The last reference ending before {@code at} in its sentence or the {@code back} sentences before it. */
    private static Ref before(RepairedWords rw, List<Ref> refs, int at, int back) {
        Ref found = null;
        for (Ref r : RefWindows.within(refs, at - RefWindows.REACH, at)) {
            if (r.to() <= at && rw.sentence(at) - rw.sentence(r.from()) <= back && !rw.quoted(r.from())) {
                found = r;
            }
        }
        return found;
    }

    /** "Typical X behaviour", "so typical of X, ..." said by the speaker: a stereotype of the group's conduct. */
    private static void typical(RepairedWords rw, WordMatch<Tagged> m, boolean[] negator, Cues cues,
            List<Offence> out) {
        int i = m.from() - 1;
        if (i < 0 || !TYPICAL.contains(rw.words[i]) || rw.sentence(i) != rw.sentence(m.from())) {
            return;
        }
        boolean conduct = m.to() < rw.size() && rw.sentence(m.to()) == rw.sentence(i)
                && BEHAVIOUR.contains(rw.words[m.to()]);
        boolean alone = (m.to() == rw.size() || rw.clause(m.to()) != rw.clause(m.from()))
                && (i == 0 || !ARTICLES.contains(rw.words[i - 1])); // "a typical Lithuanian" is an average one
        if (conduct || alone) {
            Ref r = new Ref(m.from(), m.to(), (Group) m.payload().payload());
            report(rw, r, i, conduct ? m.to() + 1 : m.to(), Predicate.IMPL, negator, cues, out);
        }
    }

    /** "The only good X is a dead X": the group's members wished dead, deported, gone. */
    private static void onlyGoodIsDead(RepairedWords rw, WordMatch<Tagged> m, boolean[] negator, Cues cues,
            List<Offence> out) {
        int at = m.from() - 2;
        if (at < 0 || !rw.words[at].equals("only") || !rw.words[at + 1].equals("good") || m.to() + 1 >= rw.size()
                || !COPULAS.contains(rw.words[m.to()]) || rw.sentence(at) != rw.sentence(m.to())) {
            return;
        }
        for (int j = m.to() + 1; j < Math.min(rw.size(), m.to() + 4) && rw.sentence(j) == rw.sentence(at); j++) {
            if (HARM_STATES.contains(rw.words[j])) {
                report(rw, new Ref(m.from(), m.to(), (Group) m.payload().payload()), at, j + 1, Predicate.HARM,
                        negator, cues, out);
                return;
            }
        }
    }

    static void report(RepairedWords rw, Ref r, int from, int to, Predicate kind, boolean[] negator,
            Cues cues, List<Offence> out) {
        if (r == null) {
            return;
        }
        WordMatch<Predicate> p = new WordMatch<>(from, to, kind);
        if (negated(rw, negator, from) || counterSpeech(rw, cues, r, p)) {
            return;
        }
        out.add(new Offence(OffenceKind.HATE, rw.toOriginal(Math.min(r.from(), from), Math.max(r.to(), to)),
                Strength.STRONGEST, Optional.of(r.group().characteristic()), "implied",
                "an implied derogation of people for their "
                        + HateComposer.characteristic(Optional.of(r.group().characteristic())).toLowerCase(Locale.ROOT),
                false));
    }

    /** A negator within the four words before, in the clause: "never leave your kids" is the precaution itself. */
    private static boolean negated(RepairedWords rw, boolean[] negator, int at) {
        if (PRECAUTIONS.contains(rw.words[at]) || AWAY.contains(rw.words[at])) {
            return false; // "never leave your kids alone with ...", "don't let one near your car": still the precaution
        }
        for (int i = at - 1; i >= Math.max(0, at - 4) && rw.clause(i) == rw.clause(at); i--) {
            if (negator[i]) {
                return true;
            }
        }
        return false;
    }
}
