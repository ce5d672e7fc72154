package org.councilpolicy.content.offence;

import java.util.Arrays;
import java.util.Set;
import org.councilpolicy.content.offence.OffenceLexicons.Tagged;
import org.councilpolicy.content.offence.WordView.WordMatch;

/**
 * How a threat phrase is framed, split from {@link ThreatComposer} so the grammar of frames reads on its own: the
 * words before a harm that make it the speaker's wish or a prediction, a condition on the speaker's own act, a
 * speculation about fire, and negation that cancels a phrase. Each check looks a bounded number of words back.
 */
final class ThreatFrames {

    /** Words before a harm act that make it the speaker's wish, call or intention. */
    private static final Set<String> WISHES = Set.copyOf(Arrays.asList("i'll", "ill", "we'll", "gonna", "hope",
            "hopes", "wish", "deserve", "deserves", "should", "ought", "let's", "lets", "love", "wanna", "want",
            "i'd", "we'd", "gotta", "must", "needs", "need", "dare", "time", "wants",
            "ah'll", "a'll", "ahll", "happily", "who'd", "laugh", "cheer",
            "celebrate", "pray", "praying", "prays", "hoping", "wishing", "deserved"));
    /** Words before a harm act that make it an intention, a wish, a call or a prediction. */
    private static final Set<String> FRAMES = Set.copyOf(Arrays.asList("i'll", "ill", "we'll", "gonna", "going",
            "hope", "hopes", "wish", "deserve", "deserves", "should", "ought", "need", "needs", "let's", "lets",
            "love", "someone", "somebody", "soon", "one", "he'll", "she'll", "you'll", "they'll", "it'll", "will",
            "wait", "until", "till", "wanna", "want", "i'd", "we'd", "gotta", "must", "shall", "next", "dare",
            "time", "could", "might", "gets", "get", "getting", "got"));
    private static final Set<String> NEGATORS = Set.copyOf(Arrays.asList("not", "no", "never", "nobody", "nothing",
            "dont", "don't", "wont", "won't", "wouldn't", "wouldnt", "shouldn't", "shouldnt", "cannot", "can't",
            "didn't", "isn't", "aren't"));
    /** How far back a frame word may stand ("somebody ought to give Councillor Lee a proper hiding"). */
    private static final int FRAME_WINDOW = 8;
    private static final int SENTENCE_REACH = 12;
    /** Words of regret before "nobody" that make a negated harm a wish. */
    private static final Set<String> REGRETS = Set.of("shame", "pity", "surprised", "amazed", "shocked", "wonder");
    /** Verbs of wishing that, opening a sentence, make its harms the speaker's wish. */
    private static final Set<String> OPENING_WISHES = Set.of("hope", "hoping", "pray", "praying", "wish");
    /** A phrase that opens with its own subject is out of reach of a negation before it. */
    private static final Set<String> SUBJECTS = Set.of("you'll", "he'll", "she'll", "they'll", "youll", "theyll",
            "you're", "he's", "she's", "they're");
    private static final Set<String> CONDITIONS = Set.of("if", "when", "once", "till", "til", "until", "soon");
    /** The speaker as subject: "I will", "we're going to", "I'm bringing". */
    private static final Set<String> FIRST_PERSON = Set.of("i", "we", "i'm", "im", "we're", "am");
    /** What the speaker says they will do: "I will", "I'm going to", "I swear", "I'm bringing", "I'm coming". */
    private static final Set<String> INTENT = Set.of("will", "shall", "going", "gonna", "swear", "bringing",
            "coming", "taking", "heading");
    /** How an ultimatum opens: "Keep ignoring us and...", "Carry on like this and...", "One more letter and...". */
    private static final Set<String> ULTIMATUMS = Set.of("keep", "carry", "push", "try", "touch", "ignore", "one",
            "do", "close", "cut", "mess", "any", "go", "come", "tow", "fine", "ticket", "shut", "give", "approve",
            "demolish", "clamp", "evict", "refuse", "scrap", "axe", "build", "sell");
    private static final int INTENT_REACH = 6;

    private ThreatFrames() {
    }

    /** How a harm is framed: wished or intended by the speaker, predicted, or not framed at all. */
    enum Frame { WISH, PREDICTION, NONE }

    static Frame frame(RepairedWords rw, WordMatch<Tagged> p) {
        int at = p.from();
        int sent = rw.sentence(at);
        if (at == 0 || rw.sentence(at - 1) != sent) {
            // An imperative opening the sentence ("Batter him"): a call, but only against people; drafts say
            // "Smash your goals at the leisure centre".
            return Frame.PREDICTION;
        }
        Frame f = Frame.NONE;
        for (int i = at - 1; i >= Math.max(0, at - FRAME_WINDOW) && rw.sentence(i) == sent; i--) {
            String w = rw.words[i];
            if (WISHES.contains(w) || INTENT.contains(w) && i > 0 && FIRST_PERSON.contains(rw.words[i - 1])
                    || w.equals("wait") && i > 0 && (rw.words[i - 1].equals("can't") || rw.words[i - 1].equals("cant"))) {
                return Frame.WISH; // "I will", "we're going to": the speaker's own intention
            }
            if (FRAMES.contains(w) || w.endsWith("'ll")) {
                f = Frame.PREDICTION;
            }
        }
        for (int i = at - 1; i >= Math.max(0, at - FRAME_WINDOW) && rw.sentence(i) == sent; i--) {
            if (regretsNobody(rw, i)) {
                return Frame.WISH; // "Shame nobody has torched the council offices yet"
            }
        }
        if (wishOpens(rw, at, sent)) {
            return Frame.WISH; // "Hope the councillor who voted for this trips and falls under a bus"
        }
        if (speakerCondition(rw, at, sent)) {
            return Frame.WISH; // "... if I ever catch him", "when I get hold of her": the speaker's own act
        }
        for (int i = at; i < p.to() && f == Frame.NONE; i++) {
            if (rw.words[i].equals("won't") || rw.words[i].equals("wont")) {
                f = Frame.PREDICTION; // "won't see Christmas" carries its own prediction
            }
        }
        return f;
    }

    /**
     * A sentence that opens with the speaker's wish ("Hope...", "I hope...", "I pray...", "Wish...") frames every
     * harm in it, however long the subject between them ("Hope whoever decided this has a long stay in hospital").
     */
    private static boolean wishOpens(RepairedWords rw, int at, int sent) {
        int start = at;
        for (int i = at - 1; i >= Math.max(0, at - SENTENCE_REACH) && rw.sentence(i) == sent; i--) {
            start = i;
        }
        if (start == at || start > 0 && rw.sentence(start - 1) == sent) {
            return false; // the harm opens the sentence, or the sentence starts further back than we look
        }
        String first = rw.words[start];
        String second = start + 1 < at ? rw.words[start + 1] : "";
        return OPENING_WISHES.contains(first) || (first.equals("i") || first.equals("we")) && OPENING_WISHES.contains(second);
    }

    /**
     * "Shame nobody has...", "surprised no one has...": regret that nobody did it is a wish that somebody would
     * ("Shame nobody has torched the council offices yet"), not a negation.
     */
    static boolean regretsNobody(RepairedWords rw, int i) {
        String w = rw.words[i];
        int before = w.equals("one") && i >= 1 && rw.words[i - 1].equals("no") ? i - 2 : i - 1;
        return (w.equals("nobody") || w.equals("noone") || w.equals("one") && before == i - 2)
                && before >= 0 && rw.sentence(before) == rw.sentence(i) && REGRETS.contains(rw.words[before]);
    }

    /** "If I", "when I", "once I", "till I" in the sentence: the harm is conditional on the speaker's act. */
    private static boolean speakerCondition(RepairedWords rw, int at, int sent) {
        for (int i = Math.max(0, at - SENTENCE_REACH); i + 1 < Math.min(rw.size(), at + SENTENCE_REACH); i++) {
            if (rw.sentence(i) == sent && rw.words[i + 1].equals("i") && CONDITIONS.contains(rw.words[i])) {
                return true;
            }
        }
        return false;
    }

    /**
     * The speaker says they will do it: "I will hurt someone", "I'm going to torch the place", "I'm bringing a bat";
     * "i'll" and "we'll" say it in one word.
     */
    static boolean speakerIntent(RepairedWords rw, WordMatch<Tagged> p) {
        int clause = rw.clause(p.from());
        for (int i = p.from() - 1; i >= Math.max(0, p.from() - INTENT_REACH) && rw.clause(i) == clause; i--) {
            String w = rw.words[i];
            if (w.equals("i'll") || w.equals("we'll") || INTENT.contains(w) && i > 0
                    && FIRST_PERSON.contains(rw.words[i - 1])) {
                return true;
            }
        }
        return false;
    }

    /**
     * An ultimatum to the reader: the sentence opens with what they are doing ("Keep ignoring us", "Carry on",
     * "One more letter") and "and" joins what will follow. Its target is whoever is told, so it needs none in words.
     */
    static boolean ultimatum(RepairedWords rw, WordMatch<Tagged> p) {
        int sent = rw.sentence(p.from());
        boolean and = false;
        int i = p.from() - 1;
        for (; i >= Math.max(0, p.from() - SENTENCE_REACH) && rw.sentence(i) == sent; i--) {
            and |= rw.words[i].equals("and") || rw.words[i].equals("or");
        }
        int start = i + 1;
        if (!and || start >= p.from()) {
            return false;
        }
        if ((i < 0 || rw.sentence(i) != sent) && ULTIMATUMS.contains(rw.words[start])) {
            return true;
        }
        for (int k = start; k + 1 < p.from(); k++) {
            if (rw.words[k].equals("again") && (rw.words[k + 1].equals("and") || rw.words[k + 1].equals("or"))) {
                return true; // "Tow my car again and...", "Come near my kids again or..."
            }
        }
        return false;
    }

    /** A weapon called for or brought: a wish, the speaker's intent, or "bring"/"grab" anywhere before it. */
    static boolean armed(RepairedWords rw, WordMatch<Tagged> p) {
        int sent = rw.sentence(p.from());
        for (int i = p.from() - 1; i >= Math.max(0, p.from() - SENTENCE_REACH) && rw.sentence(i) == sent; i--) {
            String w = rw.words[i];
            if (WISHES.contains(w) || w.startsWith("bring") || w.equals("grab") || w.equals("tooled")) {
                return true;
            }
        }
        return speakerIntent(rw, p);
    }

    /** A fire hinted at as a speculation: "wonder how fast the offices would burn", "it would go up a treat". */
    static boolean speculates(RepairedWords rw, WordMatch<Tagged> p) {
        int sent = rw.sentence(p.from());
        for (int i = p.from(); i >= Math.max(0, p.from() - FRAME_WINDOW) && rw.sentence(i) == sent; i--) {
            String w = rw.words[i];
            if (w.equals("would") || w.equals("wonder") || w.equals("bet")) {
                return true;
            }
        }
        return false;
    }
    static boolean negated(RepairedWords rw, int at) {
        if (SUBJECTS.contains(rw.words[at])) {
            return false; // "if my bins aren't emptied you'll regret it": a negation before the subject is another clause's
        }
        for (int i = at - 1; i >= Math.max(0, at - 4) && rw.clause(i) == rw.clause(at); i--) {
            if (NEGATORS.contains(rw.words[i]) || rw.words[i].endsWith("n't")) {
                // "(better) hope you never meet me...", "pray he never...": a wish, not a negation; "had better not
                // show his face": a warning, not a negation
                return !(rw.words[i].equals("never") && i >= 2 && (rw.words[i - 2].equals("hope")
                        || rw.words[i - 2].equals("pray"))
                        || rw.words[i].equals("not") && i >= 1 && rw.words[i - 1].equals("better")
                        || regretsNobody(rw, i) || hopedAgainst(rw, i));
            }
        }
        return false;
    }

    /** How far before a negation "better hope" may stand: "had better hope his car doesn't go up in flames". */
    private static final int HOPE_REACH = 6;

    /**
     * A negation inside what someone "had better hope" or "better pray": "Trevaskis had better hope his car doesn't
     * go up in flames" warns of the harm it names; the negation is the hope's, not the speaker's.
     */
    private static boolean hopedAgainst(RepairedWords rw, int negation) {
        for (int i = negation - 1; i >= Math.max(1, negation - HOPE_REACH) && rw.sentence(i) == rw.sentence(negation); i--) {
            if ((rw.words[i].equals("hope") || rw.words[i].equals("pray")) && rw.words[i - 1].equals("better")) {
                return true;
            }
        }
        return false;
    }

    /** Verbs of winning that are also verbs of violence. */
    private static final Set<String> WINS = Set.of("beat", "beats", "beating", "beaten", "thrash", "thrashed",
            "thrashing", "hammered", "battered");
    /** How far after the verb a game may stand: "beat them by twenty points". */
    private static final int CONTEST_REACH = 5;

    /**
     * "Beat" as winning: a game or a contest word in the verb's clause a few words on ("we beat them by twenty
     * points", "beat you at Madden"). A time or a place is no game: "I'll beat you after the match" and "beat him in
     * the car park" stay threats.
     */
    static boolean contest(RepairedWords rw, WordMatch<Tagged> p, boolean[] contest) {
        return p.to() - p.from() == 1 && contest(rw.words, rw::clause, p.from(), contest);
    }

    /** {@link #contest(RepairedWords, WordMatch, boolean[])} for the single word {@code at} of any word view. */
    static boolean contest(String[] words, java.util.function.IntUnaryOperator clauseOf, int at, boolean[] contest) {
        if (contest == null || !WINS.contains(words[at])) {
            return false;
        }
        int clause = clauseOf.applyAsInt(at);
        for (int j = at + 1; j < Math.min(words.length, at + 1 + CONTEST_REACH) && clauseOf.applyAsInt(j) == clause; j++) {
            if (contest[j]) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> HAPPENS = Set.of("happen", "happens", "happened", "happening");
    private static final Set<String> PRONOUNS = Set.of("it", "them", "this", "that");

    /** A mishap hinted at: "if something happened to", "hate for anything to happen to". */
    static boolean mishap(RepairedWords rw, WordMatch<Tagged> p) {
        for (int i = p.from(); i < Math.min(rw.size(), p.to() + 2); i++) {
            if (HAPPENS.contains(rw.words[i])) {
                return true;
            }
        }
        return false;
    }

    /** "...happened to it", "...to happen to them": the hint's object is a pronoun for something named before. */
    static boolean pronounAfter(RepairedWords rw, WordMatch<Tagged> p) {
        for (int i = p.to(); i < Math.min(rw.size(), p.to() + 3) && rw.sentence(i) == rw.sentence(p.from()); i++) {
            if (PRONOUNS.contains(rw.words[i])) {
                return true;
            }
        }
        return false;
    }
}
