package org.councilpolicy.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;

/**
 * Streams JSON Lines through a handler in input order: one output line per input line, the input's
 * {@code id} echoed. A bad line gets {@code {"id":…,"error":"…"}} and a message on standard error
 * naming its line number and field; the other lines are still processed.
 */
final class JsonLines {

    static final ObjectMapper MAPPER = new ObjectMapper();

    /** Turns one input object into one output object (without the id, which is added first). */
    @FunctionalInterface
    interface Handler {
        Result handle(JsonNode input) throws InputException;
    }

    /** One line's output and whether it reaches the {@code --fail-on} threshold. */
    record Result(ObjectNode output, boolean failing) {
    }

    /** What a run saw: for the exit status. */
    record Summary(int lines, int errors, int failing) {
        int exitCode() {
            return errors > 0 ? 2 : failing > 0 ? 1 : 0;
        }
    }

    private JsonLines() {
    }

    static Summary run(BufferedReader in, PrintWriter out, PrintWriter err, Handler handler) throws IOException {
        int lineNo = 0;
        int errors = 0;
        int failing = 0;
        int lines = 0;
        String line;
        while ((line = in.readLine()) != null) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            lines++;
            ObjectNode result = process(line, lineNo, err, handler);
            if (result.has("error")) {
                errors++;
            } else if (result.remove("__failing") != null) {
                failing++;
            }
            out.println(MAPPER.writeValueAsString(result));
        }
        out.flush();
        return new Summary(lines, errors, failing);
    }

    /** Processes one line; never throws for bad input. The marker field {@code __failing} is removed by the caller. */
    static ObjectNode process(String line, int lineNo, PrintWriter err, Handler handler) {
        JsonNode input;
        try {
            input = MAPPER.readTree(line);
        } catch (JsonProcessingException e) {
            return error(null, lineNo, null, "not valid JSON: " + e.getOriginalMessage(), err);
        }
        if (!input.isObject()) {
            return error(null, lineNo, null, "expected a JSON object", err);
        }
        JsonNode id = input.get("id");
        try {
            Result r = handler.handle(input);
            ObjectNode out = MAPPER.createObjectNode();
            out.set("id", id == null ? MAPPER.nullNode() : id);
            out.setAll(r.output());
            if (r.failing()) {
                out.put("__failing", true);
            }
            return out;
        } catch (InputException e) {
            return error(id, lineNo, e.field(), e.getMessage(), err);
        } catch (RuntimeException e) {
            // A bug must not lose the rest of the batch; report it against this line only.
            return error(id, lineNo, null, "internal error: " + e.getClass().getSimpleName(), err);
        }
    }

    private static ObjectNode error(JsonNode id, int lineNo, String field, String message, PrintWriter err) {
        synchronized (err) {
            err.println("line " + lineNo + (id == null ? "" : " (id " + id + ")") + ": " + message);
            err.flush();
        }
        ObjectNode out = MAPPER.createObjectNode();
        out.set("id", id == null ? MAPPER.nullNode() : id);
        out.put("error", "line " + lineNo + ": " + message);
        return out;
    }
}
