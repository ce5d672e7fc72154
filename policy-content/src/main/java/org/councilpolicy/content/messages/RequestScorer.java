package org.councilpolicy.content.messages;

import static org.councilpolicy.content.messages.RequestFeatures.contentStart;
import static org.councilpolicy.content.messages.RequestFeatures.namesAPlace;
import static org.councilpolicy.content.messages.RequestFeatures.rhetoricalPunctuation;
import static org.councilpolicy.content.messages.RequestFeatures.startsWithInterrogative;
import static org.councilpolicy.content.messages.RequestFeatures.years;

import java.util.ArrayList;
import java.util.List;
import org.councilpolicy.core.text.Lexicon;
import org.councilpolicy.core.text.LexiconMatch;
import org.councilpolicy.core.text.NormalisedText;

/**
 * A transparent, linear-time scorer: weighted cue phrases ({@code request-cues.tsv}, matched leftmost-longest
 * with an Aho–Corasick {@link Lexicon}) plus a few structural features of the text (is it a question, does it
 * open with a description of information, rhetorical punctuation, years). Every weight is in the cue file or
 * a named constant here; {@link RequestAssessment#reasons()} says which cues decided. The structural features are
 * read by {@link RequestFeatures}; this class weighs them.
 *
 * <p>Decision (IN-1, IN-2, IN-5):
 * <ol>
 *   <li>Own personal data asked for ({@code OWN_DATA} at least {@value #SAR_THRESHOLD}, or half a point less in
 *       a question or with request wording): a subject access request, whatever law it cites.</li>
 *   <li>Otherwise a request score is built only when the text has the form of a request (a question, explicit
 *       request wording, the law named, or a fragment that opens by describing information) and names some
 *       information (record nouns or figures): request wording, the law, record nouns, figures and time ranges,
 *       with a bonus when a question or request wording meets a record noun or figure. Service-question cues
 *       and, for implicit requests, explanation/opinion cues count against it.</li>
 *   <li>Score at least {@value #REQUEST_THRESHOLD}: a request; ambiguous if it is only implied by a question
 *       and the text is rhetorical (jibes, complaint words, {@code ?!}), asks why, or asks for a stance or
 *       evidence. Score at least {@value #AMBIGUOUS_THRESHOLD}, or a question about a stance or
 *       evidence that may be recorded: ambiguous. On social media, a bare question for figures or records (no request
 *       wording, no law named, not environmental) is ambiguous too: the council could answer it as ordinary
 *       business, so it asks whether the person wants it handled under FOI. Otherwise not a request. A question
 *       that only asks the council to justify itself, or asks a hypothetical figure, with no request wording and
 *       no law named, is not a request and not ambiguous: no record holds the answer.</li>
 *   <li>A request for environmental subjects (air, water, soil, land, noise, waste, emissions, planning, flood,
 *       trees, biodiversity) is EIR, whatever law it cites; weakly environmental subjects (potholes, road
 *       repairs, recycling) asked about only as money spent or paid stay FOI.</li>
 * </ol>
 * Immutable and thread-safe.
 */
final class RequestScorer {

    static final double SAR_THRESHOLD = 2.5;
    static final double REQUEST_THRESHOLD = 2.0;
    static final double AMBIGUOUS_THRESHOLD = 1.2;
    /** Question or request wording meeting a record noun or figure. */
    private static final double FORM_BONUS = 1.0;
    /** A text that opens by describing information: "The number of ...", "A copy of ...". */
    private static final double FRAGMENT_BONUS = 1.0;
    private static final double YEAR_WEIGHT = 0.5;
    private static final double SERVICE_PENALTY = 0.8;
    private static final double OPINION_PENALTY = 0.5;
    private static final double RHETORIC_PUNCTUATION = 1.0;
    /** Steepness of the logistic that turns a score margin into a confidence. */
    private static final double STEEPNESS = 1.5;

    /** Weight of a sum asked for without a listed phrase ("what did that cost"), as a {@code QUANTITY} cue. */
    private static final double PAST_FIGURE = 1.5;

    /** Request weight of a sentence that opens with an imperative for a record, as "please send" weighs. */
    private static final double IMPERATIVE_REQUEST = 2.0;
    /** Service weight of "when ... will ...": when the council will act, as the cue "when will" weighs. */
    private static final double FUTURE_SERVICE = 1.5;

    private final Lexicon<Cue> cues;

    RequestScorer(Lexicon<Cue> cues) {
        this.cues = cues;
    }

    RequestAssessment assess(String original) {
        return assess(original, true);
    }

    /**
     * Scores one message's text.
     *
     * @param original the text
     * @param social   whether it came on social media (a public post or a direct message), where a casual question
     *                 is asked about (IN-5) rather than taken as a request
     */
    RequestAssessment assess(String original, boolean social) {
        NormalisedText text = cues.normalise(original);
        String s = text.text();
        double[] sum = new double[CueKind.values().length];
        int[] count = new int[sum.length];
        List<String> reasons = new ArrayList<>();
        int contentStart = contentStart(s);
        boolean fragment = false;
        boolean aboutMe = false;
        List<LexiconMatch<Cue>> matches = cues.findLongest(text);
        for (int i = 0; i < matches.size(); i++) {
            LexiconMatch<Cue> m = matches.get(i);
            Cue c = m.payload();
            if ((c.kind() == CueKind.ENV_STRONG || c.kind() == CueKind.ENV_WEAK) && namesAPlace(s, m.end())) {
                continue; // "River Road", "Beach car park": a place, not an environmental subject
            }
            if ((c.kind() == CueKind.ENV_STRONG || c.kind() == CueKind.ENV_WEAK) && RequestFeatures.namesACharge(s, m.end())) {
                continue; // "planning fee refunds": the service's money, not the state of the environment
            }
            if (c.kind() == CueKind.REQUEST && m.phrase().contains("want") && FirstPerson.wantsBack(s, m.end())) {
                sum[CueKind.REMEDY.ordinal()] += 1; // "I want the £96 back": a refund asked for, not information
                count[CueKind.REMEDY.ordinal()]++;
                continue;
            }
            if ((c.kind() == CueKind.FAILURE && (FirstPerson.ownMishap(s, m.start(), m.phrase())
                    || FirstPerson.hedged(s, m.start()))) // or "not sure if it's been missed": a guess
                    || (c.kind() == CueKind.CONDUCT && FirstPerson.saidOfTheSender(s, m.start()))) { // "I was 'rude'"
                continue; // "my laptop died and I've lost the lot": the sender's mishap, not the service's failure
            }
            if (c.kind() == CueKind.REQUEST && AskedForAService.instead(s, m.end(), m.phrase())) {
                sum[CueKind.SERVICE.ordinal()] += 1; // "Please help", "I want to know what you are going to do"
                continue;
            }
            if (SendersPost.told(s, matches, i) || (c.kind() == CueKind.OWN_DATA && OwnRecords.regimeCounted(matches, i))) {
                continue; // "I have sent my documents three times": post in the story, not information asked for
            }
            sum[c.kind().ordinal()] += c.weight();
            count[c.kind().ordinal()]++;
            if (c.kind() == CueKind.FAILURE && (SendersPost.lostTheirPost(s, m.start(), m.phrase())
                    || IgnoredContact.found(s, m.start(), m.end(), m.phrase()))) {
                sum[CueKind.FAILURE.ordinal()] += 1; // "the letter I posted has vanished", "nobody answered my emails"
            } else if (c.kind() == CueKind.FAILURE && SendersPost.deniedAfterSending(s, m.start(), m.phrase())) {
                sum[CueKind.FAILURE.ordinal()] += 2 - c.weight(); // "Sent you my form. You say it never arrived"
            }
            if (c.kind() == CueKind.OWN_DATA && (m.phrase().endsWith(" me") || m.phrase().endsWith(" my"))) {
                aboutMe = true;
            }
            if (m.start() == contentStart && (c.kind() == CueKind.QUANTITY || c.kind() == CueKind.RECORD
                    || c.kind() == CueKind.REQUEST)) {
                fragment = true;
            }
            if (reasons.size() < 12 && c.weight() != 0) {
                reasons.add(c.reason());
            }
        }
        ComposedRecords.add(original, s, contentStart, matches, count, sum, reasons);
        OwnRecords.procedureOnly(s, matches, sum, reasons); // "Do you have a form for subject access requests?"
        int notDone = BrokenService.count(s, matches) // a promise told, and the time since: "It's now September"
                + (get(sum, CueKind.REPEATED) > 0 && get(sum, CueKind.FAILURE) == 0 && BrokenPromise.found(s) ? 1 : 0);
        if (notDone > 0) {
            sum[CueKind.FAILURE.ordinal()] += notDone; // "no engineer ever came", "decided without hearing us"
            count[CueKind.FAILURE.ordinal()] += notDone;
            reasons.add("feature: a service not done");
        }
        // Repetition only counts beside a failure, contact, dissatisfaction, a remedy or an escalation
        // (ComplaintJudge): the pass over the words is skipped for the many messages with none.
        if (get(sum, CueKind.REPEATED) == 0 && get(sum, CueKind.FAILURE) + get(sum, CueKind.CONTACTED)
                + get(sum, CueKind.DISSATISFACTION) + get(sum, CueKind.REMEDY) + get(sum, CueKind.ESCALATION) > 0
                && CountedRepetition.found(s)) {
            sum[CueKind.REPEATED.ordinal()] += 1; // "any of my four emails", "for five weeks"
            count[CueKind.REPEATED.ordinal()]++;
            reasons.add("feature: repetition counted");
        }
        if (get(sum, CueKind.REQUEST) == 0 && Imperatives.imperativeForRecord(s, matches)) {
            sum[CueKind.REQUEST.ordinal()] += IMPERATIVE_REQUEST; // "Nothing. Post the flood survey for Bryn Road"
            reasons.add("feature: asks for a record in the imperative");
        } else if (get(sum, CueKind.REQUEST) == 0 && (Wanting.recordWanted(s, matches)
                || RequestFeatures.requestHeading(s, contentStart))) {
            sum[CueKind.REQUEST.ordinal()] += IMPERATIVE_REQUEST; // "... and would like my educational record"
            reasons.add("feature: wants a record");
        }
        if (get(sum, CueKind.COMPLAINT) == 0 && FirstPerson.complains(s)) {
            sum[CueKind.COMPLAINT.ordinal()] += 3; // "I hereby complain about ...", as "I want to complain" weighs
            count[CueKind.COMPLAINT.ordinal()]++;
            reasons.add("feature: the sender says they complain");
        }
        if (ComplaintJudge.dissatisfiedFace(original)) {
            sum[CueKind.DISSATISFACTION.ordinal()] += 1; // "... just tells you to use the online form 🙄"
            reasons.add("feature: an eye-roll or a scowl");
        }
        // "I would like to know when the flood barriers will be put up": when the council will act, a service question.
        boolean future = get(sum, CueKind.MONEY) == 0 && RequestFeatures.asksWhenItWillHappen(s);
        if (future) {
            sum[CueKind.SERVICE.ordinal()] += FUTURE_SERVICE;
            reasons.add("feature: asks when something will happen");
        }
        if (get(sum, CueKind.REQUEST) < 2 && get(sum, CueKind.FOI_LAW) + get(sum, CueKind.EIR_LAW) == 0 && get(sum,
                CueKind.RECORD) + get(sum, CueKind.MONEY) + get(sum, CueKind.QUANTITY) > 0 && ServiceWanted.found(s)) {
            sum[CueKind.SERVICE.ordinal()] += FUTURE_SERVICE; // "Could I book a bulky waste collection? What's the cost?"
            reasons.add("feature: asks to use a service");
        }
        double request = capped(sum, CueKind.REQUEST, 2);
        double law = Math.min(3, get(sum, CueKind.FOI_LAW) + get(sum, CueKind.EIR_LAW));
        // Money spent or paid is recorded information too, if weaker evidence than a record noun.
        double record = Math.min(2, Math.max(0, get(sum, CueKind.RECORD)) + 0.5 * capped(sum, CueKind.MONEY, 1));
        // "How many bags can I put out?", "how many visits am I allowed?": the sender's allowance, a service question.
        double quantity = count[CueKind.ALLOWANCE.ordinal()] > 0 ? 0 : capped(sum, CueKind.QUANTITY, 2);
        if (quantity == 0 && get(sum, CueKind.MONEY) > 0 && get(sum, CueKind.OPINION) == 0
                && RequestFeatures.asksPastFigureInAnyClause(s, contentStart)) {
            // "What did that rebrand cost?", "What was the council paid for ...?": a sum spent, asked for.
            quantity = PAST_FIGURE;
            reasons.add("feature: asks what was spent or paid");
        }
        int years = years(s);
        double time = Math.min(1, get(sum, CueKind.TIME) + YEAR_WEIGHT * years);
        double service = capped(sum, CueKind.SERVICE, 3);
        double opinion = capped(sum, CueKind.OPINION, 2);
        boolean rhetoricalPunctuation = rhetoricalPunctuation(original);
        double rhetoric = get(sum, CueKind.JIBE) + get(sum, CueKind.DISSATISFACTION)
                + (get(sum, CueKind.SERVICE_FAILURE) > 0 ? 1 : 0) + (rhetoricalPunctuation ? RHETORIC_PUNCTUATION : 0);
        // "Just wondering how many staff work there now": a casual cue and a question word ask without the "?".
        boolean question = original.indexOf('?') >= 0 || startsWithInterrogative(s, contentStart)
                || (count[CueKind.CASUAL.ordinal()] > 0 && RequestFeatures.hasQuestionWord(s));
        boolean explicit = request > 0;
        // Information on the state of the air, water, soil or land is environmental information in itself (EIR
        // reg 2(1)): asked for in request wording, not as a question ("I would like to know about the algae at the
        // lake"), it names its object; a question ("could you tell me when the noise will stop?") may be service.
        boolean hasObject = record >= 0.5 || quantity > 0 || (explicit && !question && !future
                && get(sum, CueKind.ENV_STRONG) > 0);
        // In an email or a letter, "just wondering how many ..." asks as plainly as a question mark does.
        boolean form = explicit || question || law > 0 || fragment || (!social && count[CueKind.CASUAL.ordinal()] > 0);
        if (years > 0) {
            reasons.add("feature: year");
        }
        if (question) {
            reasons.add("feature: question");
        }
        if (fragment) {
            reasons.add("feature: opens by describing information");
        }
        if (rhetoricalPunctuation) {
            reasons.add("feature: rhetorical punctuation");
        }

        boolean complaint = ComplaintJudge.complaint(sum, count);
        double fire = get(sum, CueKind.FIRE_SENSITIVE);
        boolean fireSensitive = fire > 0 && (question || explicit);

        // "the notes ... about me", "emails about me": a record about the sender, asked for.
        // A dead relative's records are not personal data (UK GDPR recital 27): FOI, not subject access.
        boolean deceased = count[CueKind.DECEASED.ordinal()] > 0;
        double ownData = get(sum, CueKind.OWN_DATA) + (deceased ? 0 : get(sum, CueKind.RELATIVE))
                + (aboutMe && (record >= 1 || count[CueKind.ACCESS.ordinal()] > 0
                        || count[CueKind.PERSONAL_RECORD.ordinal()] > 0) && (explicit || question) ? 1 : 0);
        // A parent named as dead ("My mother passed away ... the file you had on my mother") has no personal data.
        int ownRecord = deceased && count[CueKind.RELATIVE.ordinal()] + count[CueKind.ABOUT_SELF.ordinal()] > 0 ? -1
                : OwnRecords.find(s, matches);
        // Figures asked for ("the number of missed collections I reported") are statistics, not one's own data.
        if (ownRecord >= 0 && quantity == 0 && (explicit || law > 0 || count[CueKind.ACCESS.ordinal()] > 0)) {
            ownData += SAR_THRESHOLD;
            reasons.add("feature: the sender's own " + matches.get(ownRecord).phrase());
        }
        // A subject access request that tells why it is made is not also a complaint unless the sender voices one.
        boolean sarComplaint = complaint && !ComplaintJudge.historyOnly(sum, count, time > 0)
                && ComplaintJudge.voicedBySubject(sum, count, matches);
        if (ownData >= SAR_THRESHOLD || (ownData >= SAR_THRESHOLD - 0.5 && (explicit || question))) {
            return assessment(matches, RequestType.SAR, false, logistic(ownData - SAR_THRESHOLD + 1), ownData,
                    sarComplaint, false, fireSensitive, reasons);
        }

        double score = 0;
        if (form && (hasObject || law > 0)) {
            score = request + law + record + quantity + time + get(sum, CueKind.FOLLOW_UP);
            if ((question || explicit) && (record >= 1 || quantity > 0)) {
                score += FORM_BONUS;
            }
            if (fragment && hasObject) {
                score += FRAGMENT_BONUS;
            }
            if (!hasObject) {
                // The law named but no information described ("bet this would make a good FOI request").
                score = Math.min(score, AMBIGUOUS_THRESHOLD - 0.1);
            }
        }
        if (service > 0 && quantity == 0) {
            score -= SERVICE_PENALTY * service;
        }
        if (!explicit && law == 0) {
            score -= OPINION_PENALTY * opinion;
        }
        boolean serviceEnquiry = service >= 1.5 && score < AMBIGUOUS_THRESHOLD;
        RequestType infoType = InformationKind.environmental(sum) ? RequestType.EIR : RequestType.FOI;

        boolean implied = !explicit && law == 0;
        // IN-5 (decided 2026-12-07): on social media, a bare question for information the council holds, in everyday
        // words ("how much did the new signs cost last year?"), could be answered as ordinary business: ask whether
        // the person wants it handled under FOI, and forward. A request stands as it is when it names the Act or asks
        // the council for something ("please provide", "can you tell me", "send me", "a copy of"), or when it opens
        // by describing the information ("The number of ..."). Environmental information is an EIR request in
        // whatever form it is asked (EIR reg 5), unless the question says itself it is idle ("just wondering").
        boolean describes = fragment && !startsWithInterrogative(s, contentStart);
        boolean asksFigureOrRecord = quantity > 0 || get(sum, CueKind.RECORD) >= 1;
        boolean otherGrounds = AskFirst.requestOnOtherGrounds(complaint, AskFirst.figuresAsked(s, matches),
                infoType == RequestType.FOI && count[CueKind.CASUAL.ordinal()] > 0);
        boolean casual = social && implied && question && service < 1.5 && hasObject && !describes && !otherGrounds
                && ((infoType == RequestType.FOI && asksFigureOrRecord) || count[CueKind.CASUAL.ordinal()] > 0);
        boolean own = AskFirst.ownData(ownData, ownRecord >= 0, quantity);
        if (casual) {
            reasons.add("feature: casual question");
        }
        // A question that only asks the council to justify itself ("why do you ...", "how is that fair?", "what was
        // the point of ...?"), with no figure, no request wording and no law named, asks for no recorded information
        // (FOIA s.1, s.84): an opinion or a complaint, not a request, and nothing to ask about under IN-5.
        // So is a figure asked in the conditional ("how many nurses would that have paid for?"): no record holds it.
        boolean hypothetical = count[CueKind.HYPOTHETICAL.ordinal()] > 0;
        boolean justifyOnly = implied && (opinion > 0 || hypothetical) && (quantity == 0 || hypothetical)
                && get(sum, CueKind.POSITION) == 0 && years == 0;
        // "which forms I need to fill in": the sender's errand; read only where the message would otherwise be asked about
        if ((score >= AMBIGUOUS_THRESHOLD || casual || get(sum, CueKind.POSITION) > 0) && law == 0 && !own
                && SendersTask.found(s, matches)) {
            reasons.add("feature: asks what the sender must, can or may do");
            return assessment(matches, RequestType.NONE, false, logistic(AMBIGUOUS_THRESHOLD - score + 1), score,
                    complaint, true, fireSensitive, reasons);
        }
        if (justifyOnly && !own) {
            reasons.add("feature: asks only for a justification");
            return assessment(matches, RequestType.NONE, false, logistic(AMBIGUOUS_THRESHOLD - score + 1), score,
                    complaint, serviceEnquiry, fireSensitive, reasons);
        }
        // A complaint's question that asks no figure, names no document and no state of the environment, in no request
        // wording and naming no law ("What training do your staff get?", "Where are my forms going?"), reproaches
        // rather than asks for recorded information: a complaint, not also a request (IN-6). "Is there even a contract
        // for this?" and "where are the air quality readings?" still ask for a record.
        // So is one where every question opens with a reproach ("Does anyone even read the reports?"): RhetoricalQuestions.
        if (complaint && implied && !own && ((quantity == 0 && count[CueKind.DOCUMENT.ordinal()] == 0
                && get(sum, CueKind.ENV_STRONG) == 0) || RhetoricalQuestions.allReproach(s, contentStart, matches))) {
            reasons.add("feature: a complaint's question, not a request");
            return assessment(matches, RequestType.NONE, false, logistic(AMBIGUOUS_THRESHOLD - score + 1), score,
                    complaint, false, fireSensitive, reasons);
        }
        if (score >= REQUEST_THRESHOLD) {
            // A complaint's dissatisfaction makes its question a formal request (IN-5); a jibe or "?!" still does not.
            double jibes = complaint ? get(sum, CueKind.JIBE) + (rhetoricalPunctuation ? RHETORIC_PUNCTUATION : 0) : rhetoric;
            boolean ask = implied && (jibes >= 0.5 || opinion > 0
                    || get(sum, CueKind.POSITION) > 0 || casual);
            // "What does my social care file say about ...?": the sender's own record asked about is theirs to see.
            if (own && (ask || (question && ownRecord >= 0))) {
                return ownData(matches, ownData, sarComplaint, fireSensitive, reasons);
            }
            if (ask) {
                return assessment(matches, infoType, true, logistic(score - REQUEST_THRESHOLD - rhetoric + 1), score,
                        complaint, false, fireSensitive, reasons);
            }
            return assessment(matches, infoType, false, logistic(score - AMBIGUOUS_THRESHOLD), score, complaint,
                    false, fireSensitive, reasons);
        }
        boolean position = get(sum, CueKind.POSITION) > 0 && question && service < 1.5;
        if ((form && score >= AMBIGUOUS_THRESHOLD) || position || casual) {
            if (own) {
                return ownData(matches, ownData, sarComplaint, fireSensitive, reasons);
            }
            // Written to the council with a name and an address (an email, a letter, such a private message), a
            // question that names information is a request in writing (FOIA s.8, FOISA s.8) whatever its score in this
            // band: IN-5's question ("do you want it handled under FOI?") is for social media. A rhetorical or
            // opinionated one is still asked about.
            if (!social && form && hasObject && rhetoric == 0 && opinion == 0 && !position) {
                reasons.add("feature: asked in writing with a name and an address");
                return assessment(matches, infoType, false, logistic(score - AMBIGUOUS_THRESHOLD), score, complaint,
                        false, fireSensitive, reasons);
            }
            if (position) {
                reasons.add("feature: asks for a stance or evidence");
            }
            return assessment(matches, infoType, true, logistic(Math.max(score - AMBIGUOUS_THRESHOLD, 0)), score,
                    complaint, false, fireSensitive, reasons);
        }
        // Not a request either way: the sender's own errand asked ("the paperwork I should bring") is a service question.
        return assessment(matches, RequestType.NONE, false, logistic(AMBIGUOUS_THRESHOLD - score), score, complaint,
                serviceEnquiry || ((explicit || question) && SendersTask.found(s, matches)), fireSensitive, reasons);
    }

    /** A question that would be asked about, for the sender's own data: subject access (IN-5, {@link AskFirst}). */
    private static RequestAssessment ownData(List<LexiconMatch<Cue>> matches, double ownData, boolean complaint,
                                             boolean fireSensitive, List<String> reasons) {
        reasons.add("feature: asks about the sender's own data");
        return assessment(matches, RequestType.SAR, false, logistic(ownData - AskFirst.OWN_DATA_ASKED + 1), ownData,
                complaint, false, fireSensitive, reasons);
    }

    private static RequestAssessment assessment(List<LexiconMatch<Cue>> matches, RequestType type, boolean ambiguous,
                                         double confidence, double score, boolean complaint, boolean serviceEnquiry,
                                         boolean fireSensitive, List<String> reasons) {
        return new RequestAssessment(type, ambiguous, confidence, score, complaint, serviceEnquiry, fireSensitive, reasons,
                DecidingCues.of(matches, type, ambiguous, complaint));
    }

    private static double get(double[] sum, CueKind k) {
        return sum[k.ordinal()];
    }

    private static double capped(double[] sum, CueKind k, double cap) {
        return Math.min(cap, get(sum, k));
    }

    static double logistic(double margin) {
        double p = 1 / (1 + Math.exp(-STEEPNESS * margin));
        return Math.round(p * 100) / 100.0;
    }
}
