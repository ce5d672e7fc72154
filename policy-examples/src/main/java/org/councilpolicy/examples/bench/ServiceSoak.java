package org.councilpolicy.examples.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.councilpolicy.core.engine.RuleRegistry;
import org.councilpolicy.core.profile.ProfileLoader;
import org.councilpolicy.examples.service.ApiKeys;
import org.councilpolicy.examples.service.PolicyService;
import org.councilpolicy.examples.service.ServiceLimits;
import org.councilpolicy.examples.service.ServiceOptions;

/**
 * A soak run of the service on 127.0.0.1: the service in this process with every built-in profile, an API key and
 * small limits; 16 clients posting a mix of every endpoint (single objects and JSON Lines) for the given minutes;
 * every 5 seconds each limit is probed and must answer its own 4xx; every 30 seconds the heap is measured after a
 * full collection. Exits 1 on any unexpected answer.
 *
 * <pre>
 * java -XX:+UseParallelGC -Xmx384m -cp policy-examples/target/policykit.jar \
 *     org.councilpolicy.examples.bench.ServiceSoak 10
 * </pre>
 */
public final class ServiceSoak {

    private static final String KEY = "soak-key-0123456789abcdef";
    private static final ServiceLimits LIMITS = new ServiceLimits(64 * 1024, 2_000, 20, Duration.ofSeconds(3));

    private final URI base;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    /** The limit probes have a client (and connection pool) of their own, as an abusive client would. */
    private final HttpClient probes = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final Map<String, LongAdder> answers = new ConcurrentHashMap<>();
    private final AtomicLong unexpected = new AtomicLong();
    private final List<String> drafts;

    private ServiceSoak(URI base, List<String> drafts) {
        this.base = base;
        this.drafts = drafts;
    }

    /**
     * Runs the soak and prints samples and a summary.
     *
     * @param args minutes (default 10)
     * @throws Exception if the service cannot start
     */
    public static void main(String[] args) throws Exception {
        // Reuse a pooled connection only while the server surely keeps it: the JDK server closes connections idle for
        // 30 s (sun.net.httpserver.idleInterval); a client that keeps them as long races the close.
        System.setProperty("jdk.httpclient.keepalive.timeout", "10");
        double minutes = args.length > 0 ? Double.parseDouble(args[0]) : 10;
        Path keys = Files.createTempFile("policykit-soak-keys", ".txt");
        Path draftsFile = Files.createTempFile("policykit-soak-", ".jsonl");
        try {
            Files.writeString(keys, KEY + "\n", StandardCharsets.UTF_8);
            BatchThroughput.generate(draftsFile, 500);
            RuleRegistry registry = RuleRegistry.discover();
            List<org.councilpolicy.core.profile.Profile> profiles = new ArrayList<>();
            ProfileLoader.BUILT_IN.forEach(n -> profiles.add(registry.profileLoader().builtIn(n)));
            PolicyService service = PolicyService.start(ServiceOptions.builder(profiles).port(0).limits(LIMITS)
                    .apiKeys(ApiKeys.load(keys)).threads(16).build(), registry);
            ServiceSoak soak = new ServiceSoak(URI.create("http://127.0.0.1:" + service.port()),
                    Files.readAllLines(draftsFile, StandardCharsets.UTF_8));
            boolean ok = soak.run(Duration.ofMillis((long) (minutes * 60_000)));
            service.stop(Duration.ofSeconds(10));
            System.exit(ok ? 0 : 1);
        } finally {
            Files.deleteIfExists(keys);
            Files.deleteIfExists(draftsFile);
        }
    }

    private boolean run(Duration length) throws InterruptedException {
        AtomicBoolean stop = new AtomicBoolean();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < 16; c++) {
            int client = c;
            threads.add(start("soak-client-" + c, () -> {
                for (long i = client; !stop.get(); i += 16) {
                    traffic(i);
                }
            }));
        }
        threads.add(start("soak-limits", () -> {
            for (int round = 0; !stop.get(); round++) {
                probeLimits(round % 6 == 0);
                sleep(5_000);
            }
        }));
        long start = System.nanoTime();
        List<long[]> samples = new ArrayList<>();
        while (System.nanoTime() - start < length.toNanos()) {
            sleep(30_000);
            System.gc();
            long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            long minute = (System.nanoTime() - start) / 1_000_000_000L;
            samples.add(new long[] {minute, heap, rss()});
            System.out.printf(Locale.UK, "t=%4d s heap after GC %6.1f MB, RSS %6.1f MB, answers %s, unexpected %d%n",
                    minute, heap / 1048576.0, rss() / 1048576.0, new java.util.TreeMap<>(answers), unexpected.get());
        }
        stop.set(true);
        for (Thread t : threads) {
            t.join(30_000);
        }
        return summary(samples);
    }

    private boolean summary(List<long[]> samples) {
        // warm-up: the first two minutes; growth: the last sample against the first after warm-up
        List<long[]> after = samples.stream().filter(s -> s[0] >= 120).toList();
        System.out.printf(Locale.UK, "answers %s; unexpected %d%n", new java.util.TreeMap<>(answers), unexpected.get());
        if (after.size() >= 2) {
            long first = after.get(0)[1];
            long last = after.get(after.size() - 1)[1];
            long max = after.stream().mapToLong(s -> s[1]).max().orElse(0);
            long min = after.stream().mapToLong(s -> s[1]).min().orElse(0);
            System.out.printf(Locale.UK, "heap after GC from t=%d s: first %.1f MB, last %.1f MB, min %.1f MB, max %.1f MB%n",
                    after.get(0)[0], first / 1048576.0, last / 1048576.0, min / 1048576.0, max / 1048576.0);
        }
        return unexpected.get() == 0;
    }

    private void traffic(long i) {
        String draft = drafts.get((int) (i % drafts.size()));
        switch ((int) (i % 8)) {
            case 0, 1, 2 -> expect("check", post("/v1/check", "application/json", draft, true), 200);
            case 3 -> {
                StringBuilder lines = new StringBuilder();
                for (int k = 0; k < 10; k++) {
                    lines.append(drafts.get((int) ((i + k) % drafts.size()))).append('\n');
                }
                expect("check-lines", post("/v1/check?profile=suffolk", "application/x-ndjson", lines.toString(), true), 200);
            }
            case 4 -> expect("classify", post("/v1/classify?profile=scottish-borders", "application/json",
                    "{\"id\":\"m\",\"text\":\"Please send me under FOI the cost of agency staff in 2024. Jo Bloggs, "
                            + "jo@example.com\",\"receivedAt\":\"2026-03-02\"}", true), 200);
            case 5 -> expect("moderate", post("/v1/moderate", "application/json",
                    "{\"id\":\"c\",\"text\":\"The potholes on Fore Street are a disgrace\"}", true), 200);
            case 6 -> expect("account", post("/v1/account", "application/json",
                    "{\"id\":\"a\",\"account\":\"CORPORATE\",\"bio\":\"Monitored 24/7\",\"twoFactor\":false}", true), 200);
            default -> expect("photo", post("/v1/photo?profile=suffolk-fire-rescue", "application/json",
                    "{\"id\":\"p\",\"context\":\"SCHOOL\",\"subjects\":[{\"ageBand\":\"CHILD\"}]}", true), 200);
        }
    }

    /** Each limit must answer its own status. */
    private void probeLimits(boolean slowBody) {
        expect("limit-body-413", oversizeBody(), 413);
        expect("limit-text-413", probe("/v1/check", "application/json",
                "{\"text\":\"" + "a".repeat(2_001) + "\"}", true), 413);
        expect("limit-items-413", probe("/v1/check", "application/x-ndjson", "{\"text\":\"a\"}\n".repeat(21), true), 413);
        expect("profile-path-400", probe("/v1/check?profile=..%2F..%2Fetc%2Fpasswd", "application/json",
                "{\"text\":\"a\"}", true), 400);
        expect("image-422", probe("/v1/photo", "application/json", "{\"image\":\"/etc/passwd\"}", true), 422);
        expect("no-key-401", probe("/v1/check", "application/json", "{\"text\":\"a\"}", false), 401);
        expect("type-415", probe("/v1/check", "text/plain", "a", true), 415);
        if (slowBody) {
            expect("slow-body-408", slowBody(), 408);
        }
    }

    private int post(String path, String type, String body, boolean key) {
        return post(http, path, type, body, key);
    }

    private int probe(String path, String type, String body, boolean key) {
        return post(probes, path, type, body, key);
    }

    private int post(HttpClient client, String path, String type, String body, boolean key) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", type)
                .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.ofString(body));
        if (key) {
            b.header("X-Api-Key", KEY);
        }
        try {
            return client.send(b.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            answers.computeIfAbsent("io-error " + e.getClass().getSimpleName() + ": " + e.getMessage() + " at "
                    + Instant.now(),
                    k -> new LongAdder()).increment();
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -2;
        }
    }

    /**
     * A body over the limit, on a connection of its own: the service answers 413 without reading it and ends the
     * connection, which the JDK client could otherwise pool and hand to the next request.
     */
    private int oversizeBody() {
        byte[] body = ("{\"text\":\"" + "a".repeat(70_000) + "\"}").getBytes(StandardCharsets.US_ASCII);
        try (Socket s = new Socket("127.0.0.1", base.getPort())) {
            s.setSoTimeout(30_000);
            OutputStream out = s.getOutputStream();
            out.write(("POST /v1/check HTTP/1.1\r\nHost: soak\r\nX-Api-Key: " + KEY + "\r\nContent-Type: application/json"
                    + "\r\nContent-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            try {
                out.write(body);
                out.flush();
            } catch (IOException e) {
                // the service may stop reading once it has refused: its answer is still there to read
            }
            byte[] head = s.getInputStream().readNBytes(12);
            String status = new String(head, StandardCharsets.US_ASCII);
            return status.startsWith("HTTP/1.1 ") ? Integer.parseInt(status.substring(9, 12)) : -1;
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
    }

    /** Sends a body one byte every 100 ms: the answer must be 408 a little after the 3 s limit. */
    private int slowBody() {
        try (Socket s = new Socket("127.0.0.1", base.getPort())) {
            s.setSoTimeout(30_000);
            OutputStream out = s.getOutputStream();
            out.write(("POST /v1/check HTTP/1.1\r\nHost: soak\r\nX-Api-Key: " + KEY
                    + "\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n{").getBytes(StandardCharsets.US_ASCII));
            InputStream in = s.getInputStream();
            for (int i = 0; i < 100 && in.available() == 0; i++) {
                sleep(100);
                out.write(' ');
                out.flush();
            }
            byte[] head = new byte[12];
            int n = in.readNBytes(head, 0, 12);
            String status = new String(head, 0, n, StandardCharsets.US_ASCII);
            return status.startsWith("HTTP/1.1 ") ? Integer.parseInt(status.substring(9, 12)) : -1;
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
    }

    private void expect(String what, int status, int expected) {
        answers.computeIfAbsent(what + "=" + status, k -> new LongAdder()).increment();
        if (status != expected) {
            unexpected.incrementAndGet();
        }
    }

    private static long rss() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: no resident size
        }
        return 0;
    }

    private static Thread start(String name, Runnable r) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        t.start();
        return t;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
