package org.councilpolicy.content.neutrality;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Which party names in a text are the parties: an unambiguous name ("Liberal Democrats") always, an
 * ambiguous one ("Green", "Reform", "Independent") from the words around it ({@link PartyWords}) and the
 * political cues nearby. Reads the text through {@link DraftSignals}' navigation.
 */
final class Parties {

    private static final Set<String> PARTY_HEAD = PartyWords.get("PARTY_HEAD");
    private static final Set<String> NOT_PARTY_AFTER = PartyWords.get("NOT_PARTY_AFTER");
    private static final Set<String> NOT_PARTY_BEFORE = PartyWords.get("NOT_PARTY_BEFORE");
    private static final Set<String> PARTY_VERB = PartyWords.get("PARTY_VERB");
    private static final Set<String> CHOOSING = PartyWords.get("CHOOSING");
    private static final Set<String> HONORIFICS = PartyWords.get("HONORIFICS");
    private static final Set<String> COLLECTIVE = PartyWords.get("COLLECTIVE");

    private Parties() {
    }

    /** A party known by its initials ("DUP", "SNP"): its label is the phrase in capitals. */
    private static boolean acronym(Hit h) {
        return h.label().length() <= 5 && h.label().chars().allMatch(Character::isUpperCase);
    }

    /** "dup entries" or "snp" in lower case is a word, not the party: initials are written in capitals. */
    private static boolean writtenInCapitals(DraftSignals s, Hit h) {
        for (int i = h.start(); i < h.end(); i++) {
            int o = s.text().originalIndex(i);
            if (o < s.text().original().length() && Character.isLowerCase(s.text().original().charAt(o))) {
                return false;
            }
        }
        return true;
    }

    static List<PartyMention> resolve(DraftSignals s) {
        List<Hit> candidates = new ArrayList<>();
        candidates.addAll(s.hits(Signal.PARTY));
        candidates.addAll(s.hits(Signal.PARTY_WEAK_A));
        candidates.addAll(s.hits(Signal.PARTY_WEAK_B));
        if (candidates.isEmpty()) {
            return List.of();
        }
        // Leftmost-longest: "Labour Party" wins over "Labour" inside it.
        candidates.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start())
                : Integer.compare(b.end(), a.end()));
        List<PartyMention> out = new ArrayList<>();
        int taken = -1;
        for (Hit h : candidates) {
            if (h.start() < taken) {
                continue;
            }
            if (isParty(s, h)) {
                out.add(new PartyMention(h.start(), h.end(), h.label()));
                taken = h.end();
            }
        }
        return out;
    }

    private static boolean isParty(DraftSignals s, Hit h) {
        if (h.signal() == Signal.PARTY) {
            return !afterHonorific(s, h.start()) && (!acronym(h) || writtenInCapitals(s, h));
        }
        if (!s.capitalised(h.start()) || afterHonorific(s, h.start())) {
            return false;
        }
        String word = s.text().text().substring(h.start(), h.end());
        String after = s.wordAfter(h.end());
        String before = s.wordBefore(h.start());
        if (NOT_PARTY_AFTER.contains(after) || NOT_PARTY_BEFORE.contains(before)) {
            return false;
        }
        if (PARTY_HEAD.contains(after)) {
            int afterStart = s.wordAfterStart(h.end());
            if (!"of".equals(s.wordAfter(afterStart + after.length()))) {
                return true; // "Labour group", but not "Independent Group of Schools"
            }
        }
        if (CHOOSING.contains(before)) {
            return true;
        }
        boolean cue = hasCueNear(s, h);
        if (h.signal() == Signal.PARTY_WEAK_A) {
            return !s.sentenceInitial(h.start()) || cue || possessive(s, h.end()) || PARTY_VERB.contains(after);
        }
        // Weak B: only collective forms ("the Greens") without a head word, and never as part of a name.
        if (!COLLECTIVE.contains(word)) {
            return false;
        }
        if ("the".equals(before) && !NOT_PARTY_AFTER.contains(after)) {
            return true; // "the Greens", "the Independents": collective and capitalised
        }
        boolean partOfName = !s.sentenceInitial(h.start()) && !before.isEmpty()
                && s.capitalised(s.wordBeforeStart(h.start(), 1)) && !"the".equals(before);
        return cue && (!partOfName || word.equals("greens"));
    }

    /** Whether "'s" follows: "Labour's plan" is the party's. */
    private static boolean possessive(DraftSignals s, int end) {
        String t = s.text().text();
        return end + 1 < t.length() && (t.charAt(end) == '\'' || t.charAt(end) == '\u2019') && t.charAt(end + 1) == 's'
                && (end + 2 == t.length() || !Character.isLetterOrDigit(t.charAt(end + 2)));
    }

    private static boolean hasCueNear(DraftSignals s, Hit party) {
        for (Hit c : s.hits(Signal.POLITICAL_CUE)) {
            if (c.start() >= party.start() && c.end() <= party.end()) {
                continue;
            }
            // A councillor title next to a surname is not a cue: "Cllr Jo Green".
            if (s.near(party.start(), party.end(), c.start(), c.end(), DraftSignals.CUE_WINDOW)) {
                return true;
            }
        }
        return false;
    }

    private static boolean afterHonorific(DraftSignals s, int start) {
        String b1 = s.wordBefore(start, 1);
        if (HONORIFICS.contains(b1)) {
            return true;
        }
        if (!b1.isEmpty() && s.capitalised(s.wordBeforeStart(start, 1))) {
            return HONORIFICS.contains(s.wordBefore(start, 2));
        }
        return false;
    }
}
