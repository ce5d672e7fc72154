package org.councilpolicy.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.councilpolicy.core.engine.Engine;
import org.councilpolicy.core.engine.Report;
import org.councilpolicy.core.rule.Finding;
import org.councilpolicy.core.rule.RuleInfo;

/** {@code --format sarif}: one SARIF 2.1.0 log for the whole input, a result per finding. */
final class Sarif {
    record Item(JsonNode id, Report report) {
    }

    private Sarif() {
    }

    static ObjectNode log(Engine engine, String artifact, List<Item> items) {
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
        run.putObject("profile").put("name", engine.profile().name());
        ArrayNode results = run.putArray("results");
        for (Item item : items) {
            for (Finding f : item.report().findings()) {
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
                phys.putObject("artifactLocation").put("uri", artifact);
                if (f.span() != null) {
                    ObjectNode region = phys.putObject("region");
                    region.put("charOffset", f.span().start());
                    region.put("charLength", f.span().end() - f.span().start());
                }
                loc.putArray("logicalLocations").addObject()
                        .put("name", item.id() == null ? "" : item.id().asText()).put("kind", "object");
                ObjectNode props = res.putObject("properties");
                props.set("id", item.id());
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
