package org.councilpolicy.content.messages;

import java.util.List;

/**
 * An ignored contact (issue 14, round 10): a failure cue of no answer ("nobody has replied", "never rang me back",
 * "no one has answered") in a sentence that names the sender's own contact ("my emails", "my letter", "I left a
 * message"). The council did not answer what the sender sent it: a failure of service that says it all, as the
 * labelling rules' "call-backs that never came" and "ignored reports". A patient "not had a reply yet" is not one.
 */
final class IgnoredContact {

    /** Words in a failure cue that make it a missing answer. */
    private static final List<String> NO_ANSWER = List.of("repl", "answer", "got back", "get back", "rang", "called back",
            "call back", "respond", "response", "heard");
    /** The sender's own contact, in the sentence. */
    private static final List<String> CONTACT = List.of("my email", "my e-mail", "my letter", "my call", "my message",
            "my phone call", "my report", "my voicemail", "i emailed", "i e-mailed", "i rang", "i called", "i phoned",
            "i wrote", "i left a message", "i messaged", "i reported", "i sent", "i've emailed", "i've rang",
            "i've rung", "i've called", "i've phoned", "i've written", "i have emailed", "i have rung", "i have called",
            "i have written", "me back");
    /** How far each way in its sentence the contact is looked for: linear on hostile text. */
    private static final int REACH = 120;

    private IgnoredContact() {
    }

    /**
     * Whether the failure cue at [start, end) is no answer to the sender's own contact.
     *
     * @param s      the normalised text
     * @param start  where the cue starts
     * @param end    where the cue ends
     * @param phrase the cue's phrase
     */
    static boolean found(String s, int start, int end, String phrase) {
        if (!containsAny(phrase, NO_ANSWER)) {
            return false;
        }
        int from = start;
        while (from > 0 && start - from < REACH && ".?!\n".indexOf(s.charAt(from - 1)) < 0) {
            from--;
        }
        int to = end;
        int limit = Math.min(s.length(), end + REACH);
        while (to < limit && ".?!\n".indexOf(s.charAt(to)) < 0) {
            to++;
        }
        String sentence = s.substring(from, to);
        return containsAny(sentence, CONTACT) && !sentence.contains(" yet");
    }

    private static boolean containsAny(String text, List<String> words) {
        for (String w : words) {
            if (text.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
