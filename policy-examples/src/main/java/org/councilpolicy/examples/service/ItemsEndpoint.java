package org.councilpolicy.examples.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.councilpolicy.examples.cli.InputException;
import org.councilpolicy.examples.cli.JsonItems;

/**
 * {@code POST /v1/check} and the other item endpoints. {@code application/json}: one object in, one answer out
 * (200, or 422 naming the field). JSON Lines ({@code application/x-ndjson}): one output line per input line in
 * input order, streamed as each is done, a bad line answered by an error line and the rest still processed,
 * exactly as the command line does.
 */
final class ItemsEndpoint {

    private static final Map<String, Boolean> MEDIA_TYPES = Map.of(
            "application/json", false,
            "application/x-ndjson", true,
            "application/jsonl", true,
            "application/json-lines", true,
            "application/jsonlines", true,
            "application/x-jsonlines", true);

    private static final ObjectReader ONE_VALUE = JsonItems.mapper().reader()
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final ServiceLimits limits;

    ItemsEndpoint(ServiceLimits limits) {
        this.limits = limits;
    }

    /** Answers the request; returns how many items it held. */
    int handle(HttpExchange ex, JsonItems.Handler handler, long startNanos) throws ApiException, IOException {
        boolean lines = jsonLines(ex.getRequestHeaders().getFirst("Content-Type"));
        long deadline = startNanos + limits.requestTimeout().toNanos();
        String body = BodyReader.read(ex, limits.maxBodyBytes(), deadline);
        return lines ? many(ex, handler, body, deadline) : one(ex, handler, body);
    }

    static boolean jsonLines(String contentType) throws ApiException {
        String type = contentType == null ? "" : contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        Boolean lines = MEDIA_TYPES.get(type);
        if (lines == null) {
            throw new ApiException(415, "send Content-Type application/json (one object) or application/x-ndjson "
                    + "(JSON Lines)");
        }
        return lines;
    }

    private int one(HttpExchange ex, JsonItems.Handler handler, String body) throws ApiException, IOException {
        JsonNode input;
        try {
            input = ONE_VALUE.readTree(body);
        } catch (JsonProcessingException e) {
            throw new ApiException(400, "the body is not one JSON object (send several as application/x-ndjson): "
                    + e.getOriginalMessage());
        }
        if (input == null || !input.isObject()) {
            throw new ApiException(400, "expected a JSON object");
        }
        String tooLong = tooLong(input, "");
        if (tooLong != null) {
            throw new ApiException(413, tooLong);
        }
        JsonNode id = idOf(input);
        ObjectNode out = JsonItems.mapper().createObjectNode();
        out.set("id", id);
        try {
            out.setAll(handler.handle(input));
        } catch (InputException e) {
            throw new ItemException(422, e.getMessage(), id);
        }
        Responses.json(ex, 200, out);
        return 1;
    }

    private int many(HttpExchange ex, JsonItems.Handler handler, String body, long deadline)
            throws ApiException, IOException {
        List<String> items = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        int lineNo = 0;
        for (String line : body.split("\n", -1)) {
            lineNo++;
            if (!line.isBlank()) {
                if (items.size() == limits.maxItems()) {
                    throw new ApiException(413, "more than the limit of " + limits.maxItems()
                            + " items in one request; send fewer, or use the command line for large batches");
                }
                items.add(line);
                numbers.add(lineNo);
            }
        }
        ex.getResponseHeaders().set("Content-Type", Responses.JSON_LINES);
        ex.sendResponseHeaders(200, 0); // chunked: each line goes out as soon as it is done
        try (Writer out = new OutputStreamWriter(new BufferedOutputStream(ex.getResponseBody(), 8192),
                StandardCharsets.UTF_8)) {
            for (int i = 0; i < items.size(); i++) {
                boolean late = System.nanoTime() - deadline > 0;
                out.write(Responses.line(late ? lateLine(items.get(i), numbers.get(i))
                        : item(items.get(i), numbers.get(i), handler)));
                out.write('\n');
                out.flush();
            }
        }
        return items.size();
    }

    private ObjectNode item(String line, int lineNo, JsonItems.Handler handler) {
        JsonNode input;
        try {
            input = JsonItems.mapper().readTree(line);
        } catch (JsonProcessingException e) {
            return errorLine(null, lineNo, "not valid JSON: " + e.getOriginalMessage());
        }
        if (input == null || !input.isObject()) {
            return errorLine(null, lineNo, "expected a JSON object");
        }
        JsonNode id = idOf(input);
        String tooLong = tooLong(input, "");
        if (tooLong != null) {
            return errorLine(id, lineNo, tooLong);
        }
        try {
            ObjectNode out = JsonItems.mapper().createObjectNode();
            out.set("id", id);
            out.setAll(handler.handle(input));
            return out;
        } catch (InputException e) {
            return errorLine(id, lineNo, e.getMessage());
        } catch (RuntimeException e) {
            // A bug must not lose the rest of the batch; report it against this line only, as the command line does.
            return errorLine(id, lineNo, "internal error: " + e.getClass().getSimpleName());
        }
    }

    private ObjectNode lateLine(String line, int lineNo) {
        JsonNode id = null;
        try {
            JsonNode input = JsonItems.mapper().readTree(line);
            id = input != null && input.isObject() ? idOf(input) : null;
        } catch (JsonProcessingException e) {
            // the id stays null, as for any line that is not JSON
        }
        return errorLine(id, lineNo, "not processed: the request time limit of "
                + limits.requestTimeout().toSeconds() + " s was reached; send it again");
    }

    private static JsonNode idOf(JsonNode input) {
        JsonNode id = input.get("id");
        return id == null ? JsonItems.mapper().nullNode() : id;
    }

    private static ObjectNode errorLine(JsonNode id, int lineNo, String message) {
        ObjectNode o = JsonItems.mapper().createObjectNode();
        o.set("id", id == null ? JsonItems.mapper().nullNode() : id);
        o.put("error", "line " + lineNo + ": " + message);
        return o;
    }

    /** The first string longer than the text limit, as a message naming its field; {@code null} when none is. */
    private String tooLong(JsonNode node, String path) {
        if (node.isTextual()) {
            return node.textValue().length() > limits.maxTextChars()
                    ? path + ": longer than the limit of " + limits.maxTextChars() + " characters" : null;
        }
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                String found = tooLong(e.getValue(), path.isEmpty() ? e.getKey() : path + "." + e.getKey());
                if (found != null) {
                    return found;
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                String found = tooLong(node.get(i), path + "[" + i + "]");
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** A refused single item: the error carries the item's id. */
    static final class ItemException extends ApiException {
        private static final long serialVersionUID = 1L;

        private final transient JsonNode id;

        ItemException(int status, String message, JsonNode id) {
            super(status, message);
            this.id = id;
        }

        JsonNode id() {
            return id;
        }
    }
}
