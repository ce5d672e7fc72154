package org.councilpolicy.content.messages;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.councilpolicy.core.calendar.Deadline;
import org.councilpolicy.core.calendar.Regime;

/**
 * What a message is and what to do about it.
 *
 * @param type            FOI, EIR, SAR or NONE; for an ambiguous message, what it would be if it is a request
 * @param ambiguous       the policy's "if you are unsure, ask the customer" applies (action
 *                        {@link MessageAction#ASK_IF_FOI})
 * @param confidence      confidence in the classification, 0 to 1 (for an ambiguous message: that it is a request)
 * @param valid           whether it is a valid request as it stands: a real name and an address for
 *                        correspondence (an email or postal address, not a handle) for FOI (FOIA s.8, FOISA s.8),
 *                        EIR (the same test, so that the response can be sent and the requester identified) and
 *                        subject access (to identify and reply to the data subject); for an ambiguous message,
 *                        whether it would be valid if handled as a request; {@code false} for NONE
 * @param missing         what the requester has not given (and should be asked for), in {@link MissingDetail}
 *                        order; empty when not a request
 * @param complaint       whether it is (also) a complaint
 * @param regime          the statutory regime, by the profile's jurisdiction; {@code null} for NONE
 * @param deadline        the statutory deadline counted from receipt; {@code null} for NONE
 * @param actions         what to do, in a stable order
 * @param acknowledgement the reply to send, or {@code null} when there is nothing to reply about requests
 *                        or complaints (a service question is answered by the service)
 * @param procedures      the ids of the procedures that decided (e.g. {@code messages.request-recognition})
 * @param clauses         the clause IDs behind the decision
 * @param reasons         the cues and features behind the decision, for people reviewing it (lexicon phrases,
 *                        never the message's text)
 * @param cues            where the cues that decided the type, the complaint and the "ask if FOI" step are in the
 *                        message (offsets into its original text, never the text)
 */
public record Classification(RequestType type, boolean ambiguous, double confidence, boolean valid,
                             List<MissingDetail> missing, boolean complaint, Regime regime, Deadline deadline,
                             List<MessageAction> actions, Acknowledgement acknowledgement, List<String> procedures,
                             List<String> clauses, List<String> reasons,
                             List<CueSpan> cues) {

    /**
     * Validates and copies the lists.
     *
     * @param type            the type
     * @param ambiguous       whether to ask the customer
     * @param confidence      0 to 1
     * @param valid           whether valid as it stands
     * @param missing         missing details
     * @param complaint       whether a complaint
     * @param regime          the regime, or {@code null}
     * @param deadline        the deadline, or {@code null}
     * @param actions         the actions
     * @param acknowledgement the reply, or {@code null}
     * @param procedures      procedure ids
     * @param clauses         clause IDs
     * @param reasons         cues and features
     * @param cues            the deciding cues' spans
     */
    public Classification {
        Objects.requireNonNull(type, "type");
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence must be in [0, 1], got " + confidence);
        }
        missing = List.copyOf(Objects.requireNonNull(missing, "missing"));
        actions = List.copyOf(Objects.requireNonNull(actions, "actions"));
        procedures = List.copyOf(Objects.requireNonNull(procedures, "procedures"));
        clauses = List.copyOf(Objects.requireNonNull(clauses, "clauses"));
        reasons = List.copyOf(Objects.requireNonNull(reasons, "reasons"));
        cues = List.copyOf(Objects.requireNonNull(cues, "cues"));
        if ((regime == null) != (deadline == null)) {
            throw new IllegalArgumentException("regime and deadline go together");
        }
    }

    /**
     * The last day for the response, or {@code null} for NONE.
     *
     * @return the due date
     */
    public LocalDate due() {
        return deadline == null ? null : deadline.due();
    }

    /**
     * Whether it is a request for information, or may be one (ambiguous).
     *
     * @return true for FOI, EIR and SAR
     */
    public boolean isRequest() {
        return type.isRequest();
    }

    /**
     * Whether the classification asks for this action.
     *
     * @param action the action
     * @return true if present
     */
    public boolean has(MessageAction action) {
        return actions.contains(action);
    }
}
