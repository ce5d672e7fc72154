package org.councilpolicy.content.offence;

import static org.councilpolicy.content.offence.CounterSpeech.counterSpeech;
import static org.councilpolicy.content.offence.HatePredicates.hateful;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.councilpolicy.content.offence.CounterSpeech.Cues;
import org.councilpolicy.content.offence.GroupReferences.Ref;
import org.councilpolicy.content.offence.OffenceLexicons.Predicate;
import org.councilpolicy.content.offence.WordView.WordMatch;

/**
 * Round 11 (issue 12): three sentence shapes that say something of a protected group with no predicate word of their
 * own, each read around a group reference already found, so linear in the references:
 * <ul>
 * <li>a removal with the group as object between the verb and its particle ("send every X back", "drive the Xs
 * out"): exclusion, as the contiguous "send them back" already is;</li>
 * <li>the group said to be "(all) the same" at the end of a clause ("Xs are all the same, ..."): a generalisation
 * (never "the same as", "the same rights");</li>
 * <li>a question asking what use a member of the group is ("What use is a X to anyone?"): worth denied;</li>
 * <li>the group said to be "too" something "to" act ("Xs are too emotional to lead"): a capacity denied, unless the
 * word is a plight, a positive trait or a neutral state ("too scared to complain", "too young to vote");</li>
 * <li>an expletive qualifying the group ("f***ing Xs everywhere"): the swearing is aimed at the group;</li>
 * <li>other people called "normal" in the sentence that names the group ("Xs holding back the normal kids"): the
 * group cast as abnormal;</li>
 * <li>a gain put down to the group, with merit denied ("she only got the job because she's a X", "... because he's
 * a X, not because he's any good"): tokenism;</li>
 * <li>round 12: the group opening its sentence and "out" closing the clause ("Xs out!", "Xs out now", joined
 * "Xsout"): a slogan of exclusion (never "Xs out of work", "Xs out and about").</li>
 * </ul>
 * Negation and counter-speech frames are those of every other predicate ({@link HatePredicates#hateful},
 * {@link CounterSpeech#counterSpeech}). The word classes are in {@code hate-frames.txt}.
 */
final class SentenceFrames {

    private static final Set<String> REMOVAL_VERBS = HateComposer.FRAMES.get("REMOVAL_VERBS");
    private static final Set<String> REMOVAL_PARTICLES = HateComposer.FRAMES.get("REMOVAL_PARTICLES");
    private static final Set<String> OBJECT_DETERMINERS = HateComposer.FRAMES.get("OBJECT_DETERMINERS");
    static final Set<String> BE = HateComposer.FRAMES.get("BE_FORMS");
    private static final Set<String> WORTH_NOUNS = HateComposer.FRAMES.get("WORTH_NOUNS");
    private static final Set<String> PLIGHT = HateComposer.FRAMES.get("PLIGHT");
    private static final Set<String> TOO_NEUTRAL = HateComposer.FRAMES.get("TOO_NEUTRAL");
    private static final Set<String> TOO_LEADS = HateComposer.FRAMES.get("TOO_LEADS");
    private static final Set<String> EXPLETIVES = HateComposer.FRAMES.get("EXPLETIVES");
    private static final Set<String> NORMAL_WORDS = HateComposer.FRAMES.get("NORMAL_WORDS");
    private static final Set<String> GAINS = HateComposer.FRAMES.get("GAINS");
    private static final Set<String> GAIN_VERBS = HateComposer.FRAMES.get("GAIN_VERBS");
    private static final Set<String> NORMAL_PEOPLE = HateComposer.FRAMES.get("NORMAL_PEOPLE");

    private SentenceFrames() {
    }

    static void find(RepairedWords rw, List<Ref> refs, boolean[] negator, Cues cues, List<Offence> out) {
        for (Ref r : refs) {
            WordMatch<Predicate> p = removal(rw, r);
            if (p == null) {
                p = same(rw, r);
            }
            if (p == null) {
                p = worthQuestion(rw, r);
            }
            if (p == null) {
                p = tooToAct(rw, r);
            }
            if (p == null) {
                p = expletive(rw, r);
            }
            if (p == null) {
                p = tokenism(rw, r);
            }
            if (p == null) {
                p = slogan(rw, r);
            }
            boolean contrast = false; // the contrast stands whatever the group's clause denies ("should not be ...")
            if (p == null) {
                p = normalOthers(rw, r);
                contrast = p != null;
            }
            if (p != null && (contrast || hateful(rw, negator, p)) && !counterSpeech(rw, cues, r, p)) {
                String who = "people for their " + HateComposer.characteristic(Optional.of(r.group().characteristic()));
                String reason = switch (p.payload()) {
                    case EXCL -> "a call to exclude " + who;
                    case NEG -> "a derogatory statement about " + who;
                    default -> "a demeaning generalisation about " + who;
                };
                out.add(new Offence(OffenceKind.HATE, rw.toOriginal(Math.min(r.from(), p.from()), Math.max(r.to(), p.to())),
                        Strength.STRONGEST, Optional.of(r.group().characteristic()),
                        p.payload().name().toLowerCase(java.util.Locale.ROOT), reason, false));
            }
        }
    }

    /**
     * "Xs out!", "all Xs out now", "Xs out, they're ...": a group (not a pronoun) opening its sentence, then "out"
     * closing the clause or followed by "now" or a second "out": a slogan of exclusion.
     */
    private static WordMatch<Predicate> slogan(RepairedWords rw, Ref r) {
        int start = r.from() > 0 && rw.words[r.from() - 1].equals("all") ? r.from() - 1 : r.from();
        int i = r.to();
        if (start > 0 && rw.sentence(start - 1) == rw.sentence(r.from()) || i >= rw.size()
                || !rw.words[i].equals("out") || rw.sentence(i) != rw.sentence(r.from())
                || GroupReferences.PRONOUNS.contains(rw.words[r.from()])) {
            return null;
        }
        int next = i + 1;
        boolean closes = next >= rw.size() || rw.sentence(next) != rw.sentence(i) || rw.words[next].equals("now")
                || rw.words[next].equals("out") || rw.clause(next) != rw.clause(i) && !rw.words[next].equals("and");
        return closes ? new WordMatch<>(i, i + 1, Predicate.EXCL) : null;
    }

    /** "send every (last) X back", "drive the Xs out": the verb at most three determiners before, the particle after. */
    private static WordMatch<Predicate> removal(RepairedWords rw, Ref r) {
        int v = r.from() - 1;
        while (v >= 0 && v >= r.from() - 3 && OBJECT_DETERMINERS.contains(rw.words[v])) {
            v--;
        }
        int after = r.to() < rw.size() && rw.words[r.to()].equals("all") ? r.to() + 1 : r.to();
        if (v < 0 || after >= rw.size() || rw.sentence(v) != rw.sentence(r.from()) || rw.sentence(after) != rw.sentence(v)
                || !REMOVAL_VERBS.contains(rw.words[v]) || !REMOVAL_PARTICLES.contains(rw.words[after])) {
            return null;
        }
        return new WordMatch<>(v, after + 1, Predicate.EXCL);
    }

    /** "Xs are (all) the same", "all Xs are the same," closing a clause: not "the same as", "the same rights". */
    private static WordMatch<Predicate> same(RepairedWords rw, Ref r) {
        int i = r.to();
        if (i >= rw.size() || !BE.contains(rw.words[i])) {
            return null;
        }
        i++;
        if (i < rw.size() && (rw.words[i].equals("all") || rw.words[i].equals("just"))) {
            i++;
        }
        if (i + 1 >= rw.size() || !rw.words[i].equals("the") || !rw.words[i + 1].equals("same")
                || rw.sentence(i + 1) != rw.sentence(r.from())) {
            return null;
        }
        int end = i + 2;
        boolean closes = end >= rw.size() || rw.clause(end) != rw.clause(i + 1);
        return closes ? new WordMatch<>(r.to(), end, Predicate.IMPL) : null;
    }

    /** "What use is a X (to anyone)?", "what good are Xs": a question denying the group's worth. */
    private static WordMatch<Predicate> worthQuestion(RepairedWords rw, Ref r) {
        int i = r.from() - 1;
        if (i >= 0 && (rw.words[i].equals("a") || rw.words[i].equals("an") || rw.words[i].equals("the"))) {
            i--;
        }
        if (i < 2 || !BE.contains(rw.words[i]) || !WORTH_NOUNS.contains(rw.words[i - 1])
                || !rw.words[i - 2].equals("what") || rw.sentence(i - 2) != rw.sentence(r.from())) {
            return null;
        }
        return new WordMatch<>(i - 2, i, Predicate.IMPL);
    }

    /** "Xs are (all) too emotional to lead": the word after "too" neither a plight, a positive trait nor neutral. */
    private static WordMatch<Predicate> tooToAct(RepairedWords rw, Ref r) {
        int i = r.to();
        if (i >= rw.size() || !BE.contains(rw.words[i])) {
            return null;
        }
        i++;
        if (i < rw.size() && TOO_LEADS.contains(rw.words[i])) {
            i++;
        }
        if (i + 3 >= rw.size() || !rw.words[i].equals("too") || !rw.words[i + 2].equals("to")
                || rw.sentence(i + 3) != rw.sentence(r.from())) {
            return null;
        }
        String w = rw.words[i + 1];
        if (PLIGHT.contains(w) || TOO_NEUTRAL.contains(w) || ValenceAttributes.STANDARD.trait(w)) {
            return null;
        }
        return new WordMatch<>(i, i + 3, Predicate.NEG);
    }

    /** "(these) f***ing Xs", "shitty Xs": an expletive just before a group named (not a pronoun). */
    private static WordMatch<Predicate> expletive(RepairedWords rw, Ref r) {
        int i = r.from() - 1;
        if (i < 0 || rw.sentence(i) != rw.sentence(r.from()) || !EXPLETIVES.contains(rw.words[i])
                || GroupReferences.PRONOUNS.contains(rw.words[r.from()])) {
            return null;
        }
        return new WordMatch<>(i, i + 1, Predicate.NEG);
    }

    /**
     * "... holding back the normal ones", "normal people": a NORMAL_WORDS word before a person word, within twelve
     * words after the group in its sentence (a pronoun does not count: the group must be named there).
     */
    private static WordMatch<Predicate> normalOthers(RepairedWords rw, Ref r) {
        if (GroupReferences.PRONOUNS.contains(rw.words[r.from()])) {
            return null;
        }
        for (int i = r.to(); i + 1 < rw.size() && i <= r.to() + 12 && rw.sentence(i + 1) == rw.sentence(r.from()); i++) {
            boolean compared = i > 0 && (rw.words[i - 1].equals("like") || rw.words[i - 1].equals("as")
                    || rw.words[i - 1].equals("than")); // "treated like normal people": equality asked for
            if (!compared && NORMAL_WORDS.contains(rw.words[i]) && NORMAL_PEOPLE.contains(rw.words[i + 1])) {
                return new WordMatch<>(i, i + 2, Predicate.IMPL);
            }
        }
        return null;
    }

    /**
     * "only got the job because she's a X" or "got the seat because he's a X, not because ...": a GAIN_VERBS word and a
     * GAINS word before "because" and the group (within twelve words), with "only" before the verb or "not because"
     * after the group.
     */
    private static WordMatch<Predicate> tokenism(RepairedWords rw, Ref r) {
        int because = -1;
        for (int i = r.from() - 1; i >= Math.max(0, r.from() - 4) && rw.sentence(i) == rw.sentence(r.from()); i--) {
            if (rw.words[i].equals("because")) {
                because = i;
                break;
            }
        }
        if (because < 0) {
            return null;
        }
        int verb = -1;
        for (int i = because - 1; i >= Math.max(0, because - 8) && rw.sentence(i) == rw.sentence(because); i--) {
            if (GAIN_VERBS.contains(rw.words[i]) && i + 3 < rw.size() && (GAINS.contains(rw.words[i + 1])
                    || GAINS.contains(rw.words[i + 2]) || GAINS.contains(rw.words[i + 3]))) {
                verb = i;
                break;
            }
        }
        if (verb < 0) {
            return null;
        }
        boolean only = verb > 0 && rw.words[verb - 1].equals("only");
        boolean notMerit = false;
        for (int i = r.to(); i + 1 < rw.size() && i <= r.to() + 3 && rw.sentence(i) == rw.sentence(r.from()); i++) {
            notMerit |= rw.words[i].equals("not") && rw.words[i + 1].equals("because");
        }
        return only || notMerit ? new WordMatch<>(verb, because + 1, Predicate.IMPL) : null;
    }
}
