package org.councilpolicy.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayDeque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Streams JSON Lines through a handler in input order: one output line per input line, the input's
 * {@code id} echoed. A bad line gets {@code {"id":…,"error":"…"}} and a message on standard error
 * naming its line number and field; the other lines are still processed.
 */
final class JsonLines {

    static final ObjectMapper MAPPER = new ObjectMapper();

    /** Most lines handed to a worker as one task. */
    private static final int CHUNK = 16;

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

    /** Runs on the calling thread, line by line, without progress: the behaviour every subcommand started with. */
    static Summary run(BufferedReader in, PrintWriter out, PrintWriter err, Handler handler) throws IOException {
        return run(in, out, err, handler, BatchOptions.sequential());
    }

    /**
     * Runs with the batch options: {@code batch.threads()} lines are handled at once on a pool, and
     * results are written in input order as soon as the line before them is written. At most
     * {@code batch.window()} lines are read but not yet written, so memory stays bounded whatever the
     * input's size. The handler must be thread-safe when there is more than one thread (engines are).
     * Error messages on standard error come in input order too, from the writing thread.
     */
    static Summary run(BufferedReader in, PrintWriter out, PrintWriter err, Handler handler, BatchOptions batch)
            throws IOException {
        int threads = batch.threads();
        Progress progress = batch.progress()
                ? new Progress(err, true, BatchOptions.terminal(), System::nanoTime) : Progress.none(err);
        Writer writer = new Writer(out, err, progress);
        if (threads == 1) {
            int lineNo = 0;
            String line;
            while ((line = in.readLine()) != null) {
                lineNo++;
                if (!line.isBlank()) {
                    writer.write(compute(line, lineNo, handler));
                }
            }
        } else {
            runParallel(in, handler, threads, batch.window(), writer);
        }
        out.flush();
        progress.finish(writer.lines);
        return new Summary(writer.lines, writer.errors, writer.failing);
    }

    private static void runParallel(BufferedReader in, Handler handler, int threads, int window, Writer writer)
            throws IOException {
        AtomicInteger workerNo = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "policykit-worker-" + workerNo.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        // Lines go to the pool in chunks: one task, hand-over and wake-up per chunk instead of per line. A chunk
        // is also sent as soon as no more input is ready, so a slow producer's lines are never held back waiting for
        // a full chunk (as before, a finished answer is written when the next line arrives or at the end).
        int chunkSize = chunkSize(threads, window);
        int maxChunks = Math.max(1, window / chunkSize);
        try {
            ArrayDeque<CompletableFuture<Outcome[]>> inFlight = new ArrayDeque<>(maxChunks);
            String[] lines = new String[chunkSize];
            int[] numbers = new int[chunkSize];
            int filled = 0;
            int lineNo = 0;
            String line;
            while ((line = in.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                lines[filled] = line;
                numbers[filled++] = lineNo;
                if (filled < chunkSize && in.ready()) {
                    continue;
                }
                String[] chunkLines = lines;
                int[] chunkNumbers = numbers;
                int size = filled;
                inFlight.add(CompletableFuture.supplyAsync(
                        () -> computeAll(chunkLines, chunkNumbers, size, handler), pool));
                lines = new String[chunkSize];
                numbers = new int[chunkSize];
                filled = 0;
                if (inFlight.size() >= maxChunks) {
                    writeAll(writer, await(inFlight.poll()));
                }
                while (!inFlight.isEmpty() && inFlight.peek().isDone()) {
                    writeAll(writer, await(inFlight.poll()));
                }
            }
            if (filled > 0) {
                String[] chunkLines = lines;
                int[] chunkNumbers = numbers;
                int size = filled;
                inFlight.add(CompletableFuture.supplyAsync(
                        () -> computeAll(chunkLines, chunkNumbers, size, handler), pool));
            }
            while (!inFlight.isEmpty()) {
                writeAll(writer, await(inFlight.poll()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Lines per task: at most {@link #CHUNK}, and small enough that every thread has two chunks in the window. */
    static int chunkSize(int threads, int window) {
        return Math.max(1, Math.min(CHUNK, window / (2 * threads)));
    }

    private static Outcome[] computeAll(String[] lines, int[] numbers, int size, Handler handler) {
        Outcome[] out = new Outcome[size];
        for (int i = 0; i < size; i++) {
            out[i] = compute(lines[i], numbers[i], handler);
        }
        return out;
    }

    private static void writeAll(Writer writer, Outcome[] outcomes) {
        for (Outcome o : outcomes) {
            writer.write(o);
        }
    }

    private static <T> T await(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            // compute() turns every RuntimeException into an error line; only an Error gets here.
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /** One line's result, serialised, with what the writer must count and say on standard error. */
    private record Outcome(String json, String errorMessage, boolean failing) {
    }

    /** Writes outcomes in order, counts them, prints their error messages and the progress. One thread only. */
    private static final class Writer {
        final PrintWriter out;
        final PrintWriter err;
        final Progress progress;
        int lines;
        int errors;
        int failing;

        Writer(PrintWriter out, PrintWriter err, Progress progress) {
            this.out = out;
            this.err = err;
            this.progress = progress;
        }

        void write(Outcome o) {
            lines++;
            if (o.errorMessage() != null) {
                errors++;
                synchronized (err) {
                    progress.beforeMessage();
                    err.println(o.errorMessage());
                    err.flush();
                }
            } else if (o.failing()) {
                failing++;
            }
            out.println(o.json());
            progress.done(lines);
        }
    }

    /** Handles one line and serialises the result; never throws for bad input or a handler's RuntimeException. */
    private static Outcome compute(String line, int lineNo, Handler handler) {
        JsonNode input;
        try {
            input = MAPPER.readTree(line);
        } catch (JsonProcessingException e) {
            return errorOutcome(null, lineNo, "not valid JSON: " + e.getOriginalMessage());
        }
        if (!input.isObject()) {
            return errorOutcome(null, lineNo, "expected a JSON object");
        }
        JsonNode id = input.get("id");
        try {
            Result r = handler.handle(input);
            ObjectNode out = MAPPER.createObjectNode();
            out.set("id", id == null ? MAPPER.nullNode() : id);
            out.setAll(r.output());
            return new Outcome(MAPPER.writeValueAsString(out), null, r.failing());
        } catch (InputException e) {
            return errorOutcome(id, lineNo, e.getMessage());
        } catch (JsonProcessingException e) {
            return errorOutcome(id, lineNo, "internal error: " + e.getClass().getSimpleName());
        } catch (RuntimeException e) {
            // A bug must not lose the rest of the batch; report it against this line only.
            return errorOutcome(id, lineNo, "internal error: " + e.getClass().getSimpleName());
        }
    }

    private static Outcome errorOutcome(JsonNode id, int lineNo, String message) {
        try {
            return new Outcome(MAPPER.writeValueAsString(errorLine(id, lineNo, message)),
                    "line " + lineNo + (id == null ? "" : " (id " + id + ")") + ": " + message, false);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise an error line", e);
        }
    }

    private static ObjectNode errorLine(JsonNode id, int lineNo, String message) {
        ObjectNode out = MAPPER.createObjectNode();
        out.set("id", id == null ? MAPPER.nullNode() : id);
        out.put("error", "line " + lineNo + ": " + message);
        return out;
    }
}
