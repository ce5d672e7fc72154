package org.councilpolicy.examples.service;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Every request goes through here: request id, API key, route, answer, and one access-log line. Routes are a
 * fixed table; nothing a client sends is ever resolved against the file system.
 */
final class Router implements HttpHandler {

    private static final Map<String, ItemKind> ITEM_ROUTES = Map.of(
            ItemKind.CHECK.path(), ItemKind.CHECK,
            ItemKind.CLASSIFY.path(), ItemKind.CLASSIFY,
            ItemKind.MODERATE.path(), ItemKind.MODERATE,
            ItemKind.ACCOUNT.path(), ItemKind.ACCOUNT,
            ItemKind.PHOTO.path(), ItemKind.PHOTO);

    private final Catalogue catalogue;
    private final ItemsEndpoint items;
    private final ApiKeys keys;
    private final AccessLog log;
    private final StaticPages pages;
    private final String idPrefix;
    private final AtomicLong counter = new AtomicLong();

    Router(Catalogue catalogue, ItemsEndpoint items, ApiKeys keys, AccessLog log, StaticPages pages, String idPrefix) {
        this.catalogue = catalogue;
        this.items = items;
        this.keys = keys;
        this.log = log;
        this.pages = pages;
        this.idPrefix = idPrefix;
    }

    @Override
    public void handle(HttpExchange ex) {
        long start = System.nanoTime();
        String id = idPrefix + "-" + Long.toHexString(counter.incrementAndGet());
        String path = ex.getRequestURI().getRawPath();
        String route = knownRoute(path);
        int status = 500;
        int count = 0;
        Headers h = ex.getResponseHeaders();
        h.set("X-Request-Id", id);
        h.set("X-Content-Type-Options", "nosniff");
        h.set("Referrer-Policy", "no-referrer");
        h.set("Cache-Control", "no-store");
        try {
            try {
                count = dispatch(ex, path, start);
                status = ex.getResponseCode();
            } catch (ItemsEndpoint.ItemException e) {
                status = e.status();
                count = 1;
                Responses.json(ex, status, Responses.error(status, e.getMessage(), id, e.id()));
            } catch (ApiException e) {
                status = e.status();
                if (!BodyReader.readToEnd(ex)) {
                    // Refused before the body was read: the rest of it is still coming, so this connection ends here
                    // and the client knows not to send its next request on it.
                    h.set("Connection", "close");
                }
                Responses.json(ex, status, Responses.error(status, e.getMessage(), id, null));
            } catch (RuntimeException e) {
                status = 500;
                Responses.json(ex, 500, Responses.error(500, "internal error: " + e.getClass().getSimpleName(), id, null));
            }
        } catch (IOException e) {
            // The client went away, or the answer had started when a problem came: nothing more can be said to it.
            status = ex.getResponseCode() > 0 ? ex.getResponseCode() : 499;
        } finally {
            ex.close();
            log.log(id, ex.getRequestMethod(), route, status, count, System.nanoTime() - start);
        }
    }

    private int dispatch(HttpExchange ex, String path, long start) throws ApiException, IOException {
        String method = ex.getRequestMethod();
        ItemKind kind = ITEM_ROUTES.get(path);
        if (kind != null) {
            requireMethod(ex, "POST");
            authorise(ex);
            ProfileEngines engines = catalogue.profile(profileParameter(ex));
            return items.handle(ex, engines.handler(kind), start);
        }
        switch (path) {
            case "/healthz" -> {
                requireMethod(ex, "GET");
                Responses.json(ex, 200, catalogue.health(keys.required()));
            }
            case "/v1/profiles" -> {
                requireMethod(ex, "GET");
                authorise(ex);
                Responses.json(ex, 200, catalogue.profiles());
            }
            case "/v1/rules" -> {
                requireMethod(ex, "GET");
                authorise(ex);
                Responses.json(ex, 200, catalogue.profile(profileParameter(ex)).rules());
            }
            case "/v1/clauses" -> {
                requireMethod(ex, "GET");
                authorise(ex);
                Responses.json(ex, 200, catalogue.clauses());
            }
            default -> {
                StaticPages.Page page = pages.get(path);
                if (page == null) {
                    throw new ApiException(404, "no such endpoint; see /v1/rules, /v1/profiles, /healthz or the page at /");
                }
                requireMethod(ex, "GET");
                page.send(ex);
            }
        }
        return 0;
    }

    private String knownRoute(String path) {
        if (ITEM_ROUTES.containsKey(path) || pages.get(path) != null) {
            return path;
        }
        return switch (path) {
            case "/healthz", "/v1/profiles", "/v1/rules", "/v1/clauses" -> path;
            default -> "(unknown)"; // a client's own path is never logged: it could carry anything
        };
    }

    private static void requireMethod(HttpExchange ex, String allowed) throws ApiException {
        if (!ex.getRequestMethod().equals(allowed)) {
            ex.getResponseHeaders().set("Allow", allowed);
            throw new ApiException(405, "use " + allowed + " here");
        }
    }

    private void authorise(HttpExchange ex) throws ApiException {
        if (!keys.required()) {
            return;
        }
        String presented = ex.getRequestHeaders().getFirst("X-Api-Key");
        String auth = ex.getRequestHeaders().getFirst("Authorization");
        if (presented == null && auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
            presented = auth.substring(7).strip();
        }
        if (!keys.accepts(presented)) {
            ex.getResponseHeaders().set("WWW-Authenticate", "Bearer realm=\"policykit\"");
            throw new ApiException(401, presented == null
                    ? "an API key is required: send Authorization: Bearer KEY or X-Api-Key: KEY"
                    : "the API key is not valid");
        }
    }

    /**
     * The {@code profile} query parameter, or {@code null} for the default. Any other parameter is refused, so a
     * misspelt one is not silently ignored.
     */
    private static String profileParameter(HttpExchange ex) throws ApiException {
        String query = ex.getRequestURI().getRawQuery();
        if (query == null || query.isEmpty()) {
            return null;
        }
        String profile = null;
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            if (!name.equals("profile")) {
                throw new ApiException(400, "the only query parameter is profile");
            }
            if (profile != null) {
                throw new ApiException(400, "give profile once");
            }
            profile = eq < 0 ? "" : decode(pair.substring(eq + 1));
        }
        return profile;
    }

    private static String decode(String s) throws ApiException {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new ApiException(400, "the query is not valid URL encoding");
        }
    }
}
