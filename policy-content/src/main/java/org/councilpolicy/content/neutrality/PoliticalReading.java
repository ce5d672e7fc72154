package org.councilpolicy.content.neutrality;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.councilpolicy.content.personaldata.NameGazetteer;

/**
 * What a text says politically, from its signals and the parties it names: campaigning ("vote for…"), praise
 * or blame of a party or political actor, and opinions on contested topics.
 */
final class PoliticalReading {

    private PoliticalReading() {
    }

    static PoliticalContent read(DraftSignals s, List<PartyMention> parties) {
        return new PoliticalContent(parties, campaigning(s, parties), praiseOrBlame(s, parties),
                contestedOpinion(s, parties));
    }

    private static List<Hit> campaigning(DraftSignals s, List<PartyMention> parties) {
        List<Hit> out = new ArrayList<>(s.hits(Signal.CAMPAIGN));
        for (Hit common : s.hits(Signal.CAMPAIGN_COMMON)) {
            if (politicalReferent(s, parties, common)) {
                out.add(common);
            }
        }
        for (Hit head : s.hits(Signal.CAMPAIGN_HEAD)) {
            if (campaignsFor(s, parties, head)) {
                out.add(head);
            }
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        // Drop hits inside a longer campaigning hit ("vote for" inside "a vote for").
        List<Hit> kept = new ArrayList<>();
        for (Hit h : out) {
            if (kept.isEmpty() || h.start() >= kept.get(kept.size() - 1).end()) {
                kept.add(h);
            } else if (h.end() > kept.get(kept.size() - 1).end()) {
                kept.set(kept.size() - 1, new Hit(Signal.CAMPAIGN, kept.get(kept.size() - 1).start(), h.end(),
                        kept.get(kept.size() - 1).label()));
            }
        }
        return kept;
    }

    /**
     * Whether the sentence of an everyday campaigning phrase names whom it campaigns for or against: a party (or a
     * word that is one when capitalised, "a vote for Reform"), a political actor (the government, ministers) or a
     * candidate.
     */
    private static boolean politicalReferent(DraftSignals s, List<PartyMention> parties, Hit h) {
        int sentence = s.sentence(h.start());
        for (PartyMention p : parties) {
            if (s.sentence(p.start()) == sentence) {
                return true;
            }
        }
        for (Signal referent : new Signal[] {Signal.ACTOR, Signal.CANDIDATE, Signal.PARTY_WEAK_A, Signal.PARTY_WEAK_B}) {
            for (Hit r : s.hits(referent)) {
                if (s.sentence(r.start()) == sentence && (r.end() <= h.start() || r.start() >= h.end())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "vote", "back", "support"… followed by a party, a councillor or a capitalised full name. */
    private static boolean campaignsFor(DraftSignals s, List<PartyMention> parties, Hit head) {
        int at = head.end();
        String next = s.wordAfter(at);
        if (next.equals("the") || next.equals("our")) {
            int from = s.wordAfterStart(at);
            at = from + next.length();
            next = s.wordAfter(at);
        }
        int nextStart = s.wordAfterStart(at);
        if (nextStart < 0) {
            return false;
        }
        for (PartyMention p : parties) {
            if (p.start() == nextStart) {
                return true;
            }
        }
        String label = head.label();
        boolean voteLike = label.startsWith("vote") || label.equals("elect") || label.startsWith("put your");
        if (voteLike && (next.equals("cllr") || next.equals("councillor"))) {
            return true;
        }
        if (voteLike && label.contains("for") || label.equals("elect") || label.startsWith("put your")) {
            // "Vote for Jane Smith": two capitalised words, the first a given name ("vote for Christchurch Park in
            // the People's Choice awards" is a place)
            String second = s.wordAfter(nextStart + next.length());
            int secondStart = s.wordAfterStart(nextStart + next.length());
            return s.capitalised(nextStart) && secondStart >= 0 && s.capitalised(secondStart) && second.length() > 1
                    && NameGazetteer.get().isFirstName(next);
        }
        return false;
    }

    private static List<Judgement> praiseOrBlame(DraftSignals s, List<PartyMention> parties) {
        List<Judgement> out = new ArrayList<>();
        judge(s, parties, out, Signal.PRAISE, true, false);
        judge(s, parties, out, Signal.PRAISE_STRONG, false, false);
        judge(s, parties, out, Signal.BLAME, false, false);
        judge(s, parties, out, Signal.BLAME_WEAK, false, true);
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    private static void judge(DraftSignals s, List<PartyMention> parties, List<Judgement> out, Signal marker, boolean partiesOnly, boolean weak) {
        for (Hit m : s.hits(marker)) {
            PartyMention party = nearestParty(s, parties, m.start(), m.end());
            if (party != null) {
                out.add(new Judgement(party.party(), Math.min(party.start(), m.start()), Math.max(party.end(), m.end()),
                        m.label(), !weak));
                continue;
            }
            if (partiesOnly) {
                continue;
            }
            Hit actor = s.nearest(Signal.ACTOR, m.start(), m.end(), DraftSignals.JUDGEMENT_WINDOW);
            if (actor == null) {
                continue;
            }
            if (marker == Signal.PRAISE_STRONG && s.hasNear(Signal.FUNDING, m.start(), m.end(), DraftSignals.JUDGEMENT_WINDOW)) {
                continue; // "delivered by government funding" acknowledges a grant
            }
            out.add(new Judgement(actor.label(), Math.min(actor.start(), m.start()), Math.max(actor.end(), m.end()),
                    m.label(), !weak));
        }
    }

    private static PartyMention nearestParty(DraftSignals s, List<PartyMention> parties, int start, int end) {
        PartyMention best = null;
        int bestGap = Integer.MAX_VALUE;
        for (PartyMention p : parties) {
            int gap = Math.max(start, p.start()) - Math.min(end, p.end());
            if (gap <= DraftSignals.JUDGEMENT_WINDOW && gap < bestGap && s.sentence(start) == s.sentence(p.start())) {
                best = p;
                bestGap = gap;
            }
        }
        return best;
    }

    private static List<Judgement> contestedOpinion(DraftSignals s, List<PartyMention> parties) {
        List<Judgement> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Hit topic : s.hits(Signal.CONTESTED)) {
            if (seen.contains(topic.label())) {
                continue;
            }
            Hit op = nearestAnySentence(s, Signal.OPINION, topic);
            boolean strong = op != null;
            if (op == null) {
                op = nearestAnySentence(s, Signal.OPINION_WEAK, topic);
            }
            if (op != null) {
                seen.add(topic.label());
                out.add(new Judgement(topic.label(), Math.min(topic.start(), op.start()),
                        Math.max(topic.end(), op.end()), op.label(), strong));
            }
        }
        return out;
    }

    private static Hit nearestAnySentence(DraftSignals s, Signal signal, Hit topic) {
        Hit best = null;
        int bestGap = Integer.MAX_VALUE;
        for (Hit h : s.hits(signal)) {
            if (h.start() < topic.end() && topic.start() < h.end()) {
                continue; // "protest" inside a topic phrase is not an opinion about it
            }
            int gap = Math.max(topic.start(), h.start()) - Math.min(topic.end(), h.end());
            if (gap <= DraftSignals.TOPIC_WINDOW && gap < bestGap) {
                best = h;
                bestGap = gap;
            }
        }
        return best;
    }
}
