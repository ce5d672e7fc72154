package org.councilpolicy.content.moderation;

import org.councilpolicy.core.rule.Category;
import org.councilpolicy.core.rule.Procedure;
import org.councilpolicy.core.rule.RuleInfo;
import org.councilpolicy.core.rule.Severity;

/** Catalogue entry for {@link ConnectionRemovals}: removing a connection (a follow, a friend) only for an over-riding reason. */
public final class ConnectionRemovalProcedure implements Procedure {

    static final RuleInfo INFO = RuleInfo.builder("moderation.connection-removal")
            .title("Removing a connection: only for an over-riding reason")
            .category(Category.ACCOUNT)
            .severity(Severity.REVIEW)
            .clauses("SC-10", "PN-4")
            .rationale("Once connected, the council removes a profile from its network only for an over-riding reason "
                    + "such as a risk to its reputation and credibility or a breach of political neutrality, each case "
                    + "on its merits (SBC). Disagreement and criticism are not reasons.")
            .fires("Remove @localcampaign: it criticises us (CRITICISM): not justified")
            .passes("Remove @partyaccount: its posts make our follow a breach of neutrality, with evidence: justified")
            .build();

    /** Public no-arg constructor for ServiceLoader. */
    public ConnectionRemovalProcedure() {
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }
}
