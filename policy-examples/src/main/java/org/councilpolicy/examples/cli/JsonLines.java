package org.councilpolicy.examples.cli;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
 *
 * <p>Input is hostile: lines are read by {@link LineReader} (bounded length, strict UTF-8, {@code \n} or
 * {@code \r\n} endings), parsed strictly (one object per line, no duplicate keys, nothing after the object), and
 * no error message ever quotes the input: it names the line, the field and the class of problem only.
 */
final class JsonLines {

    static final ObjectMapper MAPPER = new ObjectMapper();

    /** Input is parsed strictly: a duplicate key or anything after the object is an error, not silently dropped. */
    private static final ObjectReader STRICT = MAPPER.reader()
            .with(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /** Most bytes read but not yet written, over all in-flight lines: a few huge lines cannot fill the heap. */
    static final long IN_FLIGHT_BYTES = 48L << 20;

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

    /**
     * Runs with the batch options: {@code batch.threads()} lines are handled at once on a pool, and
     * results are written in input order as soon as the line before them is written. At most
     * {@code batch.window()} lines are read but not yet written, so memory stays bounded whatever the
     * input's size. The handler must be thread-safe when there is more than one thread (engines are).
     * Error messages on standard error come in input order too, from the writing thread.
     */
    static Summary run(LineReader in, PrintWriter out, PrintWriter err, Handler handler, BatchOptions batch)
            throws IOException {
        int maxText = batch.maxTextLength();
        int threads = batch.threads();
        Progress progress = batch.progress()
                ? new Progress(err, true, BatchOptions.terminal(), System::nanoTime) : Progress.none(err);
        Writer writer = new Writer(out, err, progress);
        if (threads == 1) {
            LineReader.Line line;
            while ((line = in.next()) != null) {
                if (line.error() != null || !line.text().isBlank()) {
                    writer.write(compute(line, maxText, handler));
                }
            }
        } else {
            runParallel(in, handler, threads, batch.window(), maxText, writer);
        }
        out.flush();
        progress.finish(writer.lines);
        return new Summary(writer.lines, writer.errors, writer.failing);
    }

    private static void runParallel(LineReader in, Handler handler, int threads, int window, int maxText,
            Writer writer) throws IOException {
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
            ArrayDeque<Chunk> inFlight = new ArrayDeque<>(maxChunks);
            LineReader.Line[] lines = new LineReader.Line[chunkSize];
            int filled = 0;
            long chunkBytes = 0;
            long inFlightBytes = 0;
            LineReader.Line line;
            while ((line = in.next()) != null) {
                if (line.error() == null && line.text().isBlank()) {
                    continue;
                }
                lines[filled++] = line;
                chunkBytes += line.bytes();
                // A chunk goes as soon as it is full or large, or no more input is ready: a slow producer's lines
                // are never held back waiting for a full chunk.
                if (filled < chunkSize && chunkBytes < IN_FLIGHT_BYTES / 8 && in.ready()) {
                    continue;
                }
                inFlight.add(submit(pool, lines, filled, chunkBytes, maxText, handler));
                inFlightBytes += chunkBytes;
                lines = new LineReader.Line[chunkSize];
                filled = 0;
                chunkBytes = 0;
                while (!inFlight.isEmpty() && (inFlight.size() >= maxChunks || inFlightBytes >= IN_FLIGHT_BYTES
                        || inFlight.peek().future().isDone())) {
                    Chunk done = inFlight.poll();
                    inFlightBytes -= done.bytes();
                    writeAll(writer, await(done.future()));
                }
            }
            if (filled > 0) {
                inFlight.add(submit(pool, lines, filled, chunkBytes, maxText, handler));
            }
            while (!inFlight.isEmpty()) {
                writeAll(writer, await(inFlight.poll().future()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private record Chunk(CompletableFuture<Outcome[]> future, long bytes) {
    }

    private static Chunk submit(ExecutorService pool, LineReader.Line[] lines, int size, long bytes, int maxText,
            Handler handler) {
        return new Chunk(CompletableFuture.supplyAsync(() -> computeAll(lines, size, maxText, handler), pool), bytes);
    }

    /** Lines per task: at most {@link #CHUNK}, and small enough that every thread has two chunks in the window. */
    static int chunkSize(int threads, int window) {
        return Math.max(1, Math.min(CHUNK, window / (2 * threads)));
    }

    private static Outcome[] computeAll(LineReader.Line[] lines, int size, int maxText, Handler handler) {
        Outcome[] out = new Outcome[size];
        for (int i = 0; i < size; i++) {
            out[i] = compute(lines[i], maxText, handler);
            lines[i] = null; // the text can go as soon as its answer is ready
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

    /**
     * Handles one line and serialises the result; never throws for bad input, a handler's RuntimeException or a
     * line too large for the memory left (that line gets an error; the batch goes on).
     */
    private static Outcome compute(LineReader.Line line, int maxText, Handler handler) {
        int lineNo = line.number();
        if (line.error() != null) {
            return errorOutcome(null, lineNo, line.error());
        }
        JsonNode input;
        try {
            input = STRICT.readTree(line.text());
        } catch (JsonProcessingException e) {
            return errorOutcome(null, lineNo, JsonProblem.describe(e));
        } catch (IOException e) {
            return errorOutcome(null, lineNo, "not valid JSON");
        }
        if (input == null || !input.isObject()) {
            return errorOutcome(null, lineNo, "expected a JSON object");
        }
        JsonNode id = input.get("id");
        String tooLong = JsonProblem.tooLong(input, maxText);
        if (tooLong != null) {
            return errorOutcome(JsonProblem.safeId(id), lineNo, tooLong);
        }
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
        } catch (OutOfMemoryError e) {
            // The last line of defence for one huge item (the limits should stop it first): lose it, not the batch.
            return errorOutcome(JsonProblem.safeId(id), lineNo, "too large to check in the memory available; "
                    + "lower --max-text-length or give Java more heap");
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
