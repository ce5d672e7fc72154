package org.councilpolicy.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.councilpolicy.core.engine.Report;
import org.councilpolicy.core.rule.Finding;

/**
 * Reports and findings to the contract's JSON. At most {@link #MAX_FINDINGS} findings are written per item (the
 * most severe, in their order); the number left out is given as {@code "moreFindings"}, so one long text full of
 * names or dates cannot turn into a line of hundreds of megabytes.
 */
final class ReportJson {

    /** Most findings written for one item. A reviewer reads a few dozen; the rest are the same thing again. */
    static final int MAX_FINDINGS = 100;

    private ReportJson() {
    }

    static ObjectNode report(Report report) {
        ObjectNode out = JsonLines.MAPPER.createObjectNode();
        out.put("verdict", report.verdict().name());
        putFindings(out, report.findings());
        return out;
    }

    /** Sets {@code "findings"} (at most {@link #MAX_FINDINGS}) and, when some were left out, {@code "moreFindings"}. */
    static void putFindings(ObjectNode out, List<Finding> findings) {
        List<Finding> shown = capped(findings);
        ArrayNode arr = out.putArray("findings");
        for (Finding f : shown) {
            arr.add(finding(f));
        }
        if (shown.size() < findings.size()) {
            out.put("moreFindings", findings.size() - shown.size());
        }
    }

    /**
     * The findings to show: all when there are at most {@link #MAX_FINDINGS}, else the most severe ones (so a BLOCK
     * verdict always shows a BLOCK finding), in their original order.
     */
    static List<Finding> capped(List<Finding> findings) {
        if (findings.size() <= MAX_FINDINGS) {
            return findings;
        }
        List<Integer> order = new ArrayList<>(findings.size());
        for (int i = 0; i < findings.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing((Integer i) -> findings.get(i).severity()).thenComparing(i -> i));
        List<Integer> kept = new ArrayList<>(order.subList(0, MAX_FINDINGS));
        kept.sort(null);
        List<Finding> out = new ArrayList<>(MAX_FINDINGS);
        for (int i : kept) {
            out.add(findings.get(i));
        }
        return out;
    }

    static ObjectNode finding(Finding f) {
        ObjectNode o = JsonLines.MAPPER.createObjectNode();
        o.put("rule", f.rule());
        ArrayNode clauses = o.putArray("clauses");
        f.clauses().forEach(clauses::add);
        o.put("category", f.category().name());
        if (f.kind() != null) {
            o.put("kind", f.kindName());
        }
        o.put("severity", f.severity().name());
        if (f.span() != null) {
            o.put("start", f.span().start());
            o.put("end", f.span().end());
        }
        if (f.excerpt() != null) {
            o.put("excerpt", f.excerpt());
        }
        o.put("message", f.message());
        if (f.suggestion() != null) {
            o.put("suggestion", f.suggestion());
        }
        if (f.fix() != null) {
            ObjectNode fix = o.putObject("fix");
            fix.put("start", f.fix().span().start());
            fix.put("end", f.fix().span().end());
            fix.put("replacement", f.fix().replacement());
        }
        return o;
    }
}
