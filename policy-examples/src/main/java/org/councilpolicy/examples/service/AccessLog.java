package org.councilpolicy.examples.service;

import java.time.Instant;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * One line per request: time, request id, method, route, status, items and milliseconds. The route is one of the
 * service's own (never the raw path or query a client sent) so no request text or personal data reaches the log.
 */
final class AccessLog {

    private final Consumer<String> sink;

    AccessLog(Consumer<String> sink) {
        this.sink = sink;
    }

    void log(String requestId, String method, String route, int status, int items, long nanos) {
        sink.accept(String.format(Locale.ROOT, "%s access id=%s method=%s route=%s status=%d items=%d ms=%.1f",
                Instant.now(), requestId, safeMethod(method), route, status, items, nanos / 1e6));
    }

    /** Methods are tokens, but a client chooses them: anything unusual is logged as OTHER. */
    private static String safeMethod(String method) {
        return switch (method) {
            case "GET", "POST", "HEAD", "PUT", "DELETE", "OPTIONS", "PATCH" -> method;
            default -> "OTHER";
        };
    }
}
