package org.councilpolicy.content.messages;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.councilpolicy.core.text.LexiconMatch;

/**
 * Is it a complaint (IN-6, issue 14)? Dissatisfaction with a failure of service, in any words. Decides from the cue
 * sums of one message:
 * <ul>
 *   <li>the word itself ({@link CueKind#COMPLAINT}: "I want to complain"), or a failure that says it all
 *       ({@link CueKind#SERVICE_FAILURE}: "still waiting", "missed collection");</li>
 *   <li>a {@link CueKind#FAILURE} of service (no call back, ignored reports, lost documents, broken promises)
 *       together with dissatisfaction, repetition, or a second failure;</li>
 *   <li>a failure that did the sender {@link CueKind#HARM} (overdrawn, a fall, a court summons);</li>
 *   <li>{@link CueKind#CONTACTED} the council more than once, or to no effect (ignored reports), or harm since
 *       ("reported in August and the damp is worse");</li>
 *   <li>the {@link CueKind#CONDUCT} of staff (rude, shouted, threatened) with {@link CueKind#STAFF} named or a
 *       failure;</li>
 *   <li>the matter taken outside the council ({@link CueKind#ESCALATION}: "I'll be contacting my MP") with a
 *       failure, conduct, repetition, harm, or how it was handled or staff named;</li>
 *   <li>a {@link CueKind#REMEDY} asked for: an apology or compensation demanded alone, putting it right or a senior
 *       review with any failure, dissatisfaction, conduct or repetition;</li>
 *   <li>dissatisfaction (a whole cue, not only "again") about how the council handled something
 *       ({@link CueKind#HANDLING}: "unhappy with the way ...") or about its staff ({@link CueKind#STAFF});</li>
 *   <li>dissatisfaction (a whole cue) with repetition ("every time I ask ... Pathetic");</li>
 *   <li>strong dissatisfaction alone ({@value #DISSATISFIED} or more).</li>
 * </ul>
 * A problem reported once and calmly ("the bin by the bus stop is overflowing") is not a complaint, nor is
 * criticism of a policy without a failure of service.
 */
final class ComplaintJudge {

    static final double DISSATISFIED = 2;
    /** Faces that roll their eyes or scowl: 🙄 😡 🤬 😤 😒. */
    private static final Set<Integer> DISSATISFIED_FACES = Set.of(0x1F644, 0x1F621, 0x1F92C, 0x1F624, 0x1F612);

    /** Words of a reply awaited, inside a failure cue: "no reply", "not heard back", "never called back". */
    private static final Pattern REPLY_WORDS = Pattern.compile(
            "repl|respon|answer|acknowledg|heard back|(call|called|calls|rang|ring|rings|phone|phoned|get|got|gets) back");

    private ComplaintJudge() {
    }

    /**
     * Whether the cues make a complaint.
     *
     * @param sum   cue weights by kind
     * @param count cue matches by kind (zero-weight cues such as {@link CueKind#STAFF} count here)
     */
    static boolean complaint(double[] sum, int[] count) {
        double failure = get(sum, CueKind.FAILURE);
        double dissatisfaction = get(sum, CueKind.DISSATISFACTION);
        double repeated = get(sum, CueKind.REPEATED);
        double conduct = get(sum, CueKind.CONDUCT);
        if (get(sum, CueKind.COMPLAINT) > 0 || get(sum, CueKind.SERVICE_FAILURE) > 0) {
            return true;
        }
        if (failure > 0 && (failure >= 2 || repeated > 0 || dissatisfaction > 0)) {
            return true;
        }
        if (failure > 0 && count[CueKind.HARM.ordinal()] > 0) {
            return true; // "It wasn't gritted and my neighbour slipped", "sent to my old flat, now a court summons"
        }
        if (get(sum, CueKind.CONTACTED) > 0 && (repeated > 0 || failure > 0 || count[CueKind.HARM.ordinal()] > 0)) {
            // reported again and again, or reported and nothing happened (ignored reports), or worse since
            return true;
        }
        if (conduct > 0 && (failure > 0 || count[CueKind.STAFF.ordinal()] > 0)) {
            return true;
        }
        if (get(sum, CueKind.ESCALATION) > 0 && (failure > 0 || conduct > 0 || repeated > 0
                || count[CueKind.HARM.ordinal()] > 0 || count[CueKind.HANDLING.ordinal()] > 0
                || count[CueKind.STAFF.ordinal()] > 0)) {
            return true; // "I'll be contacting my MP about how I've been treated by your benefits team"
        }
        double remedy = get(sum, CueKind.REMEDY);
        if (remedy >= 2 || (remedy > 0 && (failure > 0 || dissatisfaction > 0 || conduct > 0 || repeated > 0))) {
            return true; // "I expect an apology", "I want this put right" after a failure
        }
        if (dissatisfaction >= 1 && (count[CueKind.HANDLING.ordinal()] > 0 || count[CueKind.STAFF.ordinal()] > 0)) {
            return true; // "unhappy with the way my case was handled", "very poor" about a social worker's visit
        }
        // Repetition is the service failure when a whole cue of dissatisfaction goes with it ("updated it TWICE. how
        // hard is it"); repetition alone ("another year another budget gap", "I walk there every day") is not.
        if (repeated > 0 && wholeCues(sum, count, CueKind.DISSATISFACTION) > 0) {
            return true;
        }
        return dissatisfaction >= DISSATISFIED;
    }

    /**
     * Whether a subject access request's complaint cues only tell its history (issue 14, round 10): a failure told
     * with a past period named ("my bin was missed a few times last year and I rang about it"), and no voice of
     * dissatisfaction, conduct, harm, remedy or escalation, and no failure that is still going on. Someone asking for
     * their own records often says why; the reason is not a complaint unless they are dissatisfied with a failure.
     *
     * @param sum      cue weights by kind
     * @param count    cue matches by kind
     * @param pastTime whether the message names a period (a year, "last year", "in March")
     */
    static boolean historyOnly(double[] sum, int[] count, boolean pastTime) {
        double voice = get(sum, CueKind.DISSATISFACTION) + get(sum, CueKind.JIBE) + get(sum, CueKind.CONDUCT)
                + get(sum, CueKind.REMEDY) + get(sum, CueKind.ESCALATION) + get(sum, CueKind.COMPLAINT)
                + get(sum, CueKind.SERVICE_FAILURE) + count[CueKind.HARM.ordinal()];
        return pastTime && voice == 0 && get(sum, CueKind.FAILURE) < 2;
    }

    /**
     * Whether a subject access request is also a complaint (issue 14, rounds 10 and 12): someone asking for their own
     * records often says why ("I rang three times about my discount and was told something different each time",
     * "I emailed last week but no reply", "your officer filmed me"), and the story is the reason for the request, not
     * a complaint, unless the sender voices one: the word itself or a failure that says it all, dissatisfaction (a
     * whole cue), a remedy asked for, the matter taken further, harm done, or staff's conduct that is not itself
     * the recording asked for ("filmed me" is how the footage came to be), or a failure of service that is repeated
     * or not alone ("you lost my documents twice", "promised a call back four times and never got one"). Contact
     * and repetition ("I rang about five times"), or one failure told ("I emailed last week but no reply"), without
     * any of these do not make one.
     *
     * @param sum     cue weights by kind
     * @param count   cue matches by kind
     * @param matches the cue matches, in order
     */
    static boolean voicedBySubject(double[] sum, int[] count, List<LexiconMatch<Cue>> matches) {
        // failures counted, not weighed: one ignored contact weighs two ("no reply to my emails") but is one failure;
        // one failure alone voices a complaint unless it is only the wait for a reply ("false information about me")
        int failures = count[CueKind.FAILURE.ordinal()];
        return (get(sum, CueKind.FAILURE) > 0 && (failures >= 2 || get(sum, CueKind.REPEATED) > 0
                || failures > waitsForReply(matches)))
                || get(sum, CueKind.COMPLAINT) > 0 || get(sum, CueKind.SERVICE_FAILURE) > 0
                || wholeCues(sum, count, CueKind.DISSATISFACTION) > 0 || get(sum, CueKind.REMEDY) > 0
                || get(sum, CueKind.ESCALATION) > 0 || count[CueKind.HARM.ordinal()] > 0
                || count[CueKind.CONDUCT.ordinal()] > recordedConduct(matches);
    }

    /**
     * Failure cues that only say a reply has not come ("no reply", "not heard back", "nobody called back"): in a
     * subject access request, frustration about delay, not a complaint unless it says so (issue 14, round 12).
     */
    private static int waitsForReply(List<LexiconMatch<Cue>> matches) {
        int n = 0;
        for (LexiconMatch<Cue> m : matches) {
            if (m.payload().kind() == CueKind.FAILURE && REPLY_WORDS.matcher(m.phrase()).find()) {
                n++;
            }
        }
        return n;
    }

    /** Conduct cues on the same words as the record about the sender ("filmed me"): how the record came to be. */
    private static int recordedConduct(List<LexiconMatch<Cue>> matches) {
        int n = 0;
        for (int i = 0; i < matches.size(); i++) {
            LexiconMatch<Cue> m = matches.get(i);
            if (m.payload().kind() != CueKind.CONDUCT) {
                continue;
            }
            for (int j = Math.max(0, i - 3); j < Math.min(matches.size(), i + 4); j++) {
                LexiconMatch<Cue> o = matches.get(j);
                CueKind k = o.payload().kind();
                if ((k == CueKind.OWN_DATA || k == CueKind.ABOUT_SELF) && o.start() == m.start() && o.end() == m.end()) {
                    n++;
                    break;
                }
            }
        }
        return n;
    }

    /** Whether the text holds a face that rolls its eyes or scowls: dissatisfaction without a word. */
    static boolean dissatisfiedFace(String original) {
        for (int i = 0; i < original.length(); i++) {
            // The faces are outside the Basic Multilingual Plane: only a high surrogate can start one.
            if (Character.isHighSurrogate(original.charAt(i)) && DISSATISFIED_FACES.contains(original.codePointAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The matches of a kind with a whole weight: its cues weigh 1 or a half ("again", "still", "completely", which say
     * nothing alone), so the whole ones number twice the sum less the count.
     */
    private static long wholeCues(double[] sum, int[] count, CueKind k) {
        return Math.round(2 * sum[k.ordinal()] - count[k.ordinal()]);
    }

    private static double get(double[] sum, CueKind k) {
        return sum[k.ordinal()];
    }
}
