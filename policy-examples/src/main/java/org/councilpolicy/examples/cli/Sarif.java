package org.councilpolicy.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.councilpolicy.core.engine.Engine;
import org.councilpolicy.core.engine.Report;
import org.councilpolicy.core.rule.Finding;
import org.councilpolicy.core.rule.RuleInfo;

/**
 * {@code --format sarif}: one SARIF 2.1.0 log for the whole input, a result per finding. The artifact is the JSON
 * Lines file and each region is the finding's span in that file (the draft's line, and the columns of its
 * characters inside the line's {@code "text"} string), so a SARIF viewer highlights the right words; the offsets
 * into the draft's text are kept as {@code properties.textStart} and {@code textEnd}. Input errors are tool
 * execution notifications.
 */
final class Sarif {
    /**
     * One checked draft.
     *
     * @param id      its id
     * @param line    its line number in the input
     * @param columns where its text's characters sit in the raw line, or null when unknown
     * @param report  what the engine found
     */
    record Item(JsonNode id, int line, JsonTextColumns columns, Report report) {
    }

    /**
     * An input line that could not be used.
     *
     * @param line    its line number
     * @param message what was wrong (never the line's content)
     */
    record InputError(int line, String message) {
    }

    private Sarif() {
    }

    static ObjectNode log(Engine engine, String artifact, List<Item> items, List<InputError> errors) {
        ObjectNode log = JsonLines.MAPPER.createObjectNode();
        log.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        log.put("version", "2.1.0");
        ObjectNode run = log.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "policykit");
        driver.put("informationUri", "https://github.com/councilpolicy/council-policy-kit");
        driver.put("version", "0.1.0");
        ArrayNode rules = driver.putArray("rules");
        List<RuleInfo> infos = engine.registry().infos();
        for (RuleInfo info : infos) {
            ObjectNode r = rules.addObject();
            r.put("id", info.id());
            r.put("name", info.title());
            r.putObject("shortDescription").put("text", info.title());
            r.putObject("fullDescription").put("text", info.rationale());
            r.putObject("defaultConfiguration").put("level", level(info.defaultSeverity().name()));
            ObjectNode props = r.putObject("properties");
            props.put("category", info.category().name());
            ArrayNode c = props.putArray("clauses");
            info.clauses().forEach(c::add);
        }
        run.putObject("properties").put("profile", engine.profile().name());
        run.put("columnKind", "utf16CodeUnits");
        run.putArray("artifacts").addObject().putObject("location").put("uri", artifact);
        ObjectNode invocation = run.putArray("invocations").addObject();
        invocation.put("executionSuccessful", errors.isEmpty());
        ArrayNode notifications = invocation.putArray("toolExecutionNotifications");
        for (InputError e : errors) {
            ObjectNode n = notifications.addObject();
            n.put("level", "error");
            n.putObject("message").put("text", e.message());
            ObjectNode phys = n.putArray("locations").addObject().putObject("physicalLocation");
            phys.putObject("artifactLocation").put("uri", artifact).put("index", 0);
            phys.putObject("region").put("startLine", e.line());
        }
        ArrayNode results = run.putArray("results");
        for (Item item : items) {
            for (Finding f : ReportJson.capped(item.report().findings())) {
                ObjectNode res = results.addObject();
                res.put("ruleId", f.rule());
                int index = indexOf(infos, f.rule());
                if (index >= 0) {
                    res.put("ruleIndex", index);
                }
                res.put("level", level(f.severity().name()));
                res.putObject("message").put("text", f.message());
                ObjectNode loc = res.putArray("locations").addObject();
                ObjectNode phys = loc.putObject("physicalLocation");
                phys.putObject("artifactLocation").put("uri", artifact).put("index", 0);
                ObjectNode region = phys.putObject("region");
                region.put("startLine", item.line());
                if (f.span() != null && item.columns() != null) {
                    region.put("startColumn", item.columns().column(f.span().start()));
                    region.put("endLine", item.line());
                    region.put("endColumn", item.columns().column(f.span().end()));
                }
                loc.putArray("logicalLocations").addObject()
                        .put("name", item.id() == null ? "" : item.id().asText()).put("kind", "object");
                ObjectNode props = res.putObject("properties");
                props.set("id", item.id());
                if (f.span() != null) {
                    props.put("textStart", f.span().start());
                    props.put("textEnd", f.span().end());
                }
                props.put("severity", f.severity().name());
                props.put("category", f.category().name());
                if (f.kind() != null) {
                    props.put("kind", f.kindName());
                }
                ArrayNode c = props.putArray("clauses");
                f.clauses().forEach(c::add);
                if (f.excerpt() != null) {
                    props.put("excerpt", f.excerpt());
                }
                if (f.suggestion() != null) {
                    props.put("suggestion", f.suggestion());
                }
            }
        }
        return log;
    }

    private static int indexOf(List<RuleInfo> infos, String id) {
        for (int i = 0; i < infos.size(); i++) {
            if (infos.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    private static String level(String severity) {
        return switch (severity) {
            case "BLOCK" -> "error";
            case "REVIEW" -> "warning";
            default -> "note";
        };
    }
}
