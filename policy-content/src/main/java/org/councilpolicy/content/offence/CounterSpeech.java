package org.councilpolicy.content.offence;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.councilpolicy.content.offence.GroupReferences.Ref;
import org.councilpolicy.content.offence.OffenceLexicons.Predicate;
import org.councilpolicy.content.offence.OffenceLexicons.Tagged;
import org.councilpolicy.content.offence.WordView.WordMatch;

/**
 * Counter-speech and reclaimed use, split from {@link HateComposer}: hate that is quoted, reported or made the topic
 * ("hating Xs is stupid") is not the speaker's, and a slur used of oneself is no hate. Also turns lexical slurs into
 * hate or quoted slurs by those tests.
 */
final class CounterSpeech {

    /** A gerund before the group makes the hatred the topic of the sentence, not the speaker's stance. */
    private static final Set<String> TOPIC_GERUNDS = HateComposer.FRAMES.get("TOPIC_GERUNDS");
    private static final Set<String> TOPIC_NOUNS = HateComposer.FRAMES.get("TOPIC_NOUNS");
    private static final Set<String> TOPIC_LINKS = HateComposer.FRAMES.get("TOPIC_LINKS");
    private static final Set<String> TOPIC_OWNERS = HateComposer.FRAMES.get("TOPIC_OWNERS");
    private static final Set<String> PLIGHT_VERBS = HateComposer.FRAMES.get("PLIGHT_VERBS");
    private static final Set<String> CONDEMNING = HateComposer.FRAMES.get("CONDEMNING");
    private static final Set<String> TOPIC_VERBS = HateComposer.FRAMES.get("TOPIC_VERBS");
    private static final Set<String> SAY_VERBS = HateComposer.FRAMES.get("SAY_VERBS");
    /** Present-tense say-verbs that relay a claim: "(my nan) says", "tells me". */
    /** After "whatever" or "care what", the others whose words the speaker dismisses: "anyone", "people". */
    private static final Set<String> DISMISSED = HateComposer.FRAMES.get("DISMISSED");
    /** Imperatives opening a disclaimer: "Call me a bigot, but ...", "Say what you like, but ..." (round 12). */
    private static final Set<String> DISCLAIMING_IMPERATIVES = HateComposer.FRAMES.get("DISCLAIMING_IMPERATIVES");
    /** The speaker's own copula before "not": "I'm not racist, but ..." (round 12). */
    private static final Set<String> SELF_COPULAS = HateComposer.FRAMES.get("SELF_COPULAS");
    private static final Set<String> RELAY_VERBS = HateComposer.FRAMES.get("RELAY_VERBS");
    /** Words by which a comment condemns or rejects what it reports: then a relayed claim is counter-speech. */
    private static final Set<String> CONDEMNATION = HateComposer.FRAMES.get("CONDEMNATION");
    /** How many words either side of a relaying cue are read for a condemnation (a comment's length, as a rule). */
    private static final int CONDEMNATION_REACH = 80;
    private static final Set<String> SPEAKER_BEFORE_SAY = HateComposer.FRAMES.get("SPEAKER_BEFORE_SAY");
    private static final Set<String> FIRST_PERSON = HateComposer.FRAMES.get("FIRST_PERSON");
    private static final Set<String> QUOTE_FILLER = HateComposer.FRAMES.get("QUOTE_FILLER");
    private static final Set<String> SELF_BEFORE_BE = HateComposer.FRAMES.get("SELF_BEFORE_BE");
    private static final Set<String> IN_GROUP_BEFORE = HateComposer.FRAMES.get("IN_GROUP_BEFORE");
    private static final Set<String> RECLAIM_GAP = HateComposer.FRAMES.get("RECLAIM_GAP");
    private static final Set<String> SELF_AFTER = HateComposer.FRAMES.get("SELF_AFTER");
    /** After a slur and "like": the speaker counted in ("... like me", "... like us"). */
    private static final Set<String> SELF_LIKE = HateComposer.FRAMES.get("SELF_LIKE");

    private CounterSpeech() {
    }

    /**
     * "I'm entitled to say that ...", "I'll say it: ...": a say-verb whose subject is the speaker endorses what follows;
     * it does not report someone else's words, so it is no counter-speech cue.
     */
    static boolean speakersOwn(RepairedWords rw, WordMatch<Tagged> m) {
        if (relayed(rw, m) || dismissed(rw, m) || disclaimed(rw, m)) {
            return true;
        }
        if (m.to() - m.from() != 1 || !SAY_VERBS.contains(rw.words[m.from()]) || m.from() == 0) {
            return false;
        }
        String before = rw.words[m.from() - 1];
        return SPEAKER_BEFORE_SAY.contains(before)
                || before.equals("to") && m.from() > 1 && SPEAKER_BEFORE_SAY.contains(rw.words[m.from() - 2]);
    }

    /**
     * Round 12: "I'm not racist, but ...", "Call me a bigot if you like, but ...", "Say what you want, but ...": the cue
     * is the speaker's disclaimer (after "I'm not", or within six words of an imperative "call"/"say" opening the
     * sentence) before a "but" within eight words that carries the speaker's own claim, so it reports nothing.
     */
    private static boolean disclaimed(RepairedWords rw, WordMatch<Tagged> m) {
        int at = m.from();
        int s = rw.sentence(at);
        int i = at > 0 && (rw.words[at - 1].equals("a") || rw.words[at - 1].equals("an")) ? at - 2 : at - 1;
        int start = at;
        while (start > 0 && at - start < 6 && rw.sentence(start - 1) == s) {
            start--;
        }
        boolean lead = (start == 0 || rw.sentence(start - 1) != s) && DISCLAIMING_IMPERATIVES.contains(rw.words[start])
                || i >= 1 && (rw.words[i].equals("not") || rw.words[i].equals("no")) && rw.sentence(i - 1) == s
                && SELF_COPULAS.contains(rw.words[i - 1]);
        for (int j = m.to(); lead && j < Math.min(rw.size(), m.to() + 8) && rw.sentence(j) == s; j++) {
            if (rw.words[j].equals("but")) {
                return true;
            }
        }
        return false;
    }

    /** "I don't care what anyone says, ...", "whatever people say, ...": others' words dismissed, the speaker's follow. */
    private static boolean dismissed(RepairedWords rw, WordMatch<Tagged> m) {
        int at = m.from();
        return at >= 2 && m.to() - at == 1 && DISMISSED.contains(rw.words[at - 1])
                && (rw.words[at - 2].equals("whatever")
                        || at >= 3 && rw.words[at - 2].equals("what") && rw.words[at - 3].equals("care"));
    }

    /**
     * "My brother works with Xs and says they're all ...": a claim relayed from someone close to the speaker ("my"
     * before the say-verb in its sentence) that nothing near it in the comment condemns ({@code [CONDEMNATION]}: "vile",
     * "untrue", "reported") is passed on as the speaker's own, not reported as hate. Read only for a say-verb cue.
     */
    private static boolean relayed(RepairedWords rw, WordMatch<Tagged> m) {
        if (m.to() - m.from() != 1 || !RELAY_VERBS.contains(rw.words[m.from()])) {
            return false;
        }
        boolean mine = false;
        for (int i = m.from() - 1; i >= Math.max(0, m.from() - 12) && rw.sentence(i) == rw.sentence(m.from()); i--) {
            mine |= rw.words[i].equals("my") || rw.words[i].equals("our");
        }
        if (!mine || rw.quoted(m.from())) {
            return false;
        }
        // Within CONDEMNATION_REACH words either side, so many relaying cues in a long text stay linear.
        int end = Math.min(rw.size(), m.to() + CONDEMNATION_REACH);
        for (int i = Math.max(0, m.from() - CONDEMNATION_REACH); i < end; i++) {
            if (CONDEMNATION.contains(rw.words[i]) || rw.quoted(i)) {
                return false;
            }
        }
        return true;
    }

    /** The first two counter-speech cues of each sentence: enough to tell whether one lies outside a predicate. */
    static final class Cues {
        private final java.util.Map<Integer, List<WordMatch<String>>> bySentence = new java.util.HashMap<>();
        private Boolean bare;

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

        /** {@link CounterSpeech#bareQuote(WordView)}, worked out once per text. */
        boolean bareQuote(WordView wv) {
            if (bare == null) {
                bare = CounterSpeech.bareQuote(wv);
            }
            return bare;
        }

        boolean any(int sentence) {
            return bySentence.containsKey(sentence);
        }
    }

    static boolean counterSpeech(RepairedWords rw, Cues cues, Ref r, WordMatch<Predicate> p) {
        if ((rw.quoted(p.from()) || rw.quoted(r.from())) && !cues.bareQuote(rw.wv)) {
            return true;
        }
        if (r.from() > 0 && TOPIC_GERUNDS.contains(rw.words[r.from() - 1])) {
            return true; // "Hating Xs is stupid", "Abusing Xs ...": the hate is the topic, not the speaker's
        }
        if (hostilityTopic(rw, r)) {
            return true;
        }
        return cues.outside(rw.sentence(p.from()), p.from(), p.to());
    }

    /**
     * Hostility to the group named as the topic (round 11): "Hatred of Xs has no place", "the abuse X families get",
     * "it's wrong to mock Xs". A possessive or "I have/feel" before the noun keeps the hatred the speaker's own ("my
     * hatred of Xs"). Reads at most four words before the group and one after it.
     */
    static boolean hostilityTopic(RepairedWords rw, Ref r) {
        int b = r.from() - 1;
        if (b < 1 || rw.sentence(b - 1) != rw.sentence(r.from())) {
            return false;
        }
        String w = rw.words[b];
        String w1 = rw.words[b - 1];
        if (TOPIC_LINKS.contains(w) && TOPIC_NOUNS.contains(w1)) {
            return !ownedBySpeaker(rw, b - 1); // "hatred of Xs", "contempt for Xs"
        }
        if (TOPIC_NOUNS.contains(w) && w1.equals("the") && r.to() < rw.size() && PLIGHT_VERBS.contains(rw.words[r.to()])) {
            return true; // "the abuse X families get"
        }
        return TOPIC_VERBS.contains(w) && w1.equals("to") && b >= 2 && CONDEMNING.contains(rw.words[b - 2]);
    }

    /** Whether the speaker owns the hostility noun at {@code at}: "my hatred", "I have nothing but contempt". */
    private static boolean ownedBySpeaker(RepairedWords rw, int at) {
        for (int i = at - 1; i >= Math.max(0, at - 6) && rw.sentence(i) == rw.sentence(at); i--) {
            if (TOPIC_OWNERS.contains(rw.words[i])) {
                return true;
            }
        }
        return false;
    }

    /** Slurs aimed at people, unless used of oneself, quoted or reported. */
    static void slurs(WordView wv, Cues cues, RepairedWords rw, List<Offence> lexical,
                              List<Offence> out) {
        java.util.Set<Offence> reported = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Offence o : lexical) {
            if (o.kind() != OffenceKind.SLUR) {
                continue;
            }
            int at = wordAt(wv, o.span());
            if (at >= 0 && !reclaimed(wv, at) && (wv.quoted[at] && !cues.bareQuote(wv) || cues.any(wv.sentence[at]))) {
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
                    "a slur aimed at people for their " + HateComposer.characteristic(o.characteristic()), false));
        }
        if (!reported.isEmpty()) {
            out.removeIf(reported::contains);
        }
    }

    /**
     * A comment that is nothing but a quotation (besides handles, "RT" and words like "lol"): it repeats the words
     * without comment, so it neither reports nor condemns them. Counter-speech that quotes hate says something of
     * its own about it ("... was shouted at my son", "disgusting").
     */
    static boolean bareQuote(WordView wv) {
        boolean anyQuoted = false;
        String text = wv.normalised.text();
        for (int i = 0; i < wv.size(); i++) {
            if (wv.quoted[i]) {
                anyQuoted = true;
            } else if (!QUOTE_FILLER.contains(wv.words[i]) && !wv.words[i].chars().anyMatch(Character::isDigit)
                    && !(wv.ntStart[i] > 0 && text.charAt(wv.ntStart[i] - 1) == '@')) {
                return false;
            }
        }
        return anyQuoted;
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

    /**
     * "I'm a ...", "proud to be a ...", "being a ...", "as a ... myself", "my ...!": a slur used of oneself or, as a
     * vocative after "my", of a friend. The self-identifying word must stand just before the slur with only
     * {@code RECLAIM_GAP} words between ("I'm a proud ..."), or after it as "myself"/"ourselves": an "I" that hates or
     * is sick of the group ("I hate ...", "I'm sick of these ...") is no self-identification.
     */
    private static boolean reclaimed(WordView wv, int at) {
        for (int i = at - 1; i >= Math.max(0, at - 4) && wv.sentence[i] == wv.sentence[at]; i--) {
            String w = wv.words[i];
            if (w.equals("be") || w.equals("being")) {
                if (selfBefore(wv, i)) {
                    return true; // "proud to be a ...", "I love being a ..."; not "don't be a ...", "stop being a ..."
                }
            } else if (FIRST_PERSON.contains(w) || w.equals("i") && i + 1 < wv.size() && wv.words[i + 1].equals("am")) {
                return true;
            }
            if (w.equals("my") && i == at - 1 && vocative(wv, at) || IN_GROUP_BEFORE.contains(w) && i == at - 1) {
                return true; // "my ...!" to a friend; "real ..." as in-group praise
            }
            if (!RECLAIM_GAP.contains(w)) {
                break;
            }
        }
        for (int i = at + 1; i < Math.min(wv.size(), at + 4) && wv.sentence[i] == wv.sentence[at]; i++) {
            if (SELF_AFTER.contains(wv.words[i])) {
                return true;
            }
            if (i == at + 1 && wv.words[i].equals("like") && i + 1 < wv.size() && SELF_LIKE.contains(wv.words[i + 1])) {
                return true; // round 11: "old ... like me remember ...": the speaker counts themself in
            }
        }
        return false;
    }

    /** Whether the speaker stands within three words before "be"/"being": "proud to be", "I love being". */
    private static boolean selfBefore(WordView wv, int at) {
        for (int i = at - 1; i >= Math.max(0, at - 3) && wv.sentence[i] == wv.sentence[at]; i--) {
            if (SELF_BEFORE_BE.contains(wv.words[i])) {
                return true;
            }
        }
        return false;
    }

    /** "my ..." ending its clause or sentence: an address to a friend, not a description of a third party. */
    private static boolean vocative(WordView wv, int at) {
        return at + 1 >= wv.size() || wv.clause[at + 1] != wv.clause[at] || wv.sentence[at + 1] != wv.sentence[at];
    }
}
