package org.councilpolicy.content.offence;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.councilpolicy.content.offence.OffenceLexicons.Tagged;
import org.councilpolicy.content.offence.OffenceLexicons.TargetKind;
import org.councilpolicy.content.offence.OffenceLexicons.ThreatPart;
import org.councilpolicy.content.offence.OffenceLexicons.WordKey;
import org.councilpolicy.content.offence.WordView.WordMatch;

/**
 * Veiled threats that no listed phrase names (issue 12, round 10), as a composition of weak signs from
 * {@code menace-cues.tsv}: a comment aimed at a person (a threat target other than a building, or a person the finder
 * names) that holds a sign of harm (its aftermath or its means: "hospital", "plasters", "a lighter") or of a visit to
 * the person ("turn up at his house", "drove past her"), together with a time the speaker names ("tonight", "next
 * time", "by Friday") or a knowing aside ("mark my words", "just saying"). One sign alone is ordinary talk; a harm and
 * a time aimed at someone is how a threat is worded when it avoids the words of one. A vote, an idiom or a hazard
 * anywhere in the comment ("at the ballot box", "killing the town", "on that junction") keeps it; so do negation and
 * quotation of the sign. Runs after the other threat passes and only when they found none. Linear: each word starts
 * a bounded number of cue look-ups.
 */
final class Menace {

    static final Menace STANDARD = new Menace();

    enum Cue { HARM, VISIT, DEADLINE, INSINUATE }

    private static final int MAX_WORDS = 6;

    private final Map<String, Map<String, Cue>> byFirst = new HashMap<>();

    private Menace() {
        TwoColumnTsv.read("menace-cues.tsv", (phrase, kind) -> {
            Cue cue = Cue.valueOf(kind);
            for (String p : Inflections.expand(phrase)) {
                byFirst.computeIfAbsent(p.split(" ")[0], k -> new HashMap<>()).put(p, cue);
            }
        });
    }

    /**
     * Adds the whereabouts threats ({@link Whereabouts}) and then, when no threat was found, a veiled threat made of
     * weak signs.
     */
    void detect(RepairedWords rw, List<WordMatch<Tagged>> all, PersonMentions.Lazy people, List<Offence> out,
                int before) {
        Whereabouts.STANDARD.addThreats(out, before);
        for (Offence o : out) {
            if (o.kind() == OffenceKind.THREAT) {
                return;
            }
        }
        boolean aimed = false;
        for (WordMatch<Tagged> m : all) {
            Object p = m.payload().payload();
            if (p == ThreatPart.BALLOT || p == ThreatPart.IDIOM || p == ThreatPart.HAZARD || p == ThreatPart.CONTEST) {
                return; // "he'll get what's coming at the ballot box", "that junction will put someone in hospital"
            }
            aimed |= m.payload().key() == WordKey.TARGET;
        }
        if (!aimed) {
            return; // nobody and nothing to aim at in words: no cue is looked up (most drafts and comments)
        }
        List<int[]> found = cues(rw);
        Set<Cue> kinds = EnumSet.noneOf(Cue.class);
        int[] sign = null;
        for (int[] f : found) {
            Cue c = Cue.values()[f[2]];
            if (rw.quoted(f[0]) || (c == Cue.HARM || c == Cue.VISIT) && ThreatFrames.negated(rw, f[0])
                    || c == Cue.HARM && (reported(rw, f[0]) || ownSide(rw, f[0]))) {
                continue;
            }
            kinds.add(c);
            if (sign == null && (c == Cue.HARM || c == Cue.VISIT)) {
                sign = f;
            }
        }
        // a harm's means with a visit is as plain as a time: "taking our rubbish round to him personally... and a lighter"
        boolean timed = kinds.contains(Cue.DEADLINE) || kinds.contains(Cue.INSINUATE)
                || kinds.contains(Cue.HARM) && kinds.contains(Cue.VISIT);
        if (sign == null && timed && weaponEmoji(rw.wv.normalised.original()) && target(rw, all)) {
            // "🔥🔥 council house 🔥🔥 coming soon": a fire or weapon emoji stands for the harm
            out.add(new Offence(OffenceKind.THREAT, rw.toOriginal(0, rw.size()), Strength.STRONG, Optional.empty(),
                    "emoji", "a veiled threat: a fire or weapon emoji, with a time or an aside, aimed at a target",
                    false));
            return;
        }
        if (sign == null || !timed || !person(rw, all, people)) {
            return;
        }
        out.add(new Offence(OffenceKind.THREAT, rw.toOriginal(sign[0], sign[1]), Strength.STRONG, Optional.empty(),
                String.join(" ", java.util.Arrays.copyOfRange(rw.words, sign[0], sign[1])),
                "a veiled threat: harm or a visit, with a time or an aside, aimed at a person", false));
    }

    /** Each cue as {from, to, kind ordinal}, the longest at each word, in text order. */
    private List<int[]> cues(RepairedWords rw) {
        List<int[]> out = new ArrayList<>();
        for (int i = 0; i < rw.size(); i++) {
            Map<String, Cue> phrases = byFirst.get(rw.words[i]);
            if (phrases == null) {
                continue;
            }
            StringBuilder sb = new StringBuilder(rw.words[i]);
            int best = -1;
            Cue cue = null;
            for (int j = i; j < Math.min(rw.size(), i + MAX_WORDS); j++) {
                if (j > i) {
                    sb.append(' ').append(rw.words[j]);
                }
                Cue c = phrases.get(sb.toString());
                if (c != null) {
                    best = j + 1;
                    cue = c;
                }
            }
            if (cue != null) {
                out.add(new int[] {i, best, cue.ordinal()});
                i = best - 1;
            }
        }
        return out;
    }

    /** Verbs that report a state now or past: "has been in hospital", "is in a wheelchair". */
    private static final Set<String> REPORTED = Set.of("been", "was", "were", "is", "am", "are", "i'm", "he's",
            "she's", "they're", "we're", "spent", "came", "went", "ended");

    /** A harm sign reported as a state or an event, not foretold: the word right before is a verb of report. */
    private static boolean reported(RepairedWords rw, int at) {
        return at > 0 && rw.sentence(at - 1) == rw.sentence(at) && REPORTED.contains(rw.words[at - 1]);
    }

    /**
     * The speaker's own side before the sign in its sentence ("my nan has been...", "our lad needed stitches"): their
     * own family's injury or care is news or a complaint.
     */
    private static boolean ownSide(RepairedWords rw, int at) {
        int sent = rw.sentence(at);
        for (int i = at - 1; i > 0 && rw.sentence(i) == sent && at - i <= 12; i--) {
            String before = rw.words[i - 1];
            if ((before.equals("my") || before.equals("our")) && KinFacts.KIN.contains(rw.words[i])) {
                return true;
            }
        }
        return false;
    }

    /** Fire, bomb, knife, gun and axe emoji: a harm said without words. */
    private static final String[] WEAPON_EMOJI = {"\uD83D\uDD25", "\uD83D\uDCA3", "\uD83D\uDD2A", "\uD83D\uDD2B",
        "\uD83E\uDE93", "\uD83E\uDDE8"};

    private static boolean weaponEmoji(String text) {
        for (String e : WEAPON_EMOJI) {
            if (text.contains(e)) {
                return true;
            }
        }
        return false;
    }

    /** Any threat target outside quotation: a person, a councillor, a worker, a building or something owned. */
    private static boolean target(RepairedWords rw, List<WordMatch<Tagged>> all) {
        for (WordMatch<Tagged> m : all) {
            if (m.payload().key() == WordKey.TARGET && !rw.quoted(m.from())) {
                return true;
            }
        }
        return false;
    }

    /** A person aimed at: a target that is no building or unowned thing, else a person the finder names. */
    private static boolean person(RepairedWords rw, List<WordMatch<Tagged>> all, PersonMentions.Lazy people) {
        for (WordMatch<Tagged> m : all) {
            if (m.payload().key() == WordKey.TARGET && m.payload().payload() != TargetKind.PLACE
                    && m.payload().payload() != TargetKind.PROPERTY && !rw.quoted(m.from())) {
                return true;
            }
        }
        return new ThreatTargets.Named(rw, people).any();
    }
}
