package org.councilpolicy.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.councilpolicy.core.engine.Report;
import org.councilpolicy.core.rule.Finding;

/** Reports and findings to the contract's JSON. */
final class ReportJson {
    private ReportJson() {
    }

    static ObjectNode report(Report report) {
        ObjectNode out = JsonLines.MAPPER.createObjectNode();
        out.put("verdict", report.verdict().name());
        out.set("findings", findings(report.findings()));
        return out;
    }

    static ArrayNode findings(Iterable<Finding> findings) {
        ArrayNode arr = JsonLines.MAPPER.createArrayNode();
        for (Finding f : findings) {
            arr.add(finding(f));
        }
        return arr;
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
