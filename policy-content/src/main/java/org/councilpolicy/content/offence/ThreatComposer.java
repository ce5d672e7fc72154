package org.councilpolicy.content.offence;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.councilpolicy.content.offence.OffenceLexicons.HarassKind;
import org.councilpolicy.content.offence.OffenceLexicons.Tagged;
import org.councilpolicy.content.offence.OffenceLexicons.TargetKind;
import org.councilpolicy.content.offence.OffenceLexicons.ThreatPart;
import org.councilpolicy.content.offence.OffenceLexicons.WordKey;
import org.councilpolicy.content.offence.WordView.WordMatch;
import org.councilpolicy.core.rule.Span;

/**
 * Threats and harassment as compositions over {@link RepairedWords}: a harm act or a predicted harmful outcome
 * aimed at a target (a person, a named person, a councillor or worker, a building, someone's home or family) in an
 * intent, wish or prediction frame ("I'll batter him", "hope someone torches the town hall", "you'll need an
 * ambulance"); a veiled hint with a target ("shame if your car caught fire"); and harassment — tracking someone's
 * private life, persistent targeting, sexualised remarks and body-shaming — aimed at a person. Idioms ("killing
 * it"), negation and quotation cancel. The phrase classes are data files; this class holds the grammar. Linear in
 * the words: each phrase looks a bounded number of words around it.
 */
final class ThreatComposer {

    /** Words before a harm act that make it the speaker's wish, call or intention. */
    private static final Set<String> WISHES = Set.copyOf(Arrays.asList("i'll", "ill", "we'll", "gonna", "hope",
            "hopes", "wish", "deserve", "deserves", "should", "ought", "let's", "lets", "love", "wanna", "want",
            "i'd", "we'd", "gotta", "must", "needs", "need", "dare", "time"));
    /** Words before a harm act that make it an intention, a wish, a call or a prediction. */
    private static final Set<String> FRAMES = Set.copyOf(Arrays.asList("i'll", "ill", "we'll", "gonna", "going",
            "hope", "hopes", "wish", "deserve", "deserves", "should", "ought", "need", "needs", "let's", "lets",
            "love", "someone", "somebody", "soon", "one", "he'll", "she'll", "you'll", "they'll", "it'll", "will",
            "wait", "until", "till", "wanna", "want", "i'd", "we'd", "gotta", "must", "shall", "next", "dare",
            "time", "could", "might", "gets", "get", "getting", "got"));
    private static final Set<String> NEGATORS = Set.copyOf(Arrays.asList("not", "no", "never", "nobody", "nothing",
            "dont", "don't", "wont", "won't", "wouldn't", "wouldnt", "shouldn't", "shouldnt", "cannot", "can't",
            "didn't", "isn't", "aren't"));
    /** Harms that happen to someone rather than being done by someone: a threat only when wished or said to "you". */
    private static final Set<String> INTRANSITIVE = Set.copyOf(Arrays.asList("die", "dies", "died", "dead", "rot",
            "rots", "rot in hell", "get cancer", "gets cancer", "drown", "drowned", "choke", "choked", "falls down the stairs",
            "fall down the stairs", "car crash", "burns down", "burn down", "hanging", "swinging", "hurt", "hurting",
            "get hurt", "gets hurt", "getting hurt"));
    private static final Set<String> OWN_TARGETS = Set.copyOf(Arrays.asList("you", "your", "yours", "him", "his",
            "her", "he", "she", "them", "their", "they", "you're", "you'll"));
    /**
     * Harms whose words mostly mean something else ("get the potholes sorted, councillor", "questions from the
     * floor", "it was done in secret", "they'll run down the library", "it will run over budget"): a threat only with the person right beside them ("he'll get sorted",
     * "you'll be dealt with") unless the speaker wishes or intends them ("somebody ought to give Cllr Lee a
     * proper hiding").
     */
    private static final Set<String> AMBIGUOUS = Set.of("sorted", "sorted out", "sort out", "dealt with", "get done",
            "done in", "a visit", "floor", "lamp", "bottle", "glass", "deck", "taken out", "take out", "pay for this",
            "pay for it", "a lesson", "hiding", "a hiding", "run down", "run over", "blow up", "blown up", "got at");
    /** How close a person must stand to an {@link #AMBIGUOUS} harm. */
    private static final int BESIDE = 2;
    private static final Set<String> PASSIVE = Set.of("get", "gets", "got", "getting", "be", "been", "being");
    /** Subjects that are nobody in particular: "someone will get hurt" warns; it threatens no one. */
    private static final Set<String> NOBODY = Set.of("someone", "somebody", "someone's", "somebody's", "anyone",
            "people", "kids", "children", "pedestrians", "cyclists", "residents", "child");
    private static final int NOBODY_REACH = 4;
    private static final int WINDOW = 6;
    /** Words after a body word that leave it said of a person ("she's fat and lazy", "so ugly it hurts"). */
    private static final Set<String> PREDICATIVE_NEXT = Set.of("and", "as", "but", "too", "so", "or", "it", "that",
            "enough", "now", "though", "lol", "af", "to", "with", "in", "on", "at", "like");
    /** How far back a frame word may stand ("somebody ought to give Councillor Lee a proper hiding"). */
    private static final int FRAME_WINDOW = 8;
    private static final int SENTENCE_REACH = 12;
    private static final int HAZARD_REACH = 6;
    private static final Set<String> CONDITIONS = Set.of("if", "when", "once", "till", "til", "until", "soon");
    private static final int NEAR = 3;
    /** How close a body or sexual word must stand to its person ("that fat receptionist", "she's well fit"). */
    private static final int CLOSE = 2;
    /** A sexualised remark may stand further from its person ("the new officer is a right stunner"). */
    private static final int SEXUAL_CLOSE = 4;

    private final OffenceLexicons lex;

    ThreatComposer(OffenceLexicons lex) {
        this.lex = lex;
    }

    void detect(RepairedWords rw, List<WordMatch<Tagged>> all, PersonMentions.Lazy people, List<Offence> out) {
        List<WordMatch<Tagged>> parts = new ArrayList<>();
        List<WordMatch<Tagged>> targets = new ArrayList<>();
        List<WordMatch<Tagged>> idioms = new ArrayList<>();
        List<WordMatch<Tagged>> hazardWords = new ArrayList<>();
        Set<Integer> veiled = new java.util.HashSet<>();
        Set<Integer> ballots = new java.util.HashSet<>();
        java.util.Map<Integer, Integer> fires = new java.util.HashMap<>();
        int lastFire = 0;
        for (WordMatch<Tagged> m : all) {
            WordKey k = m.payload().key();
            Object payload = m.payload().payload();
            if (k == WordKey.TARGET) {
                targets.add(m);
            } else if (payload == ThreatPart.IDIOM) {
                idioms.add(m);
            } else if (payload == ThreatPart.HAZARD) {
                hazardWords.add(m);
            } else if (payload == ThreatPart.BALLOT) {
                ballots.add(rw.sentence(m.from()));
            } else if (k == WordKey.THREAT_PART || k == WordKey.HARASS) {
                parts.add(m);
                if (payload == ThreatPart.VEILED) {
                    veiled.add(rw.sentence(m.from()));
                } else if (payload == ThreatPart.FIRE && m.from() >= lastFire) {
                    fires.merge(rw.sentence(m.from()), 1, Integer::sum); // distinct cues: "caught fire" is one
                    lastFire = m.to();
                }
            }
        }
        if (parts.isEmpty()) {
            return;
        }
        // A hazard word inside a veiled phrase ("a little accident") is the threat's own wording, not a hazard.
        boolean[] hazards = new boolean[rw.size()];
        for (WordMatch<Tagged> h : hazardWords) {
            if (parts.stream().noneMatch(p -> p.from() < h.to() && h.from() < p.to()
                    && (p.payload().payload() == ThreatPart.VEILED || p.payload().payload() == ThreatPart.FIRE))) {
                Arrays.fill(hazards, h.from(), h.to(), true);
            }
        }
        // "Someone will get hurt", "kids are going to get run over": a harm predicted for nobody in particular is a
        // warning about a hazard; the sentence holds no threat unless the speaker wishes the harm.
        Set<Integer> warnings = new java.util.HashSet<>();
        for (WordMatch<Tagged> p : parts) {
            if (p.payload().payload() == ThreatPart.HARM && unspecifiedVictim(rw, p)) {
                warnings.add(rw.sentence(p.from()));
            }
        }
        Named named = new Named(rw, people);
        boolean[] idiom = new boolean[rw.size()];
        idioms.forEach(m -> Arrays.fill(idiom, m.from(), m.to(), true));
        targets.sort(java.util.Comparator.comparingInt(WordMatch::from));
        List<Span> found = new ArrayList<>();
        List<Span> foundHarassment = new ArrayList<>();
        for (WordMatch<Tagged> p : parts) {
            if (rw.quoted(p.from()) || negated(rw, p.from()) || inIdiom(idiom, p)) {
                continue;
            }
            if (p.payload().payload() instanceof ThreatPart && ballots.contains(rw.sentence(p.from()))) {
                continue; // "he'll get what's coming at the ballot box": a vote, not a threat
            }
            if (p.payload().payload() instanceof ThreatPart && warnings.contains(rw.sentence(p.from()))
                    && frame(rw, p) != Frame.WISH) {
                continue;
            }
            String reason = p.payload().payload() instanceof ThreatPart part
                    ? threat(rw, targets, named, p, part, hazards, veiled, fires)
                    : harassment(rw, targets, named, p, (HarassKind) p.payload().payload());
            if (reason == null) {
                continue;
            }
            OffenceKind kind = p.payload().payload() instanceof ThreatPart ? OffenceKind.THREAT : OffenceKind.HARASSMENT;
            Span span = rw.toOriginal(p.from(), p.to());
            List<Span> same = kind == OffenceKind.THREAT ? found : foundHarassment;
            if (overlapsRecent(same, span)) {
                continue;
            }
            same.add(span);
            out.add(new Offence(kind, span, Strength.STRONG, Optional.empty(),
                    String.join(" ", Arrays.copyOfRange(rw.words, p.from(), p.to())), reason, false));
        }
    }

    /** A passive or intransitive harm whose subject, a few words before it, is nobody in particular. */
    private static boolean unspecifiedVictim(RepairedWords rw, WordMatch<Tagged> p) {
        boolean passive = p.from() > 0 && PASSIVE.contains(rw.words[p.from() - 1]);
        if (!passive && !INTRANSITIVE.contains(String.join(" ", Arrays.copyOfRange(rw.words, p.from(), p.to())))) {
            return false;
        }
        int sent = rw.sentence(p.from());
        for (int i = p.from() - 1; i >= Math.max(0, p.from() - NOBODY_REACH) && rw.sentence(i) == sent; i--) {
            if (NOBODY.contains(rw.words[i])) {
                return true;
            }
        }
        return false;
    }

    /** Parts come in text order, so only the last few spans found can overlap a new one (keeps this linear). */
    private static boolean overlapsRecent(List<Span> found, Span span) {
        for (int i = found.size() - 1; i >= Math.max(0, found.size() - 4); i--) {
            if (found.get(i).overlaps(span)) {
                return true;
            }
        }
        return false;
    }

    /** Why a threat phrase is a threat here, or null. */
    private static String threat(RepairedWords rw, List<WordMatch<Tagged>> targets, Named named,
                                 WordMatch<Tagged> p, ThreatPart part, boolean[] hazards, Set<Integer> veiled,
                                 java.util.Map<Integer, Integer> fires) {
        int sent = rw.sentence(p.from());
        Frame frame = frame(rw, p);
        if (frame == Frame.NONE && veiled.contains(sent) && part == ThreatPart.HARM) {
            frame = Frame.PREDICTION; // "shame if his windows got put in": the hint frames the harm
        }
        boolean hazard = hazardNear(rw, hazards, p) && frame != Frame.WISH;
        // A predicted death or injury of "her" may be a worry; predicted for "you", a councillor or a named person,
        // or wished by the speaker, it is a threat. Buildings are threatened only by the speaker's wish or intent.
        Reach who = frame == Frame.WISH || veiled.contains(sent) ? Reach.PLACES : Reach.PEOPLE;
        // A passive harm ("will get hurt", "be run over") happens to its subject, like an intransitive one.
        boolean passive = p.from() > 0 && PASSIVE.contains(rw.words[p.from() - 1]);
        Reach weak = frame == Frame.WISH || !passive && !INTRANSITIVE.contains(String.join(" ",
                Arrays.copyOfRange(rw.words, p.from(), p.to()))) ? Reach.PEOPLE : Reach.ADDRESSED;
        // Predicted to happen, the harm falls on the subject before it; a person after it is the cause ("someone
        // will get hurt because of you lot"), a warning about a hazard, not a threat.
        boolean after = who == Reach.PLACES || weak != Reach.ADDRESSED;
        String words = String.join(" ", Arrays.copyOfRange(rw.words, p.from(), p.to()));
        if (part == ThreatPart.HARM && frame != Frame.WISH && AMBIGUOUS.contains(words)) {
            return frame != Frame.NONE && !hazard
                    && (target(rw, targets, named, Math.max(0, p.from() - BESIDE), p.from(), sent, Reach.PEOPLE)
                    || target(rw, targets, named, p.to(), Math.min(rw.size(), p.to() + 1), sent, Reach.PEOPLE))
                    ? "a threat of harm" : null;
        }
        return switch (part) {
            case HARM -> frame != Frame.NONE && !hazard
                    && (after && target(rw, targets, named, p.to(), Math.min(rw.size(), p.to() + WINDOW), sent,
                            who == Reach.PLACES ? who : weak)
                    || target(rw, targets, named, Math.max(0, p.from() - (frame == Frame.WISH ? 2 * WINDOW : WINDOW)),
                            p.from(), sent, who == Reach.PLACES ? who : weak))
                    ? (frame == Frame.WISH ? "a wish or intention to harm" : "a threat of harm") : null;
            case OUTCOME -> frame != Frame.NONE && !hazard && near(rw, targets, named, p, WINDOW,
                    frame == Frame.WISH ? Reach.PEOPLE : Reach.ADDRESSED)
                    ? "a threat: harm predicted for a person" : null;
            case VEILED -> !hazard && (addressed(rw, p) || near(rw, targets, named, p, WINDOW * 2, Reach.PEOPLE)
                    || veiled.size() > 1 && anywhere(targets, named))
                    ? "a veiled threat" : null;
            case FIRE -> (frame == Frame.WISH || veiled.contains(sent) || fires.getOrDefault(sent, 0) > 1
                    || speculates(rw, p)) && !hazard
                    && near(rw, targets, named, p, WINDOW * 2, Reach.PLACES) ? "a veiled threat of fire" : null;
            default -> null;
        };
    }

    private static String harassment(RepairedWords rw, List<WordMatch<Tagged>> targets, Named named,
                                     WordMatch<Tagged> p, HarassKind h) {
        boolean close = h == HarassKind.SEXUAL || h == HarassKind.BODY;
        // Single body words ("fat", "ugly") also describe things and must stand by their person; a longer body phrase
        // ("a face like a...") or a sexual remark may stand further away.
        int reach = h == HarassKind.SEXUAL || p.to() - p.from() > 1 ? SEXUAL_CLOSE : CLOSE;
        boolean own = addressed(rw, p);
        if (!own && !near(rw, targets, named, p, close ? NEAR : WINDOW, Reach.PEOPLE) || aboutThing(rw, targets, p, h)) {
            return null;
        }
        if (close && !own && !sameClauseTarget(rw, targets, named, p, reach)) {
            return null;
        }
        return switch (h) {
            case TRACK -> "harassment: watching or tracking a person's private life";
            case PERSIST -> "harassment: persistent targeting of a person";
            case SEXUAL -> "harassment: a sexualised remark about a person";
            case BODY -> "harassment: body-shaming a person";
        };
    }

    /** A veiled phrase that names its own target ("watch your back", "we know where he lives"). */
    private static boolean addressed(RepairedWords rw, WordMatch<Tagged> p) {
        for (int i = p.from(); i < p.to(); i++) {
            if (OWN_TARGETS.contains(rw.words[i])) {
                return true;
            }
        }
        return false;
    }

    /** How a harm is framed: wished or intended by the speaker, predicted, or not framed at all. */
    private enum Frame { WISH, PREDICTION, NONE }

    private static Frame frame(RepairedWords rw, WordMatch<Tagged> p) {
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
            if (WISHES.contains(w)) {
                return Frame.WISH;
            }
            if (FRAMES.contains(w) || w.endsWith("'ll")) {
                f = Frame.PREDICTION;
            }
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
     * A road, a flood or an accident in the same clause, a few words away: "someone will get killed on this
     * junction" is a warning about a hazard. A hazard elsewhere in the sentence does not excuse a threat.
     */
    private static boolean hazardNear(RepairedWords rw, boolean[] hazards, WordMatch<Tagged> p) {
        int clause = rw.clause(p.from());
        for (int i = Math.max(0, p.from() - HAZARD_REACH); i < Math.min(rw.size(), p.to() + HAZARD_REACH); i++) {
            if (hazards[i] && rw.clause(i) == clause) {
                return true;
            }
        }
        return false;
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

    /** A fire hinted at as a speculation: "wonder how fast the offices would burn", "it would go up a treat". */
    private static boolean speculates(RepairedWords rw, WordMatch<Tagged> p) {
        int sent = rw.sentence(p.from());
        for (int i = p.from(); i >= Math.max(0, p.from() - FRAME_WINDOW) && rw.sentence(i) == sent; i--) {
            String w = rw.words[i];
            if (w.equals("would") || w.equals("wonder") || w.equals("bet")) {
                return true;
            }
        }
        return false;
    }

    private static boolean near(RepairedWords rw, List<WordMatch<Tagged>> targets, Named named,
                                WordMatch<Tagged> p, int reach, Reach places) {
        int sent = rw.sentence(p.from());
        return target(rw, targets, named, Math.max(0, p.from() - reach), Math.min(rw.size(), p.to() + reach), sent,
                places);
    }

    private static boolean sameClauseTarget(RepairedWords rw, List<WordMatch<Tagged>> targets, Named named,
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
    private enum Reach { PLACES, PEOPLE, ADDRESSED }

    /** A target (or a named person) among words {@code [lo, hi)} of sentence {@code sent}. */
    private static boolean target(RepairedWords rw, List<WordMatch<Tagged>> targets, Named named, int lo, int hi,
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
    private static boolean anywhere(List<WordMatch<Tagged>> targets, Named named) {
        if (named.any()) {
            return true;
        }
        for (WordMatch<Tagged> t : targets) {
            Object kind = t.payload().payload();
            if (kind == TargetKind.ELECTED || kind == TargetKind.STAFF || kind == TargetKind.FAMILY) {
                return true;
            }
        }
        return false;
    }

    /**
     * Body words said of a place ("the ugly new flats") are not about a person: a place target nearer wins, and a
     * single body word before a noun that is no person ("an ugly extension") describes that thing.
     */
    private static boolean aboutThing(RepairedWords rw, List<WordMatch<Tagged>> targets, WordMatch<Tagged> p,
                                      HarassKind h) {
        if (h != HarassKind.BODY) {
            return false;
        }
        if (p.to() - p.from() == 1 && p.to() < rw.size() && rw.clause(p.to()) == rw.clause(p.from())
                && !PREDICATIVE_NEXT.contains(rw.words[p.to()]) && !targetAt(targets, p.to())) {
            return true;
        }
        for (int k = firstTarget(targets, p.from() - NEAR); k < targets.size()
                && targets.get(k).from() <= p.from() + NEAR; k++) {
            WordMatch<Tagged> t = targets.get(k);
            if (t.payload().payload() == TargetKind.PLACE && Math.abs(t.from() - p.from()) <= NEAR) {
                return true;
            }
        }
        return false;
    }

    /** Which words belong to a named person, worked out on first use (it runs the person-name finder). */
    private static final class Named {
        private final RepairedWords rw;
        private final PersonMentions.Lazy people;
        private boolean[] words;

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
            for (int i = 0; i < rw.size(); i++) {
                if (at(i)) {
                    return true;
                }
            }
            return false;
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

    private static boolean negated(RepairedWords rw, int at) {
        for (int i = at - 1; i >= Math.max(0, at - 4) && rw.clause(i) == rw.clause(at); i--) {
            if (NEGATORS.contains(rw.words[i]) || rw.words[i].endsWith("n't")) {
                return true;
            }
        }
        return false;
    }

    private static boolean inIdiom(boolean[] idiom, WordMatch<Tagged> p) {
        for (int i = p.from(); i < p.to(); i++) {
            if (idiom[i]) {
                return true;
            }
        }
        return false;
    }

    private static boolean targetAt(List<WordMatch<Tagged>> targets, int at) {
        for (int k = firstTarget(targets, at); k < targets.size() && targets.get(k).from() <= at; k++) {
            if (targets.get(k).from() == at) {
                return true;
            }
        }
        return false;
    }

    /** Index of the first target starting at or after {@code from - 6} (targets are sorted and at most 6 words). */
    private static int firstTarget(List<WordMatch<Tagged>> targets, int from) {
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
