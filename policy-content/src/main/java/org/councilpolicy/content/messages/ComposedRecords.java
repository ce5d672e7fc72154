package org.councilpolicy.content.messages;

import java.util.List;
import java.util.Set;
import org.councilpolicy.core.text.LexiconMatch;

/**
 * Information named by composition rather than by a record noun, for {@link RequestScorer}: a decision asked about by
 * who, when or whether; a fact about the council's money asked yes or no; whether the council did something; the
 * council's own document asked for by name; whether the state of the environment was checked. Each adds record weight ({@value #COMPOSED_RECORD}) and says why among the
 * reasons. Kept apart so the scorer holds only the weighing and the decision.
 */
final class ComposedRecords {

    /**
     * Record weight of information named by composition rather than by a record noun: a decision asked about by who,
     * when or whether; a money fact asked yes or no; whether the council did something.
     */
    static final double COMPOSED_RECORD = 1.0;
    /** Money words that, in a yes/no question, are usually about what a resident pays (a service question). */
    private static final Set<String> RESIDENTS_PAY = Set.of("pay", "pays", "paying", "charge",
            "charged", "charges", "cost", "costs", "fee", "fees", "council tax", "price");

    private ComposedRecords() {
    }

    /**
     * Adds the record weight of information named by composition.
     *
     * @param original     the text as received
     * @param s            the normalised text
     * @param contentStart where the content starts after greetings and handles
     * @param matches      the cue matches, in order
     * @param count        cue matches per kind
     * @param sum          cue weights per kind, added to
     * @param reasons      the reasons, added to
     */
    static void add(String original, String s, int contentStart, List<LexiconMatch<Cue>> matches, int[] count,
                    double[] sum, List<String> reasons) {
        if (asksAboutADecision(s, matches, count, sum)) {
            // "Who made the decision to close the library?", "were residents consulted before ...?": the decision's
            // record (minutes, a delegated decision, a consultation file) is what is asked for.
            sum[CueKind.RECORD.ordinal()] += COMPOSED_RECORD;
            reasons.add("feature: asks who, when or whether a decision was made");
        }
        if (asksAMoneyFact(original, s, contentStart, matches, count, sum)) {
            // "Does the leisure centre make a profit?", "Heard the chief exec got a pay rise, is that right?": a fact
            // about the council's money, asked yes or no or checked, is held in its accounts.
            sum[CueKind.RECORD.ordinal()] += COMPOSED_RECORD;
            reasons.add("feature: asks whether a fact about the council's money is so");
        }
        if (get(sum, CueKind.RECORD) < 1 && RequestFeatures.asksWhetherTheCouncilActed(s)) {
            // "Can you tell me whether the council has ever used a private investigator?": its acts are on record.
            sum[CueKind.RECORD.ordinal()] += COMPOSED_RECORD;
            reasons.add("feature: asks whether the council did something");
        }
        if (get(sum, CueKind.RECORD) < 1 && count[CueKind.ENV_CHECK.ordinal()] > 0 && original.indexOf('?') >= 0
                && get(sum, CueKind.ENV_STRONG) > 0) {
            // "Has anyone checked the water in the canal?", "Is the stream behind the estate polluted?": the results of
            // the council's tests, information on the state of the environment (EIR reg 2(1)(a)), asked as a question.
            // Not "is it safe to swim today?" (advice, a service) nor a weak subject ("is the tap water tested?").
            sum[CueKind.RECORD.ordinal()] += COMPOSED_RECORD;
            reasons.add("feature: asks whether the state of the environment was checked");
        }
        if (get(sum, CueKind.RECORD) < 1 && asksForTheCouncils(s, matches)) {
            // "Please provide the council's decision notice ...": what the council itself holds, asked for by name.
            sum[CueKind.RECORD.ordinal()] += COMPOSED_RECORD;
            reasons.add("feature: asks for the council's own document");
        }
    }

    /** Request wording followed at once by "the council's" (an apostrophe folded or left out). */
    private static boolean asksForTheCouncils(String s, List<LexiconMatch<Cue>> matches) {
        for (LexiconMatch<Cue> m : matches) {
            if (m.payload().kind() == CueKind.REQUEST
                    && (s.startsWith(" the council's ", m.end()) || s.startsWith(" the councils ", m.end()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a council decision or transaction ({@link CueKind#DECISION}) is asked about by who, when or whether, with
     * no opinion asked and no record already named: "why did you decide" asks for a justification.
     */
    private static boolean asksAboutADecision(String s, List<LexiconMatch<Cue>> matches, int[] count, double[] sum) {
        if (count[CueKind.DECISION.ordinal()] == 0 || get(sum, CueKind.OPINION) > 0 || get(sum, CueKind.RECORD) >= 1) {
            return false;
        }
        for (LexiconMatch<Cue> m : matches) {
            if (m.payload().kind() == CueKind.DECISION) {
                return RequestFeatures.sentenceAsksWhoWhenWhether(s, m.start());
            }
        }
        return false;
    }

    /**
     * Whether a money word is asked about yes or no ("Does the market make a profit?") or checked ("is that right?"),
     * with no figure asked (that is a quantity), no record named, and nothing of the sender's own allowance, a service
     * or an opinion: "Do I have to pay for a permit?" is a service question.
     */
    private static boolean asksAMoneyFact(String original, String s, int contentStart, List<LexiconMatch<Cue>> matches,
                                          int[] count, double[] sum) {
        if (get(sum, CueKind.MONEY) == 0 || get(sum, CueKind.QUANTITY) > 0 || get(sum, CueKind.RECORD) >= 1
                || count[CueKind.ALLOWANCE.ordinal()] > 0 || get(sum, CueKind.SERVICE) > 0 || get(sum, CueKind.OPINION) > 0
                || get(sum, CueKind.JIBE) > 0 || get(sum, CueKind.DISSATISFACTION) > 0 || original.indexOf('?') < 0) {
            return false;
        }
        // The council's money, not what residents pay: "do students have to pay council tax?", "we pay more every year".
        boolean councilsMoney = false;
        for (LexiconMatch<Cue> m : matches) {
            councilsMoney |= m.payload().kind() == CueKind.MONEY && !RESIDENTS_PAY.contains(m.phrase());
        }
        return councilsMoney && (count[CueKind.CASUAL.ordinal()] > 0 || RequestFeatures.opensYesNo(s, contentStart));
    }

    private static double get(double[] sum, CueKind k) {
        return sum[k.ordinal()];
    }
}
