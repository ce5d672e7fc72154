package org.councilpolicy.content.checklist;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.councilpolicy.core.rule.Category;
import org.councilpolicy.core.rule.Procedure;
import org.councilpolicy.core.rule.RuleInfo;
import org.councilpolicy.core.rule.Severity;

/**
 * MD-8 (SCC 3.9): is blocking someone from all channels justified? The council would not wish to block anyone, but
 * persistent offenders and abusive customers can and should be blocked to protect staff. The policy gives no
 * numbers, so the thresholds are this library's reading, kept as constants a council can override:
 * <ul>
 *   <li>an <em>abusive customer</em>: at least {@value #DEFAULT_ABUSIVE_INCIDENTS} incidents of abuse of staff
 *       within {@value #DEFAULT_WINDOW_DAYS} days (a pattern, not one bad day);</li>
 *   <li>a <em>persistent offender</em>: at least {@value #DEFAULT_REMOVED_COMMENTS} comments removed under the
 *       moderation rules within {@value #DEFAULT_WINDOW_DAYS} days, after at least {@value #DEFAULT_WARNINGS}
 *       warning(s).</li>
 * </ul>
 * Criticism alone is never grounds (MD-1): criticism is not removed, so it never counts here.
 */
public final class BlockingRequest implements Procedure {

    /** Removed comments within the window that make a persistent offender. */
    public static final int DEFAULT_REMOVED_COMMENTS = 3;
    /** Incidents of abuse of staff within the window that make an abusive customer. */
    public static final int DEFAULT_ABUSIVE_INCIDENTS = 2;
    /** The window the evidence must fall in, in days. */
    public static final int DEFAULT_WINDOW_DAYS = 90;
    /** Warnings a persistent offender must have had before a block. */
    public static final int DEFAULT_WARNINGS = 1;

    static final String CLAUSE = "MD-8";

    static final RuleInfo INFO = RuleInfo.builder("checklist.blocking")
            .title("Blocking: only persistent offenders and abusive customers, never for criticism")
            .category(Category.CONDUCT)
            .severity(Severity.BLOCK)
            .clauses(CLAUSE, "MD-1")
            .rationale("Persistent offenders and abusive customers can and should be blocked from all channels to "
                    + "protect staff, and the Communications Team is told so it can alert the other channels (SCC 3.9). "
                    + "Criticism and posts arguing against policy are not removed, so they are never grounds (MD-1). "
                    + "Thresholds: " + DEFAULT_ABUSIVE_INCIDENTS + " abusive incidents, or " + DEFAULT_REMOVED_COMMENTS
                    + " removed comments after " + DEFAULT_WARNINGS + " warning, within " + DEFAULT_WINDOW_DAYS
                    + " days.")
            .fires("Block a resident whose only removed comment was one criticising the library closures: NOT_ALLOWED "
                    + "(NOT_JUSTIFIED)")
            .passes("Block an account with 4 removed comments in 30 days after a warning, Communications Team told: GO")
            .build();

    private final int removedComments;
    private final int abusiveIncidents;
    private final int windowDays;
    private final int warnings;

    /** The check with the default thresholds; also the public no-arg constructor for ServiceLoader. */
    public BlockingRequest() {
        this(DEFAULT_REMOVED_COMMENTS, DEFAULT_ABUSIVE_INCIDENTS, DEFAULT_WINDOW_DAYS, DEFAULT_WARNINGS);
    }

    /**
     * The check with a council's own thresholds.
     *
     * @param removedComments  removed comments within the window that make a persistent offender (at least 1)
     * @param abusiveIncidents abusive incidents within the window that make an abusive customer (at least 1)
     * @param windowDays       the window the evidence must fall in, in days (at least 1)
     * @param warnings         warnings a persistent offender must have had (0 or more)
     * @throws IllegalArgumentException when a threshold is out of range
     */
    public BlockingRequest(int removedComments, int abusiveIncidents, int windowDays, int warnings) {
        if (removedComments < 1 || abusiveIncidents < 1 || windowDays < 1 || warnings < 0) {
            throw new IllegalArgumentException("thresholds: removedComments, abusiveIncidents and windowDays must be "
                    + "at least 1, warnings at least 0");
        }
        this.removedComments = removedComments;
        this.abusiveIncidents = abusiveIncidents;
        this.windowDays = windowDays;
        this.warnings = warnings;
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }

    /**
     * Evaluates the evidence.
     *
     * @param evidence the counts
     * @return GO when blocking is justified and the Communications Team knows; HOLD when the evidence must be
     *         recounted, a warning given or the Communications Team told; NOT_ALLOWED when it is not justified
     */
    public ChecklistDecision evaluate(BlockingEvidence evidence) {
        Objects.requireNonNull(evidence, "evidence");
        if (evidence.periodDays() > windowDays) {
            return new ChecklistDecision(Outcome.HOLD, List.of(ChecklistAction.of("RECOUNT_WITHIN_WINDOW", CLAUSE,
                    "Count only what happened in the last " + windowDays + " days: older incidents do not show a "
                            + "persistent pattern.")));
        }
        boolean abusive = evidence.abusiveIncidents() >= abusiveIncidents;
        boolean persistent = evidence.removedComments() >= removedComments;
        if (!abusive && !persistent) {
            return new ChecklistDecision(Outcome.NOT_ALLOWED, List.of(new ChecklistAction("NOT_JUSTIFIED",
                    List.of(CLAUSE, "MD-1"), "Blocking is for persistent offenders (" + removedComments
                            + " removed comments) or abusive customers (" + abusiveIncidents + " incidents of abuse of "
                            + "staff) within " + windowDays + " days; criticism is never grounds. Keep moderating "
                            + "each comment on its merits.")));
        }
        List<ChecklistAction> actions = new ArrayList<>();
        if (!abusive && evidence.warningsGiven() < warnings) {
            actions.add(ChecklistAction.of("WARN_FIRST", CLAUSE, "Warn them that further comments breaching the "
                    + "rules will lead to a block, and block only if they continue."));
        }
        if (!evidence.communicationsTeamInformed()) {
            actions.add(ChecklistAction.of("INFORM_COMMUNICATIONS_TEAM", CLAUSE, "Tell the Communications Team, so "
                    + "they can block on all channels and alert the other channels."));
        }
        return ChecklistDecision.of(Outcome.HOLD, actions);
    }

    /** {@return the thresholds, for logs} */
    @Override
    public String toString() {
        return "BlockingRequest[removedComments=" + removedComments + ", abusiveIncidents=" + abusiveIncidents
                + ", windowDays=" + windowDays + ", warnings=" + warnings + "]";
    }
}
