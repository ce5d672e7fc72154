package org.councilpolicy.content.messages;

import java.util.Set;

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
