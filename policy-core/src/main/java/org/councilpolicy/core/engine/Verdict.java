package org.councilpolicy.core.engine;

import java.util.Collection;
import org.councilpolicy.core.rule.Finding;
import org.councilpolicy.core.rule.Severity;

/** The outcome for one subject: BLOCK if any finding blocks, else REVIEW if any needs review, else PASS. */
public enum Verdict {
    /** Nothing blocks and nothing needs review: it may be published as it stands. */
    PASS,
    /** A person must look before it goes out. */
    REVIEW,
    /** It must not be published or sent as it stands. */
    BLOCK;

    /**
     * The verdict the contract derives from these findings.
     *
     * @param findings the findings
     * @return the verdict the contract derives from these findings
     */
    public static Verdict of(Collection<Finding> findings) {
        Verdict v = PASS;
        for (Finding f : findings) {
            if (f.severity() == Severity.BLOCK) {
                return BLOCK;
            }
            if (f.severity() == Severity.REVIEW) {
                v = REVIEW;
            }
        }
        return v;
    }
}
