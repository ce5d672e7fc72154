package org.councilpolicy.content.moderation;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.councilpolicy.content.draft.Platform;

/**
 * What is kept of a removed or reviewed comment for an audit log (MD-6): when, a SHA-256 digest of the text
 * (so a retained copy can be proved to be the one decided on), the decision, grounds, rules and profile. Holds no
 * raw text.
 *
 * @param recordedAt     when the decision was made (the moderator's clock)
 * @param textSha256     lower-case hex SHA-256 of the comment's UTF-8 text
 * @param platform       where the comment was posted
 * @param decision       the decision
 * @param grounds        the grounds, in declaration order
 * @param ruleIds        the rules that found something, sorted
 * @param clauses        the clauses applied, sorted
 * @param profileName    the council profile's name
 * @param profileVersion the council profile's version
 */
public record EvidenceRecord(Instant recordedAt, String textSha256, Platform platform, Decision decision,
                             List<Ground> grounds, List<String> ruleIds, List<String> clauses, String profileName,
                             String profileVersion) {

    /**
     * Validates that nothing is null and copies the lists.
     *
     * @param recordedAt     when the decision was made (the moderator's clock)
     * @param textSha256     lower-case hex SHA-256 of the comment's UTF-8 text
     * @param platform       where the comment was posted
     * @param decision       the decision
     * @param grounds        the grounds, in declaration order
     * @param ruleIds        the rules that found something, sorted
     * @param clauses        the clauses applied, sorted
     * @param profileName    the council profile's name
     * @param profileVersion the council profile's version
     */
    public EvidenceRecord {
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(textSha256, "textSha256");
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(decision, "decision");
        grounds = List.copyOf(grounds);
        ruleIds = List.copyOf(ruleIds);
        clauses = List.copyOf(clauses);
        Objects.requireNonNull(profileName, "profileName");
        Objects.requireNonNull(profileVersion, "profileVersion");
    }
}
