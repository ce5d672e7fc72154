package org.councilpolicy.examples.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.councilpolicy.examples.cli.JsonItems;

/** Writes whole responses: JSON documents and JSON errors. */
final class Responses {

    static final String JSON = "application/json; charset=utf-8";
    static final String JSON_LINES = "application/x-ndjson; charset=utf-8";

    private Responses() {
    }

    static void json(HttpExchange ex, int status, JsonNode body) throws IOException {
        bytes(ex, status, JSON, JsonItems.mapper().writeValueAsBytes(body));
    }

    static void bytes(HttpExchange ex, int status, String contentType, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", contentType);
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    /** {@code {"error": message, "status": status, "requestId": id}}, with the item's id when there is one. */
    static ObjectNode error(int status, String message, String requestId, JsonNode itemId) {
        ObjectNode o = JsonItems.mapper().createObjectNode();
        if (itemId != null) {
            o.set("id", itemId);
        }
        o.put("error", message);
        o.put("status", status);
        o.put("requestId", requestId);
        return o;
    }

    static String line(JsonNode node) {
        try {
            return JsonItems.mapper().writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree always serialises", e);
        }
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
