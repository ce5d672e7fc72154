package org.councilpolicy.testkit;

import java.util.List;
import java.util.Objects;
import org.councilpolicy.core.rule.Category;
import org.councilpolicy.core.rule.Finding;
import org.councilpolicy.core.text.Masking;

/**
 * Describes findings for assertion messages, one line each: rule, severity, span, kind, clauses,
 * masked excerpt and message.
 *
 * <p>A finding's excerpt is masked by contract. As a second line of defence, an excerpt of a
 * personal-data or confidential finding that shows no mask character is masked again here, so a
 * faulty rule cannot make a failing test print the data it found.
 */
public final class FindingDescriptions {

    private static final char MASK = '\u2022';

    private FindingDescriptions() {
    }

    /**
     * Describes one finding on one line.
     *
     * @param finding the finding
     * @return for example {@code personal-data.phone BLOCK [12, 25) PHONE (PD-1) "••••• ••••23": message}
     */
    public static String describe(Finding finding) {
        Objects.requireNonNull(finding, "finding");
        StringBuilder s = new StringBuilder();
        s.append(finding.rule()).append(' ').append(finding.severity());
        s.append(' ').append(finding.span() == null ? "(whole text)"
                : "[" + finding.span().start() + ", " + finding.span().end() + ")");
        if (finding.kind() != null) {
            s.append(' ').append(finding.kindName());
        }
        s.append(' ').append(finding.category());
        s.append(" (").append(String.join(", ", finding.clauses())).append(')');
        String excerpt = safeExcerpt(finding);
        if (excerpt != null) {
            s.append(" \"").append(excerpt).append('"');
        }
        s.append(": ").append(finding.message());
        return s.toString();
    }

    /**
     * Describes findings, one indented line each, or says there are none.
     *
     * @param findings the findings
     * @return a block of text for an assertion message
     */
    public static String describe(List<Finding> findings) {
        Objects.requireNonNull(findings, "findings");
        if (findings.isEmpty()) {
            return "  (no findings)";
        }
        StringBuilder s = new StringBuilder();
        s.append("  findings (").append(findings.size()).append("):");
        for (int i = 0; i < findings.size(); i++) {
            s.append(System.lineSeparator()).append("    ").append(i + 1).append(". ").append(describe(findings.get(i)));
        }
        return s.toString();
    }

    /**
     * The excerpt as it may be shown: as the finding holds it, or masked again when a personal-data or
     * confidential finding's excerpt was left unmasked.
     *
     * @param finding the finding
     * @return the excerpt safe to print, or {@code null} if the finding has none
     */
    public static String safeExcerpt(Finding finding) {
        String excerpt = finding.excerpt();
        if (excerpt == null) {
            return null;
        }
        boolean sensitive = finding.category() == Category.PERSONAL_DATA || finding.category() == Category.CONFIDENTIAL;
        if (sensitive && excerpt.indexOf(MASK) < 0) {
            return Masking.mask(excerpt);
        }
        return excerpt;
    }
}
