package org.councilpolicy.content.offence;

import static org.councilpolicy.content.offence.ThreatFrames.frame;
import static org.councilpolicy.content.offence.ThreatFrames.negated;
import static org.councilpolicy.content.offence.ThreatFrames.speakerIntent;
import static org.councilpolicy.content.offence.ThreatFrames.speculates;
import static org.councilpolicy.content.offence.ThreatFrames.ultimatum;
import static org.councilpolicy.content.offence.ThreatTargets.addressed;
import static org.councilpolicy.content.offence.ThreatTargets.near;
import static org.councilpolicy.content.offence.ThreatTargets.target;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.councilpolicy.content.offence.OffenceLexicons.HarassKind;
import org.councilpolicy.content.offence.OffenceLexicons.TargetKind;
import org.councilpolicy.content.offence.OffenceLexicons.Tagged;
import org.councilpolicy.content.offence.OffenceLexicons.ThreatPart;
import org.councilpolicy.content.offence.OffenceLexicons.WordKey;
import org.councilpolicy.content.offence.ThreatFrames.Frame;
import org.councilpolicy.content.offence.ThreatTargets.Named;
import org.councilpolicy.content.offence.ThreatTargets.Reach;
import org.councilpolicy.content.offence.WordView.WordMatch;
import org.councilpolicy.core.rule.Span;

/**
 * Threats and harassment as compositions over {@link RepairedWords}: a harm act or a predicted harmful outcome
 * aimed at a target (a person, a named person, a councillor or worker, a building, someone's home or family) in an
 * intent, wish or prediction frame ("I'll batter him", "hope someone torches the town hall", "you'll need an
 * ambulance"); a veiled hint with a target ("shame if your car caught fire"); and harassment — tracking someone's
 * private life, persistent targeting, sexualised remarks and body-shaming — aimed at a person. Idioms ("killing
 * it"), negation and quotation cancel. The phrase classes are data files; this class holds the grammar. Linear in
 * the words: each phrase looks a bounded number of words around it. Frames live in {@link ThreatFrames}, target
 * finding in {@link ThreatTargets} and the harassment grammar in {@link Harassment}; this class joins them.
 */
final class ThreatComposer {

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
    /** How far a target may stand from its phrase (shared with {@link Harassment}). */
    static final int WINDOW = 6;
    private static final int HAZARD_REACH = 6;
    /** Nobody in particular as the object of the speaker's own act: "I will hurt someone at that council". */
    private static final Set<String> ANYONE = Set.of("someone", "somebody", "anyone", "anybody", "everyone",
            "everybody", "people");
    /** Words of veiled phrases that track a person ("we know where", "found out where", "what school"). */
    private static final Set<String> TRACKING = Set.of("where", "school", "house", "car", "address", "parks", "lives");
    /** Fire words that report a fire as often as they hint at one: an insinuation alone does not make them a threat. */
    /** A person's home, which with their family is what a locating cue makes a threat of. */
    private static final Set<String> HOMES = Set.of("house", "home", "place", "flat", "door", "drive", "driveway",
            "garden", "address", "street", "road");
    private static final Set<String> BARE_FIRE = Set.of("fire", "fires", "flames", "burning", "alight");

    private final OffenceLexicons lex;

    ThreatComposer(OffenceLexicons lex) {
        this.lex = lex;
    }

    void detect(RepairedWords rw, List<WordMatch<Tagged>> matched, PersonMentions.Lazy people, List<Offence> out) {
        List<WordMatch<Tagged>> all = HarmCompositions.compose(rw, matched);
        WordMatch<Tagged> mark = null;
        WordMatch<Tagged> locate = null;
        boolean[] deliberate = null; // violence nobody does by accident: a hazard near it excuses nothing
        int locates = 0; // distinct cues: "lives at number 14... go round and tell him"
        List<WordMatch<Tagged>> parts = new ArrayList<>();
        List<WordMatch<Tagged>> targets = new ArrayList<>();
        List<WordMatch<Tagged>> idioms = new ArrayList<>();
        List<WordMatch<Tagged>> hazardWords = new ArrayList<>();
        Set<Integer> veiled = new java.util.HashSet<>();
        Set<Integer> ballots = new java.util.HashSet<>();
        Set<Integer> argued = new java.util.HashSet<>();
        java.util.Map<Integer, Integer> fires = new java.util.HashMap<>();
        int lastFire = 0;
        for (WordMatch<Tagged> m : all) {
            WordKey k = m.payload().key();
            Object payload = m.payload().payload();
            if (k == WordKey.TARGET) {
                targets.add(m);
            } else if (payload == ThreatPart.IDIOM || payload == ThreatPart.CONTEST) {
                idioms.add(m);
            } else if (payload == ThreatPart.HAZARD) {
                hazardWords.add(m);
            } else if (payload == ThreatPart.ARGUMENT) {
                argued.add(rw.sentence(m.from()));
            } else if (payload == ThreatPart.BALLOT) {
                ballots.add(rw.sentence(m.from()));
            } else if (payload == ThreatPart.MARK) {
                mark = mark == null && !rw.quoted(m.from()) && !negated(rw, m.from()) ? m : mark;
            } else if (payload == ThreatPart.LOCATE && !rw.quoted(m.from()) && !negated(rw, m.from())) {
                locates += locate == null || m.from() >= locate.to() ? 1 : 0;
                locate = locate == null ? m : locate;
            } else if (payload == ThreatPart.BODY_PART || payload == ThreatPart.INJURY) {
                continue; // composed into harms by HarmCompositions
            } else if (payload == ThreatPart.DELIBERATE) {
                deliberate = deliberate == null ? new boolean[rw.size()] : deliberate;
                Arrays.fill(deliberate, m.from(), m.to(), true);
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
        if (!argued.isEmpty() && KinFacts.dropArgued(rw, parts, argued, mark != null)) {
            // "his kids go to Ashgrove and he still voted to close it": a fact in an argument, not a hint
            veiled.clear();
            parts.stream().filter(p -> p.payload().payload() == ThreatPart.VEILED)
                    .forEach(p -> veiled.add(rw.sentence(p.from())));
            locate = locate != null && locates == 1 && argued.contains(rw.sentence(locate.from())) ? null : locate;
        }
        if (parts.isEmpty() && mark == null && locate == null) {
            return;
        }
        // A hazard word inside a veiled phrase ("a little accident") is the threat's own wording, inside a target
        // ("that traffic warden") it names a person, and capitalised after a capitalised word ("Elm Road") it is an
        // address: none is a hazard.
        boolean[] notHazard = new boolean[rw.size()];
        for (WordMatch<Tagged> p : parts) {
            if (p.payload().payload() == ThreatPart.VEILED || p.payload().payload() == ThreatPart.FIRE) {
                Arrays.fill(notHazard, p.from(), p.to(), true);
            }
        }
        targets.forEach(t -> Arrays.fill(notHazard, t.from(), t.to(), true));
        for (WordMatch<Tagged> p : parts) { // "be funny if his house flooded": the hinted harm is no hazard
            if (p.payload().payload() == ThreatPart.HARM && veiled.contains(rw.sentence(p.from()))) {
                Arrays.fill(notHazard, p.from(), p.to(), true);
            }
        }
        boolean[] hazards = new boolean[rw.size()];
        for (WordMatch<Tagged> h : hazardWords) {
            if (!any(notHazard, h.from(), h.to()) && !streetName(rw, h.from())) {
                Arrays.fill(hazards, h.from(), h.to(), true);
            }
        }
        // "Someone will get hurt", "kids are going to get run over": a harm predicted for nobody in particular is a
        // warning about a hazard; the sentence holds no threat unless the speaker wishes the harm.
        Set<Integer> warnings = new java.util.HashSet<>();
        for (WordMatch<Tagged> p : parts) {
            if ((p.payload().payload() == ThreatPart.HARM || p.payload().payload() == ThreatPart.OUTCOME)
                    && ThreatSubjects.unspecifiedVictim(rw, p)) {
                warnings.add(rw.sentence(p.from()));
            }
        }
        Named named = new Named(rw, people);
        ThreatTargets.Anywhere anywhere = new ThreatTargets.Anywhere(targets, named);
        boolean[] idiom = new boolean[rw.size()];
        boolean[] contest = new boolean[rw.size()];
        idioms.forEach(m -> Arrays.fill(m.payload().payload() == ThreatPart.IDIOM ? idiom : contest, m.from(), m.to(), true));
        targets.sort(java.util.Comparator.comparingInt(WordMatch::from));
        List<Span> found = new ArrayList<>();
        List<Span> foundHarassment = new ArrayList<>();
        for (WordMatch<Tagged> p : parts) {
            if (rw.quoted(p.from()) || negated(rw, p.from()) && p.payload().payload() != ThreatPart.PRECAUTION
                    || any(idiom, p.from(), p.to())
                    || ThreatFrames.contest(rw, p, contest) || ThreatSubjects.speakersOwn(rw, p)) {
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
                    ? threat(rw, targets, named, p, part, hazards, veiled, fires, mark != null,
                            locate != null && rw.sentence(locate.from()) != rw.sentence(p.from()), anywhere,
                            deliberate)
                    : Harassment.harassment(rw, targets, named, p, (HarassKind) p.payload().payload());
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
            String term = String.join(" ", Arrays.copyOfRange(rw.words, p.from(), p.to()));
            out.add(new Offence(kind, span, Strength.STRONG, Optional.empty(), term, reason, false));
            if (p.payload().payload() == ThreatPart.VEILED && tracks(rw, p)
                    && overlapsRecent(foundHarassment, span) == false) {
                // "We know where she parks": a threat, and tracking a person's movements or family as well
                foundHarassment.add(span);
                out.add(new Offence(OffenceKind.HARASSMENT, span, Strength.STRONG, Optional.empty(), term,
                        "harassment: tracking a person's home, movements or family", false));
            }
        }
        if (mark != null && found.isEmpty() && (kinNamed(rw, targets, true) || !foundHarassment.isEmpty())) {
            // "Your kids walk past my house every morning, remember that", "I know where she parks. Just saying."
            out.add(new Offence(OffenceKind.THREAT, rw.toOriginal(mark.from(), mark.to()), Strength.STRONG,
                    Optional.empty(), String.join(" ", Arrays.copyOfRange(rw.words, mark.from(), mark.to())),
                    "a veiled threat: an insinuation about a person's family or movements", false));
        } else if (locate != null && found.isEmpty()
                && (kinNamed(rw, targets, false) || !foundHarassment.isEmpty() || locates > 1)
                && new ThreatTargets.Anywhere(targets, named).people()) {
            // "I see Cllr Ibrahim's kids at the park every Saturday", "Cllr Ward lives at the end of Oak Lane, big
            // white house": where an official's family or home is to be found, told to everyone
            Span span = rw.toOriginal(locate.from(), locate.to());
            String term = String.join(" ", Arrays.copyOfRange(rw.words, locate.from(), locate.to()));
            out.add(new Offence(OffenceKind.THREAT, span, Strength.STRONG, Optional.empty(), term,
                    "a veiled threat: where a person's family or home is to be found", false));
            out.add(new Offence(OffenceKind.HARASSMENT, span, Strength.STRONG, Optional.empty(), term,
                    "harassment: tracking a person's home or family", false));
        }
    }

    private static boolean tracks(RepairedWords rw, WordMatch<Tagged> p) {
        for (int i = p.from(); i < p.to(); i++) {
            if (TRACKING.contains(rw.words[i])) {
                return true;
            }
        }
        return false;
    }

    /** A family member of a person ("your kids", "his wife"), or with {@code kinOnly} false their home too. */
    private static boolean kinNamed(RepairedWords rw, List<WordMatch<Tagged>> targets, boolean kinOnly) {
        for (WordMatch<Tagged> t : targets) {
            // "his kids", or a person's own ("Cllr Ahmed's children", "the leader's house")
            boolean owned = t.payload().payload() == TargetKind.PROPERTY && t.from() > 0
                    && rw.words[t.from() - 1].endsWith("'s");
            if ((t.payload().payload() == TargetKind.FAMILY || owned) && !rw.quoted(t.from())) {
                for (int i = t.from(); i < t.to(); i++) { // "his window every night" locates nobody's home
                    if (KinFacts.KIN.contains(rw.words[i]) || !kinOnly && HOMES.contains(rw.words[i])) {
                        return true;
                    }
                }
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
                                 java.util.Map<Integer, Integer> fires, boolean marked, boolean located,
                                 ThreatTargets.Anywhere anywhere, boolean[] deliberate) {
        int sent = rw.sentence(p.from());
        Frame frame = frame(rw, p);
        boolean intent = speakerIntent(rw, p);
        String words0 = String.join(" ", Arrays.copyOfRange(rw.words, p.from(), p.to()));
        // "Keep ignoring us and there'll be more than words": told to the reader, so aimed at them; a death foretold
        // ("keep cutting and people will die") stays a warning.
        boolean ultimatum = part != ThreatPart.FIRE && !ThreatSubjects.INTRANSITIVE.contains(words0) && ultimatum(rw, p);
        if (ultimatum) {
            frame = Frame.WISH;
        }
        if (frame == Frame.NONE && veiled.contains(sent) && part == ThreatPart.HARM) {
            frame = Frame.PREDICTION; // "shame if his windows got put in": the hint frames the harm
        }
        boolean hazard = hazardNear(rw, hazards, p) && frame != Frame.WISH && part != ThreatPart.BODILY_HARM
                && (deliberate == null || !any(deliberate, p.from(), p.to()));
        // A predicted death or injury of "her" may be a worry; predicted for "you", a councillor or a named person,
        // or wished by the speaker, it is a threat. Buildings are threatened only by the speaker's wish or intent.
        Reach who = frame == Frame.WISH || veiled.contains(sent) ? Reach.PLACES : Reach.PEOPLE;
        // A passive harm ("will get hurt", "be run over") happens to its subject, like an intransitive one.
        boolean passive = p.from() > 0 && ThreatSubjects.PASSIVE.contains(rw.words[p.from() - 1]);
        Reach weak = frame == Frame.WISH || !passive && !ThreatSubjects.INTRANSITIVE.contains(String.join(" ",
                Arrays.copyOfRange(rw.words, p.from(), p.to()))) ? Reach.PEOPLE : Reach.ADDRESSED;
        // Predicted to happen, the harm falls on the subject before it; a person after it is the cause ("someone
        // will get hurt because of you lot"), a warning about a hazard, not a threat.
        boolean after = who == Reach.PLACES || weak != Reach.ADDRESSED;
        String words = String.join(" ", Arrays.copyOfRange(rw.words, p.from(), p.to()));
        if (part == ThreatPart.HARM && (frame != Frame.WISH || intent || ultimatum) && AMBIGUOUS.contains(words)) {
            return frame != Frame.NONE && !hazard
                    && (target(rw, targets, named, Math.max(0, p.from() - BESIDE), p.from(), sent, Reach.PEOPLE)
                    || target(rw, targets, named, p.to(), Math.min(rw.size(), p.to() + 1), sent, Reach.PEOPLE))
                    ? "a threat of harm" : null;
        }
        return switch (part) {
            case HARM -> frame != Frame.NONE && !hazard
                    && (ultimatum || intent && objectAfter(rw, p)
                    || target(rw, targets, named, p.from(), p.to(), sent, who == Reach.PLACES ? who : weak)
                    || after && target(rw, targets, named, p.to(), Math.min(rw.size(), p.to() + WINDOW), sent,
                            who == Reach.PLACES ? who : weak)
                    || target(rw, targets, named, Math.max(0, p.from() - (frame == Frame.WISH ? 2 * WINDOW : WINDOW)),
                            p.from(), sent, who == Reach.PLACES ? who : weak)
                    || passive && ThreatTargets.antecedent(rw, targets, named, p) // "...he's getting battered"
                    || ThreatTargets.slotName(rw, p)) // "somebody should shoot Hargreaves": a surname in the harm's slot
                    ? (frame == Frame.WISH ? "a wish or intention to harm" : "a threat of harm") : null;
            case OUTCOME -> frame != Frame.NONE && !hazard && (ultimatum || intent) || frame != Frame.NONE && !hazard
                    && (near(rw, targets, named, p, frame == Frame.WISH ? 2 * WINDOW : WINDOW,
                    frame == Frame.WISH ? Reach.PEOPLE : Reach.ADDRESSED) || ThreatTargets.subjectTarget(rw, targets, named, p)
                    || ThreatTargets.antecedent(rw, targets, named, p))
                    ? "a threat: harm predicted for a person" : null;
            // a mishap hinted for a building or a thing ("shame if anything happened to that depot") threatens it too
            case VEILED -> !hazard && (ultimatum || addressed(rw, p) || near(rw, targets, named, p, WINDOW * 2, Reach.PEOPLE)
                    || ThreatFrames.mishap(rw, p) && (near(rw, targets, named, p, WINDOW, Reach.PLACES)
                    || ThreatFrames.pronounAfter(rw, p) && anywhere.places())
                    || veiled.size() + (located ? 1 : 0) > 1 && anywhere.people())
                    ? "a veiled threat" : null;
            case FIRE -> (frame == Frame.WISH || veiled.contains(sent) || fires.getOrDefault(sent, 0) > 1
                    || speculates(rw, p) || !BARE_FIRE.contains(words0) && (ultimatum(rw, p) || ThreatFrames.armed(rw, p))) && !hazard
                    && near(rw, targets, named, p, WINDOW * 2, Reach.PLACES)
                    || marked && !BARE_FIRE.contains(words0) && !hazard && anywhere.places()
                    ? "a veiled threat of fire" : null;
            case BODILY_HARM -> frame != Frame.NONE && !hazard ? "a threat of bodily harm" : null;
            // "I will end Greg Whitlow": ending a person, not a scheme or a meeting
            case ENDING -> frame != Frame.NONE && !hazard && ThreatTargets.objectPerson(rw, targets, named, p)
                    ? "a threat of harm" : null;
            case PRECAUTION -> !Precautions.hazardAround(rw, hazards, p) && Precautions.aimed(rw, targets, named, p)
                    ? "a veiled threat: a precaution advised" : null;
            case WEAPON -> (intent || frame == Frame.WISH || ThreatFrames.armed(rw, p)) && near(rw, targets, named, p, WINDOW * 2, Reach.PLACES)
                    ? "a threat: the speaker bringing a weapon" : null;
            // a named act of tampering ("his brakes cut", "tyres slashed") foretold is meant, not feared
            case DAMAGE -> (frame == Frame.WISH || veiled.contains(sent) || marked || intent
                    || frame == Frame.PREDICTION && p.to() - p.from() > 1) && !hazard
                    && (near(rw, targets, named, p, WINDOW * 2, Reach.PEOPLE) || anywhere.people())
                    ? "a threat of damage to a person's property" : null;
            default -> null;
        };
    }

    /** The speaker's own act on whoever comes next: "I'll torch the place", "I will hurt someone". */
    private static boolean objectAfter(RepairedWords rw, WordMatch<Tagged> p) {
        if (p.to() >= rw.size() || rw.clause(p.to()) != rw.clause(p.from()) || AMBIGUOUS.contains(String.join(" ",
                Arrays.copyOfRange(rw.words, p.from(), p.to())))) {
            return false;
        }
        String next = rw.words[p.to()];
        return ANYONE.contains(next) || (next.equals("the") || next.equals("that") || next.equals("this"))
                && p.to() + 1 < rw.size() && rw.words[p.to() + 1].equals("place");
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

    private static boolean any(boolean[] marks, int from, int to) {
        for (int i = from; i < to; i++) {
            if (marks[i]) {
                return true;
            }
        }
        return false;
    }

    /** "Elm Road", "Mill Lane": a capitalised hazard word after a capitalised word of its sentence is an address. */
    private static boolean streetName(RepairedWords rw, int at) {
        if (at == 0 || rw.sentence(at - 1) != rw.sentence(at)) {
            return false;
        }
        String text = rw.wv.normalised.original();
        return Character.isUpperCase(text.charAt(rw.toOriginal(at, at + 1).start()))
                && Character.isUpperCase(text.charAt(rw.toOriginal(at - 1, at).start()));
    }

}
