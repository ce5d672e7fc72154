package org.councilpolicy.content.checklist;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.councilpolicy.core.rule.Category;
import org.councilpolicy.core.rule.Procedure;
import org.councilpolicy.core.rule.RuleInfo;
import org.councilpolicy.core.rule.Severity;

/**
 * IN-7 (SFRS 6.3): a complaint about a post is dealt with quickly: the post is removed with an explanation, or a
 * reply gives the reasoning why it is fine; anything longer than a reply and thanks goes to direct messages.
 * "Quickly" is read as within {@link #DEFAULT_RESPOND_WITHIN} (the policy gives no figure).
 */
public final class PostComplaintHandling implements Procedure {

    /** How soon a complaint should be dealt with. */
    public static final Duration DEFAULT_RESPOND_WITHIN = Duration.ofHours(24);
    /** Public messages allowed before the conversation goes to DM: the initial reply and the thanks. */
    public static final int PUBLIC_EXCHANGE_LIMIT = 2;

    static final String CLAUSE = "IN-7";

    static final RuleInfo INFO = RuleInfo.builder("checklist.post-complaint")
            .title("Complaints about posts: quickly, reply with reasoning or remove, long exchanges to DM")
            .category(Category.CONDUCT)
            .severity(Severity.REVIEW)
            .clauses(CLAUSE)
            .rationale("Any complaint about a post is dealt with quickly and effectively: depending on its severity "
                    + "the post is removed and the complainant told about the investigation or reasoning, or a reply "
                    + "gives all the reasoning why the post is fine. A conversation longer than a reply and thanks is "
                    + "taken offline by asking the other party to DM us (SFRS 6.3). Quickly: within 24 hours.")
            .fires("A complaint received 30 hours ago with no reply: HOLD (OVERDUE, REPLY_OR_REMOVE)")
            .passes("A reply with the reasoning within 2 hours, then the complainant's thanks: GO")
            .build();

    private final Duration respondWithin;

    /** The check answering within {@link #DEFAULT_RESPOND_WITHIN}; also the public no-arg constructor for ServiceLoader. */
    public PostComplaintHandling() {
        this(DEFAULT_RESPOND_WITHIN);
    }

    /**
     * The check with a council's own response time.
     *
     * @param respondWithin how soon a complaint should be dealt with (positive)
     * @throws IllegalArgumentException when it is not positive
     */
    public PostComplaintHandling(Duration respondWithin) {
        Objects.requireNonNull(respondWithin, "respondWithin");
        if (respondWithin.isZero() || respondWithin.isNegative()) {
            throw new IllegalArgumentException("respondWithin: must be positive");
        }
        this.respondWithin = respondWithin;
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }

    /**
     * Evaluates how a complaint is being handled.
     *
     * @param complaint the facts
     * @return GO when it is dealt with and the public exchange is short or moved to DM, otherwise HOLD
     */
    public ChecklistDecision evaluate(PostComplaint complaint) {
        Objects.requireNonNull(complaint, "complaint");
        List<ChecklistAction> actions = new ArrayList<>();
        switch (complaint.response()) {
            case NONE -> {
                if (complaint.sinceReceived().compareTo(respondWithin) > 0) {
                    actions.add(ChecklistAction.of("OVERDUE", CLAUSE, "The complaint was received "
                            + complaint.sinceReceived().toHours() + " hours ago, more than " + respondWithin.toHours()
                            + ": deal with it now, and escalate if needed."));
                }
                actions.add(ChecklistAction.of("REPLY_OR_REMOVE", CLAUSE, "Depending on the severity, remove the "
                        + "post and tell the complainant why, or reply with all the reasoning why the post is fine."));
            }
            case REMOVED_WITHOUT_EXPLANATION -> actions.add(ChecklistAction.of("EXPLAIN_TO_COMPLAINANT", CLAUSE,
                    "Tell the complainant about the investigation and the reasoning for the post."));
            case REPLIED_WITH_REASONING, REMOVED_AND_EXPLAINED -> {
                // dealt with
            }
        }
        if (complaint.publicExchangeMessages() > PUBLIC_EXCHANGE_LIMIT && !complaint.movedToDirectMessages()) {
            actions.add(ChecklistAction.of("TAKE_TO_DIRECT_MESSAGE", CLAUSE, "The conversation is longer than a "
                    + "reply and thanks: ask the other party to DM us."));
        }
        return ChecklistDecision.of(Outcome.HOLD, actions);
    }
}
