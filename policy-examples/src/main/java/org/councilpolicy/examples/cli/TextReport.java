package org.councilpolicy.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import org.councilpolicy.core.engine.Report;
import org.councilpolicy.core.rule.Category;
import org.councilpolicy.core.rule.Finding;

/**
 * {@code --format text}: each finding under the draft's text with its span marked by carets. Personal
 * data in the shown text is masked (first character kept), so the console never shows it.
 */
final class TextReport {
    private final PrintWriter out;

    TextReport(PrintWriter out) {
        this.out = out;
    }

    void print(JsonNode id, String text, Report report) {
        out.println((id == null ? "(no id)" : id.asText()) + ": " + report.verdict()
                + (report.findings().isEmpty() ? "" : " (" + report.findings().size() + " finding"
                + (report.findings().size() == 1 ? "" : "s") + ")"));
        String shown = masked(text, report);
        java.util.List<Finding> findings = ReportJson.capped(report.findings());
        for (Finding f : findings) {
            out.println("  " + f.severity() + " " + f.rule() + " " + f.clauses() + (f.kind() == null ? "" : " " + f.kindName())
                    + ": " + f.message());
            if (f.span() != null) {
                int lineStart = shown.lastIndexOf('\n', Math.max(0, f.span().start() - 1)) + 1;
                if (f.span().start() == 0) {
                    lineStart = 0;
                }
                int lineEnd = shown.indexOf('\n', f.span().start());
                if (lineEnd < 0) {
                    lineEnd = shown.length();
                }
                // Show at most a window of the line around the span: a one-line text can be a megabyte long.
                lineStart = Math.max(lineStart, f.span().start() - CONTEXT);
                lineEnd = Math.min(lineEnd, Math.max(f.span().end(), f.span().start() + 1) + CONTEXT);
                String line = shown.substring(lineStart, lineEnd);
                int caretStart = f.span().start() - lineStart;
                int caretEnd = Math.min(f.span().end(), lineEnd) - lineStart;
                out.println("    | " + line);
                out.println("    | " + " ".repeat(caretStart) + "^".repeat(Math.max(1, caretEnd - caretStart)));
            }
            if (f.suggestion() != null) {
                out.println("    suggestion: " + f.suggestion());
            }
        }
        if (findings.size() < report.findings().size()) {
            out.println("  … and " + (report.findings().size() - findings.size()) + " more findings");
        }
    }

    /** Characters of context shown either side of a finding's span. */
    private static final int CONTEXT = 60;

    void summary(JsonLines.Summary s) {
        out.println(s.lines() + " checked, " + s.failing() + " failing, " + s.errors() + " input errors");
    }

    /**
     * The text with every personal-data span masked, same length, so carets still line up. A span is masked when it
     * is personal data, or when its rule masked the finding's excerpt (a resident's casework); a span the excerpt
     * shows as written (a protective marking, a party name) is shown as written here too.
     */
    static String masked(String text, Report report) {
        char[] chars = text.toCharArray();
        for (Finding f : report.findings()) {
            if (f.span() != null && f.span().end() <= text.length() && (f.category() == Category.PERSONAL_DATA
                    || !text.substring(f.span().start(), f.span().end()).equals(f.excerpt()))) {
                for (int i = f.span().start() + 1; i < f.span().end() && i < chars.length; i++) {
                    if (!Character.isWhitespace(chars[i])) {
                        chars[i] = '•';
                    }
                }
            }
        }
        return new String(chars).replace('\t', ' ');
    }
}
