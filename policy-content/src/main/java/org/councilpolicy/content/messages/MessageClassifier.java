package org.councilpolicy.content.messages;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.councilpolicy.content.draft.Platform;
import org.councilpolicy.core.calendar.Deadline;
import org.councilpolicy.core.calendar.Regime;
import org.councilpolicy.core.engine.SecondOpinion;
import org.councilpolicy.core.profile.Profile;
import org.councilpolicy.core.rule.RuleInfo;
import org.councilpolicy.core.rule.RuleSettings;

/**
 * Classifies messages received on a council's social media (IN-1 to IN-6, IN-8): is it a request for
 * information (FOI, EIR, subject access) whether or not it says so, is it valid, when is it due, what to
 * reply, is it a complaint, and, for a fire service, should the person be asked to make an FOI request.
 *
 * <p>Build one per profile and share it: it is immutable and thread-safe, and {@link #classify} takes time
 * linear in the message's length.
 *
 * <pre>{@code
 * MessageClassifier classifier = MessageClassifier.forProfile(profile);
 * Classification c = classifier.classify(Message.builder("How much did the council spend on ...?")
 *         .receivedAt(LocalDate.of(2026, 3, 2)).channel(Channel.PUBLIC).build());
 * }</pre>
 *
 * <p>Validity: a request is valid as it stands when it gives the requester's real name and an address for
 * correspondence (an email or postal address, not a handle): FOIA s.8 and FOISA s.8 for FOI; for EIR and subject
 * access the same two details are what the council needs to identify the requester and send the response. One
 * without them is {@code valid: false}, but it is still forwarded (the policy: "the request is still valid and
 * must still be handled by the FOI team") and the reply asks for what is missing.
 *
 * <p>The due date is counted from receipt for every request and for ambiguous messages too (forwarding at
 * once is the policy's answer to doubt), so it is never later than the statutory one.
 */
public final class MessageClassifier {

    private final Profile profile;
    private final Clock clock;
    private final RequestScorer scorer;
    private final RequestDeadlines deadlines;
    private final Acknowledgements acknowledgements;
    private final boolean complaintsEnabled;
    private final boolean fireService;
    private final SecondOpinion secondOpinion;

    private MessageClassifier(Profile profile, Clock clock, SecondOpinion secondOpinion) {
        this.profile = profile;
        this.clock = clock;
        this.secondOpinion = secondOpinion;
        this.scorer = new RequestScorer(RequestCues.lexicon());
        this.deadlines = RequestDeadlines.forProfile(profile);
        RuleSettings complaints = profile.settingsFor(ComplaintProcedure.INFO);
        this.complaintsEnabled = complaints.enabled();
        String routeTo = complaints.stringOption(ComplaintProcedure.ROUTE_TO);
        this.acknowledgements = new Acknowledgements(profile.settings(MessageSettings.SECTION),
                routeTo == null || routeTo.isBlank() ? "our customer services team" : routeTo);
        this.fireService = profile.settingsFor(FireServiceFoiProcedure.INFO).enabled();
    }

    /**
     * A classifier for the profile, with the system clock for messages that carry no date of receipt (the day
     * is read in the profile's zone, {@link Profile#today}).
     *
     * @param profile the council's profile
     * @return the classifier
     */
    public static MessageClassifier forProfile(Profile profile) {
        return forProfile(profile, Clock.systemUTC());
    }

    /**
     * A classifier for the profile.
     *
     * @param profile the council's profile
     * @param clock   gives today's date for messages that carry no date of receipt
     * @return the classifier
     */
    public static MessageClassifier forProfile(Profile profile, Clock clock) {
        return new MessageClassifier(Objects.requireNonNull(profile, "profile"), Objects.requireNonNull(clock, "clock"),
                null);
    }

    /**
     * This classifier with a second opinion: a message the rules do not read as a request, but which the stage
     * says reads like one, is treated as ambiguous (ask whether it is a Freedom of Information request, and forward
     * it meanwhile), with the stage's explanation among the reasons. The stage never turns a request into a
     * non-request, and never changes anything else.
     *
     * @param stage the second opinion, such as {@link SecondOpinion#discover()} finds
     * @return a classifier that asks the stage
     */
    public MessageClassifier withSecondOpinion(SecondOpinion stage) {
        return new MessageClassifier(profile, clock, Objects.requireNonNull(stage, "stage"));
    }

    /**
     * The procedures this classifier applies, for catalogues.
     *
     * @return their metadata
     */
    public static List<RuleInfo> procedures() {
        return List.of(RequestRecognitionProcedure.INFO, DeadlineProcedure.INFO, AcknowledgementProcedure.INFO,
                ComplaintProcedure.INFO, FireServiceFoiProcedure.INFO);
    }

    /**
     * The profile it was built for.
     *
     * @return the profile
     */
    public Profile profile() {
        return profile;
    }

    /**
     * Classifies one message.
     *
     * @param message the message
     * @return what it is and what to do
     */
    public Classification classify(Message message) {
        Objects.requireNonNull(message, "message");
        // IN-5: a private message that gives a name and an address for the reply is written as a request; a bare
        // question asked in public, or in a private message without them, is asked about.
        Requester early = message.channel() == Channel.PUBLIC || message.platform() == Platform.OTHER ? null
                : Requester.of(message, profile.ownContacts());
        boolean social = message.channel() == Channel.PUBLIC
                || (message.platform() != Platform.OTHER && (early.name() == null || !early.hasAddress()));
        RequestAssessment a = scorer.assess(message.text(), social);
        RequestType type = a.type();
        boolean ambiguous = a.ambiguous();
        List<String> reasons = a.reasons();
        if (!type.isRequest() && secondOpinion != null) {
            Optional<SecondOpinion.Opinion> opinion = secondOpinion.requestOpinion(message.text());
            if (opinion.isPresent()) {
                type = RequestType.FOI;
                ambiguous = true;
                reasons = new ArrayList<>(reasons);
                reasons.add(opinion.get().explanation());
            }
        }
        // A representative writes privately, with the authority: a public post is not read for it.
        if (type == RequestType.FOI && !ambiguous && ((message.channel() != Channel.PUBLIC
                && ActingFor.actsForWithAuthority(message.text())) || ActingFor.forAnotherAdult(message.text()))) {
            type = RequestType.SAR; // another living person's records: "my husband's file", "his repairs history"
            reasons = new ArrayList<>(reasons);
            reasons.add("feature: records of someone the sender acts for");
        }
        boolean complaint = complaintsEnabled && a.complaint();
        boolean suggestFoi = fireService && a.fireSensitive();
        Set<MessageAction> actions = new LinkedHashSet<>();
        Set<String> procedures = new LinkedHashSet<>();
        Set<String> clauses = new LinkedHashSet<>();
        procedures.add(RequestRecognitionProcedure.ID);
        clauses.addAll(RequestRecognitionProcedure.INFO.clauses());

        Regime regime = null;
        Deadline deadline = null;
        boolean valid = false;
        List<MissingDetail> missing = List.of();
        Acknowledgement ack = null;
        if (type.isRequest()) {
            LocalDate received = message.receivedAt() != null ? message.receivedAt() : profile.today(clock);
            regime = RequestDeadlines.regimeFor(type, profile);
            deadline = deadlines.due(regime, received, false);
            procedures.add(DeadlineProcedure.ID);
            clauses.addAll(DeadlineProcedure.INFO.clauses());
            Requester requester = early != null ? early : Requester.of(message, profile.ownContacts());
            missing = missing(requester);
            if (type == RequestType.SAR && !ambiguous && ActingFor.authorityMissing(message.text())) {
                missing.add(MissingDetail.AUTHORITY); // "my mum's care records" with no consent or attorney shown
            }
            // An ambiguous message is valid if it would be as a request, as its due date is the one that would apply.
            valid = missing.isEmpty();
            if (ambiguous) {
                actions.add(MessageAction.ASK_IF_FOI);
                actions.add(MessageAction.FORWARD_TO_INFORMATION_TEAM);
                ack = acknowledgements.askIfRequest(type, complaint);
            } else {
                actions.add(MessageAction.FORWARD_TO_INFORMATION_TEAM);
                if (missing.contains(MissingDetail.ADDRESS)) {
                    actions.add(MessageAction.ASK_FOR_EMAIL);
                }
                if (missing.contains(MissingDetail.NAME)) {
                    actions.add(MessageAction.ASK_FOR_NAME);
                }
                if (type == RequestType.SAR) {
                    actions.add(MessageAction.VERIFY_IDENTITY);
                    if (missing.contains(MissingDetail.AUTHORITY)) {
                        actions.add(MessageAction.ASK_FOR_AUTHORITY);
                    }
                    if (message.channel() == Channel.PUBLIC) {
                        actions.add(MessageAction.REPLY_BY_PRIVATE_MESSAGE);
                    }
                }
                ack = acknowledgements.request(type, requester.name(), deadline.due(), message.reference(), missing,
                        true, message.channel() == Channel.PUBLIC, complaint);
            }
            procedures.add(AcknowledgementProcedure.ID);
            clauses.addAll(AcknowledgementProcedure.INFO.clauses());
        } else if (a.serviceEnquiry() && !complaint) {
            actions.add(MessageAction.ANSWER_AS_SERVICE_ENQUIRY);
        }
        if (complaint) {
            actions.add(MessageAction.ROUTE_TO_COMPLAINTS);
            procedures.add(ComplaintProcedure.ID);
            clauses.addAll(ComplaintProcedure.INFO.clauses());
            if (ack == null) {
                ack = acknowledgements.complaint();
            }
        }
        if (suggestFoi) {
            actions.add(MessageAction.SUGGEST_FOI_REQUEST);
            procedures.add(FireServiceFoiProcedure.ID);
            clauses.addAll(FireServiceFoiProcedure.INFO.clauses());
            ack = acknowledgements.suggestFoiRequest();
        }
        return new Classification(type, ambiguous, a.confidence(), valid, missing, complaint, regime, deadline,
                List.copyOf(actions), ack, List.copyOf(procedures), List.copyOf(clauses), reasons, a.cues());
    }

    private static List<MissingDetail> missing(Requester r) {
        List<MissingDetail> out = new ArrayList<>(2);
        if (r.name() == null) {
            out.add(MissingDetail.NAME);
        }
        if (!r.hasAddress()) {
            out.add(MissingDetail.ADDRESS);
        }
        return out;
    }
}
