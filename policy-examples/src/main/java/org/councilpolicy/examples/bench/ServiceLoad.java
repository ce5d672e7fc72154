package org.councilpolicy.examples.bench;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Throughput of {@code ./policykit serve} on loopback beside the command line's, on the same drafts in the same run.
 * Start the service, then run this against it:
 *
 * <pre>
 * ./policykit serve --port 8080 2&gt;/dev/null &amp;
 * java -cp policy-examples/target/policykit.jar org.councilpolicy.examples.bench.ServiceLoad \
 *     http://127.0.0.1:8080 16 60
 * </pre>
 *
 * Arguments: the service's URL, concurrent clients (default 16), measured seconds (default 60). Each client posts one
 * draft per request ({@code POST /v1/check}, {@code application/json}) and waits for the answer before the next; the
 * first 10 seconds warm up and are not counted. Then, on the same drafts, the command line: one process per draft
 * (what a scheduler shelling out per post pays) and one process for the whole batch.
 */
public final class ServiceLoad {

    private static final int DRAFTS = 2_000;
    private static final Duration WARM_UP = Duration.ofSeconds(10);

    private ServiceLoad() {
    }

    /**
     * Runs the measurement and prints the figures.
     *
     * @param args URL, clients, seconds
     * @throws Exception if the drafts cannot be written or a process cannot run
     */
    public static void main(String[] args) throws Exception {
        // Reuse a pooled connection only while the server surely keeps it: the JDK server closes connections idle for
        // 30 s (sun.net.httpserver.idleInterval); a client that keeps them as long races the close.
        System.setProperty("jdk.httpclient.keepalive.timeout", "10");
        URI check = URI.create((args.length > 0 ? args[0] : "http://127.0.0.1:8080") + "/v1/check");
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 16;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 60;
        Path file = Files.createTempFile("policykit-load-", ".jsonl");
        try {
            BatchThroughput.generate(file, DRAFTS);
            List<String> drafts = Files.readAllLines(file, StandardCharsets.UTF_8);
            System.out.printf(Locale.UK, "%d processors; %d drafts of about 280 characters, one per request%n",
                    Runtime.getRuntime().availableProcessors(), drafts.size());
            run(check, drafts, clients, WARM_UP, false);
            LoadStats service = run(check, drafts, clients, Duration.ofSeconds(seconds), true);
            System.out.println("service, " + clients + " clients: " + service.summary(seconds));
            cli(file, drafts);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static LoadStats run(URI uri, List<String> drafts, int clients, Duration length, boolean keep)
            throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        AtomicBoolean stop = new AtomicBoolean();
        List<LoadStats> stats = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            LoadStats s = new LoadStats();
            stats.add(s);
            int first = c;
            Thread t = new Thread(() -> {
                for (int i = first; !stop.get(); i += clients) {
                    HttpRequest req = HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(drafts.get(i % drafts.size()))).build();
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString());
                        if (r.statusCode() != 200 || !r.body().contains("\"verdict\"")) {
                            s.errors++;
                        }
                    } catch (IOException e) {
                        s.errors++;
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                    s.add(System.nanoTime() - t0);
                }
            }, "load-" + c);
            threads.add(t);
            t.start();
        }
        Thread.sleep(length.toMillis());
        stop.set(true);
        for (Thread t : threads) {
            t.join();
        }
        return keep ? LoadStats.merge(stats) : null;
    }

    /** The command line on the same drafts: one process per draft for the first 20, then one for the whole batch. */
    private static void cli(Path file, List<String> drafts) throws IOException, InterruptedException, URISyntaxException {
        String java = ProcessHandle.current().info().command().orElse("java");
        String jar = new File(ServiceLoad.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getPath();
        List<String> cmd = List.of(java, "-XX:+UseParallelGC", "-Xmx384m", "-jar", jar, "check", "--no-progress",
                "--fail-on", "never");
        int single = 20;
        LoadStats perDraft = new LoadStats();
        long t0 = System.nanoTime();
        for (int i = 0; i < single; i++) {
            Path one = Files.createTempFile("policykit-one-", ".jsonl");
            try {
                Files.writeString(one, drafts.get(i) + "\n", StandardCharsets.UTF_8);
                long s = System.nanoTime();
                exec(cmd, one);
                perDraft.add(System.nanoTime() - s);
            } finally {
                Files.deleteIfExists(one);
            }
        }
        double oneSeconds = (System.nanoTime() - t0) / 1e9;
        System.out.println("command line, one process per draft: " + LoadStats.merge(List.of(perDraft)).summary(oneSeconds));
        long b0 = System.nanoTime();
        exec(cmd, file);
        double batch = (System.nanoTime() - b0) / 1e9;
        System.out.printf(Locale.UK, "command line, one process for all %,d drafts: %.2f s, %,.0f drafts/s%n",
                drafts.size(), batch, drafts.size() / batch);
    }

    private static void exec(List<String> cmd, Path input) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>(cmd);
        full.add(input.toString());
        Process p = new ProcessBuilder(full).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() > 1) {
            throw new IllegalStateException("the command line failed: exit " + p.exitValue());
        }
    }
}
