package org.councilpolicy.examples.service;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The officer's page at {@code /}: three files from the jar, read once at start and served from a fixed table (no
 * path is ever resolved). The content security policy lets the page talk to its own server only.
 */
final class StaticPages {

    private static final String BASE = "/org/councilpolicy/examples/service/web/";
    private static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
            + "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    /** One file and its content type. */
    record Page(String contentType, byte[] body) {
        void send(HttpExchange ex) throws IOException {
            ex.getResponseHeaders().set("Content-Security-Policy", CSP);
            ex.getResponseHeaders().set("X-Frame-Options", "DENY");
            Responses.bytes(ex, 200, contentType, body);
        }
    }

    private final Map<String, Page> pages;

    StaticPages() {
        Page index = load("index.html", "text/html; charset=utf-8");
        this.pages = Map.of(
                "/", index,
                "/index.html", index,
                "/app.js", load("app.js", "text/javascript; charset=utf-8"),
                "/app.css", load("app.css", "text/css; charset=utf-8"));
    }

    Page get(String path) {
        return pages.get(path);
    }

    private static Page load(String name, String type) {
        try (InputStream in = StaticPages.class.getResourceAsStream(BASE + name)) {
            if (in == null) {
                throw new IllegalStateException("the jar lacks " + BASE + name);
            }
            return new Page(type, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
