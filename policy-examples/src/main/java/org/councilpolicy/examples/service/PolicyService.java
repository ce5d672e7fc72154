package org.councilpolicy.examples.service;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.councilpolicy.core.engine.RuleRegistry;

/**
 * The HTTP face of the library ({@code ./policykit serve}): the command line's JSON Lines subcommands as
 * {@code POST /v1/check}, {@code /v1/classify}, {@code /v1/moderate}, {@code /v1/account} and {@code /v1/photo},
 * the catalogues as {@code GET /v1/rules}, {@code /v1/profiles} and {@code /v1/clauses}, {@code GET /healthz}, and the
 * officer's page at {@code /}. {@code docs/openapi.yaml} describes it.
 *
 * <p>It runs on the JDK's own HTTP server ({@code com.sun.net.httpserver}): no dependency to ship or patch, and what
 * it lacks (limits, request ids, keys) is a few small classes here. Engines are built once, at start.
 */
public final class PolicyService implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService workers;
    private final AtomicInteger inFlight;
    private final Duration grace;
    private final AtomicBoolean stopped = new AtomicBoolean();
    private final CountDownLatch done = new CountDownLatch(1);

    private PolicyService(HttpServer server, ExecutorService workers, AtomicInteger inFlight, Duration grace) {
        this.server = server;
        this.workers = workers;
        this.inFlight = inFlight;
        this.grace = grace;
    }

    /**
     * Builds every profile's engines and starts listening.
     *
     * @param options where to listen, profiles, limits, keys
     * @return the running service
     * @throws IOException if the address cannot be bound
     */
    public static PolicyService start(ServiceOptions options) throws IOException {
        return start(options, RuleRegistry.discover());
    }

    /**
     * Builds every profile's engines with the given rules and starts listening.
     *
     * @param options  where to listen, profiles, limits, keys
     * @param registry the rules and procedures to run
     * @return the running service
     * @throws IOException if the address cannot be bound
     */
    public static PolicyService start(ServiceOptions options, RuleRegistry registry) throws IOException {
        serverTimers(options.limits().requestTimeout());
        Catalogue catalogue = new Catalogue(registry, options.profiles());
        byte[] prefix = new byte[3];
        new SecureRandom().nextBytes(prefix);
        Router router = new Router(catalogue, new ItemsEndpoint(options.limits()), options.apiKeys(),
                new AccessLog(options.accessLog()), new StaticPages(), HexFormat.of().formatHex(prefix));
        AtomicInteger threadNo = new AtomicInteger();
        ThreadPoolExecutor workers = new ThreadPoolExecutor(options.threads(), options.threads(), 0L,
                TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), r -> {
                    Thread t = new Thread(r, "policykit-http-" + threadNo.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        HttpServer server = HttpServer.create(new InetSocketAddress(options.host(), options.port()), 128);
        server.createContext("/", router);
        // The server hands each exchange to the executor as soon as its first bytes arrive: counted from there.
        AtomicInteger inFlight = new AtomicInteger();
        server.setExecutor(task -> {
            inFlight.incrementAndGet();
            try {
                workers.execute(() -> {
                    try {
                        task.run();
                    } finally {
                        inFlight.decrementAndGet();
                    }
                });
            } catch (RuntimeException e) {
                inFlight.decrementAndGet();
                throw e;
            }
        });
        server.start();
        return new PolicyService(server, workers, inFlight, options.shutdownGrace());
    }

    /**
     * The JDK server's own timers, read once per process: a client that stops sending its request, or stops reading
     * the answer, is cut off 30 s after the request time limit (while bytes still come, the limit itself answers
     * 408). Not closer: the server's timer counts from the request's first byte, including any wait for a free
     * worker, so a busy service must not cut off requests that are merely queued. An operator's own
     * {@code -Dsun.net.httpserver.*} settings win.
     */
    private static void serverTimers(Duration requestTimeout) {
        String seconds = Long.toString(requestTimeout.toSeconds() + 30);
        if (System.getProperty("sun.net.httpserver.maxReqTime") == null) {
            System.setProperty("sun.net.httpserver.maxReqTime", seconds);
        }
        if (System.getProperty("sun.net.httpserver.maxRspTime") == null) {
            System.setProperty("sun.net.httpserver.maxRspTime", seconds);
        }
    }

    /** {@return the address it listens on (with the real port when 0 was asked)} */
    public InetSocketAddress address() {
        return server.getAddress();
    }

    /** {@return the port it listens on} */
    public int port() {
        return server.getAddress().getPort();
    }

    /**
     * Stops gracefully: no new connection is accepted, requests in flight finish (up to {@code grace}), then the
     * workers stop; with nothing in flight it stops at once (Java 17's server would otherwise wait the whole grace
     * period: JDK-8304065). Safe to call more than once and from a shutdown hook.
     *
     * @param grace the longest to wait for requests in flight
     */
    public void stop(Duration grace) {
        if (!stopped.compareAndSet(false, true)) {
            awaitQuietly();
            return;
        }
        try {
            server.stop(inFlight.get() == 0 ? 0 : (int) Math.max(1, Math.min(Integer.MAX_VALUE, grace.toSeconds())));
            workers.shutdown();
            if (!workers.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                workers.shutdownNow();
            }
        } catch (InterruptedException e) {
            workers.shutdownNow();
            Thread.currentThread().interrupt();
        } finally {
            done.countDown();
        }
    }

    /**
     * Waits until {@link #stop(Duration)} has finished.
     *
     * @throws InterruptedException if interrupted while waiting
     */
    public void awaitStopped() throws InterruptedException {
        done.await();
    }

    private void awaitQuietly() {
        try {
            done.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops with the grace period it was started with. */
    @Override
    public void close() {
        stop(grace);
    }
}
