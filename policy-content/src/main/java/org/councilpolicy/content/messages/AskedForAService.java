package org.councilpolicy.content.messages;

import java.util.Set;

/**
 * Request wording whose object is a service or an answer, not recorded information (FOIA s.1, s.84: a request is for
 * information held; issue 14, round 11). Two shapes, each read from the words straight after the cue:
 * <ul>
 *   <li>"please" before a verb of doing: "Please help", "Please stop the recovery action", "please sort this out": a
 *       plea for the service, where "please send", "please confirm" or "please can you" ask for something told;</li>
 *   <li>a verb of knowing ("I want to know", "tell me", "let me know") whose object is what the council will do: "I
 *       want to know what you are going to do about it", "tell me when someone will come": the council's next act,
 *       a service question, as {@link RequestFeatures#asksWhenItWillHappen} reads "when ... will".</li>
 * </ul>
 * Linear: a few words after the cue are read.
 */
final class AskedForAService {

    /** Verbs of doing after "please": the service itself is asked for. */
    private static final Set<String> DOING = Set.of("help", "stop", "fix", "sort", "come", "remove", "cancel",
            "collect", "empty", "repair", "reinstate", "refund", "reconsider", "investigate", "arrange", "resolve",
            "deal", "chase", "act", "do", "rectify", "return", "replace", "restore", "clean", "clear", "reply",
            "respond", "ring", "phone", "call", "visit", "look", "intervene", "escalate", "apologise", "review");
    /** Question words that open what is to be known. */
    private static final Set<String> WH = Set.of("what", "when", "how", "whether", "if", "who");
    /** Words that make the question about the council's next act. */
    private static final Set<String> FUTURE = Set.of("will", "going", "intend", "intends", "plan", "plans", "'ll");
    /** How many words after the question word the future may come. */
    private static final int FUTURE_REACH = 6;

    private AskedForAService() {
    }

    /**
     * Whether the request cue ending at {@code end} asks for a service or the council's next act.
     *
     * @param s      the normalised text
     * @param end    where the cue ends
     * @param phrase the cue's phrase
     */
    static boolean instead(String s, int end, String phrase) {
        if (phrase.equals("please")) {
            String next = NextWord.after(s, end);
            return next != null && DOING.contains(next);
        }
        if (!phrase.endsWith(" know") && !phrase.endsWith("tell me")) {
            return false;
        }
        int i = NextWord.skip(s, end);
        String wh = NextWord.after(s, i);
        if (wh == null || !WH.contains(wh)) {
            return false;
        }
        i += wh.length();
        for (int words = 0; words < FUTURE_REACH; words++) {
            i = NextWord.skip(s, i);
            if (i >= s.length() || ".?!\n,;".indexOf(s.charAt(i)) >= 0) {
                return false;
            }
            String word = NextWord.after(s, i);
            if (word == null) {
                return false;
            }
            if (FUTURE.contains(word) || word.endsWith("'ll")) {
                return true;
            }
            i += word.length();
        }
        return false;
    }
}
