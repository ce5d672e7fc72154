package org.councilpolicy.content.messages;

import java.util.List;
import java.util.Set;
import org.councilpolicy.core.text.LexiconMatch;

/**
 * Post that went between the sender and the council, told as part of the story: "I have sent my application documents
 * three times", "the letter I sent in with my evidence", "I have now received 3 letters addressed to him". The record
 * nouns in it ("documents", "letter", "evidence") name what was sent or received, not information asked for (FOIA s.1
 * and s.8: a request describes the information wanted), so they do not make the message a request; a complaint about
 * lost or unwanted post stays a complaint. Asked for in so many words ("copies of the letters I sent") they still
 * count. So with money the sender paid ("a fine we paid in January"): the sender's own payment, not the council's
 * accounts.
 */
final class SendersPost {

    /** The sender's own sending or receiving, before the noun in its sentence: "I sent my ...", "we received ...". */
    private static final List<String> BEFORE = List.of("i sent ", "i have sent ", "i've sent ", "ive sent ",
            "i had sent ", "i'd sent ", "i resent ", "i posted ", "i have posted ", "i've posted ", "i emailed ",
            "i've emailed ", "i have emailed ", "i hand delivered ", "i hand-delivered ", "i handed in ", "i dropped off ",
            "i submitted ", "i have submitted ", "i've submitted ", "i uploaded ", "i've uploaded ", "i have uploaded ",
            "i received ", "i have received ", "i've received ", "i have now received ", "i've now received ",
            "i keep receiving ", "i keep getting ", "we sent ", "we have sent ", "we've sent ", "we received ",
            "we have received ", "we've received ", "we keep getting ", "we keep receiving ");
    /** The same told after the noun: "the letter I sent", "the forms we posted", "letters addressed to him". */
    private static final List<String> AFTER = List.of(" i sent", " i had sent", " i'd sent", " i posted", " i submitted",
            " i handed in", " i emailed", " i uploaded", " i dropped off", " we sent", " we posted", " we submitted",
            " we handed in", " we dropped off",
            " you sent me", " you sent us", " addressed to");
    /** The sender as payer, just before a money word: "a fine we paid", "the fee I've paid twice". */
    private static final List<String> PAYER = List.of("i ", "we ", "i've ", "we've ", "i have ", "we have ", "i had ",
            "we had ", "i already ", "we already ");
    /** How far back in the sentence the sending is looked for: a few words, and linear on hostile text. */
    private static final int LOOK_BACK = 48;
    /** Access or request wording this close before the noun asks for it: "copies of the letters I sent". */
    private static final int ASKED_GAP = 12;

    /** Loss told without saying who lost it: "has vanished", "gone missing". */
    private static final List<String> LOSS = List.of("has vanished", "have vanished", "gone missing", "mislaid",
            "have lost", "was lost", "were lost");
    /** How far back in the sentence the sender's own thing is looked for before a loss. */
    private static final int LOSS_LOOK_BACK = 96;

    /** The council saying it never had what it was sent: "never arrived", "no record of", "not received". */
    private static final Set<String> DENIALS = Set.of("never arrived", "not arrived", "hasn't arrived", "never received",
            "not received", "haven't received", "you never received", "never got", "never got it", "no record of",
            "no record", "you say you never", "lost it", "lost them");
    /** Verbs of the sender's sending: "I sent", "posted", "handed in", "submitted". */
    private static final Set<String> SENDING = Set.of("sent", "posted", "submitted", "delivered", "emailed",
            "handed", "dropped", "returned", "uploaded", "resent", "enclosed");
    /** Words before a verb of sending that make the sender its subject: "I sent", "we'd posted", "have sent". */
    private static final Set<String> SENDERS = Set.of("i", "we", "i've", "we've", "ive", "have", "had", "already",
            "i'd", "we'd");
    /** How far back a denial looks for the sender's sending: a few sentences, linear on hostile text. */
    private static final int DENIAL_LOOK_BACK = 320;

    private SendersPost() {
    }

    /**
     * Whether the failure cue at {@code start} is the council denying it received what the sender sent, told before
     * it: "Sent you my form with payslips in November. You now say it never arrived", "I sent my birth certificate
     * with the application ... you have no record of them". Lost correspondence is a failure of service that says it
     * all (issue 14), as {@link #lostTheirPost} is. The sending is the sender's: "I" or "we" before the verb, or the
     * verb opening a sentence ("Sent you ..."); "you sent me a letter that never arrived" is the council's post.
     *
     * @param s      the normalised text
     * @param start  where the cue starts
     * @param phrase the cue's phrase
     */
    static boolean deniedAfterSending(String s, int start, String phrase) {
        if (!DENIALS.contains(phrase)) {
            return false;
        }
        int from = Math.max(0, start - DENIAL_LOOK_BACK);
        String previous = null;
        boolean opening = from == 0;
        int i = from;
        while (i < start) {
            char c = s.charAt(i);
            if (!Character.isLetter(c) && c != '\'') {
                if (".?!\n".indexOf(c) >= 0) {
                    previous = null; // a new sentence: a verb opening it has the sender as its subject
                    opening = true;
                }
                i++;
                continue;
            }
            int end = i;
            while (end < start && (Character.isLetter(s.charAt(end)) || s.charAt(end) == '\'')) {
                end++;
            }
            String word = s.substring(i, end);
            if (SENDING.contains(word) && (previous == null ? opening : SENDERS.contains(previous))) {
                return true;
            }
            previous = word;
            opening = false;
            i = end;
        }
        return false;
    }

    /**
     * Whether the failure cue at {@code start} is a loss of the sender's own post or papers: its sentence names, before
     * the loss, something of theirs or something they sent ("the letter I posted with my renewal has vanished", "my
     * forms have gone missing"). The council lost what it was given, a failure of service that says it all (issue 14,
     * round 10); "how many blue badges have gone missing?" asks a figure and is not one.
     *
     * @param s      the normalised text
     * @param start  where the cue starts
     * @param phrase the cue's phrase
     */
    static boolean lostTheirPost(String s, int start, String phrase) {
        if (!LOSS.contains(phrase)) {
            return false;
        }
        int from = start;
        while (from > 0 && start - from < LOSS_LOOK_BACK && ".?!\n".indexOf(s.charAt(from - 1)) < 0) {
            from--;
        }
        String before = s.substring(from, start);
        if (before.startsWith("my ") || before.contains(" my ") || before.startsWith("our ") || before.contains(" our ")) {
            return true;
        }
        for (String told : AFTER) {
            if (before.contains(told)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the cue at {@code index} is a record noun in the sender's account of what was sent or received, and not
     * asked for.
     *
     * @param s       the normalised text
     * @param matches the cue matches, in order
     * @param index   the match to judge
     */
    static boolean told(String s, List<LexiconMatch<Cue>> matches, int index) {
        LexiconMatch<Cue> m = matches.get(index);
        CueKind kind = m.payload().kind();
        if (kind == CueKind.MONEY) {
            return paidBySender(s, m.start());
        }
        if (kind != CueKind.RECORD && kind != CueKind.DOCUMENT && kind != CueKind.POSITION) {
            return false;
        }
        if (askedFor(matches, index)) {
            return false;
        }
        for (String after : AFTER) {
            if (s.startsWith(after, m.end()) && (m.end() + after.length() == s.length()
                    || !Character.isLetter(s.charAt(m.end() + after.length())))) {
                return true;
            }
        }
        int from = m.start();
        int stop = Math.max(0, m.start() - LOOK_BACK);
        while (from > stop && ".?!\n".indexOf(s.charAt(from - 1)) < 0) {
            from--;
        }
        // Only where "i" or "we" starts a word can a sending verb start: few places, so the look stays cheap.
        for (int at = from; at < m.start(); at++) {
            char c = s.charAt(at);
            if ((c == 'i' || (c == 'w' && at + 1 < m.start() && s.charAt(at + 1) == 'e')) && pronoun(s, at)) {
                for (String verb : BEFORE) {
                    if (s.startsWith(verb, at) && at + verb.length() <= m.start()) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean paidBySender(String s, int start) {
        for (String payer : PAYER) {
            int at = start - payer.length();
            if (at >= 0 && s.startsWith(payer, at) && (at == 0 || !Character.isLetter(s.charAt(at - 1)))) {
                return true;
            }
        }
        return false;
    }

    /** Whether "i" or "we" stands as a word at {@code at}: no letter before it, and a space or apostrophe after it. */
    private static boolean pronoun(String s, int at) {
        if (at > 0 && Character.isLetter(s.charAt(at - 1))) {
            return false;
        }
        int after = at + (s.charAt(at) == 'i' ? 1 : 2);
        return after < s.length() && (s.charAt(after) == ' ' || s.charAt(after) == '\'');
    }

    /** Whether request or access wording ends just before the match. */
    private static boolean askedFor(List<LexiconMatch<Cue>> matches, int index) {
        int start = matches.get(index).start();
        for (int k = index - 1; k >= 0 && matches.get(k).end() >= start - ASKED_GAP; k--) {
            CueKind kind = matches.get(k).payload().kind();
            if (kind == CueKind.REQUEST || kind == CueKind.ACCESS) {
                return true;
            }
        }
        return false;
    }
}
