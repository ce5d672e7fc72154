package org.councilpolicy.content.moderation;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.councilpolicy.core.rule.Finding;

/**
 * The decision on one comment, with everything the policies require around it.
 *
 * @param decision       DELETE, KEEP or REVIEW
 * @param grounds        the stated grounds (empty for KEEP)
 * @param clauses        the clauses applied
 * @param reportTo       who it must be reported to (the hate crime service for hate, MD-4)
 * @param explanation    for DELETE the explanation to give the poster (MD-5); for REVIEW what the reviewer must
 *                       weigh; for KEEP why it stays (and, when a deletion was proposed, why that is refused)
 * @param repostAllowed  whether the comment could be posted again without the offending parts (MD-5)
 * @param retainEvidence whether evidence must be kept (MD-6)
 * @param findings       what the moderation rules found (excerpts masked)
 * @param replySuggestion how to answer criticism or misinformation (MD-1, MD-9), if the comment needs an answer
 * @param refusal        present when a proposed deletion or hiding has no ground
 * @param evidence       the audit record, present when {@code retainEvidence}
 */
public record ModerationDecision(Decision decision, List<Ground> grounds, List<String> clauses, List<ReportTo> reportTo,
                                 String explanation, boolean repostAllowed, boolean retainEvidence,
                                 List<Finding> findings, Optional<String> replySuggestion,
                                 Optional<ProposalRefused> refusal, Optional<EvidenceRecord> evidence) {

    /**
     * Validates that nothing is null and copies the lists.
     *
     * @param decision        DELETE, KEEP or REVIEW
     * @param grounds         the stated grounds (empty for KEEP)
     * @param clauses         the clauses applied
     * @param reportTo        who it must be reported to
     * @param explanation     the explanation for the poster, the reviewer or the proposer
     * @param repostAllowed   whether the comment could be posted again without the offending parts
     * @param retainEvidence  whether evidence must be kept
     * @param findings        what the moderation rules found (excerpts masked)
     * @param replySuggestion how to answer the comment, if it needs an answer
     * @param refusal         present when a proposed deletion or hiding has no ground
     * @param evidence        the audit record, present when {@code retainEvidence}
     */
    public ModerationDecision {
        Objects.requireNonNull(decision, "decision");
        grounds = List.copyOf(grounds);
        clauses = List.copyOf(clauses);
        reportTo = List.copyOf(reportTo);
        Objects.requireNonNull(explanation, "explanation");
        findings = List.copyOf(findings);
        Objects.requireNonNull(replySuggestion, "replySuggestion");
        Objects.requireNonNull(refusal, "refusal");
        Objects.requireNonNull(evidence, "evidence");
    }

    /** {@return whether a proposed deletion or hiding was refused for want of a ground} */
    public boolean proposalRefused() {
        return refusal.isPresent();
    }
}
