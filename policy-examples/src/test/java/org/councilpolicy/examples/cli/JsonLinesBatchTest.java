package org.councilpolicy.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class JsonLinesBatchTest {

    /** Lines 0..n-1: every 97th is not JSON, every 101st is rejected by the handler, every 7th fails. */
    private static String input(int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i % 97 == 50) {
                s.append("{not json ").append(i).append('\n');
            } else {
                s.append("{\"id\":").append(i).append(",\"n\":").append(i).append("}\n");
            }
            if (i % 1000 == 999) {
                s.append("   \n"); // blank lines are skipped but still counted as line numbers
            }
        }
        return s.toString();
    }

    private static final JsonLines.Handler SLOW_HANDLER = in -> {
        int n = in.get("n").asInt();
        LockSupport.parkNanos(ThreadLocalRandom.current().nextLong(1_000, 20_000));
        if (n % 101 == 3) {
            throw new InputException("n", "rejected " + n);
        }
        return new JsonLines.Result(JsonLines.MAPPER.createObjectNode().put("square", (long) n * n), n % 7 == 0);
    };

    private record Run(JsonLines.Summary summary, String out, String err) {
    }

    /** The input as the command line reads it: UTF-8 bytes. */
    private static LineReader bytes(String input, BatchOptions batch) {
        return LineReader.of(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), batch.maxLineBytes());
    }

    private static Run run(String input, JsonLines.Handler handler, BatchOptions batch) throws IOException {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        JsonLines.Summary s = JsonLines.run(bytes(input, batch), new PrintWriter(out),
                new PrintWriter(err), handler, batch);
        return new Run(s, out.toString(), err.toString());
    }

    @Test
    void eightThreadsGiveExactlyTheSingleThreadedOutputInInputOrder() throws IOException {
        String input = input(10_000);
        Run single = run(input, SLOW_HANDLER, BatchOptions.sequential());
        Run parallel = run(input, SLOW_HANDLER, BatchOptions.of(8, false));

        assertThat(parallel.out()).isEqualTo(single.out());
        assertThat(parallel.err()).isEqualTo(single.err());
        assertThat(parallel.summary()).isEqualTo(single.summary());

        String[] lines = parallel.out().split("\n");
        assertThat(lines).hasSize(10_000);
        for (int i = 0; i < lines.length; i++) {
            JsonNode line = JsonLines.MAPPER.readTree(lines[i]);
            if (i % 97 == 50) {
                assertThat(line.get("id").isNull()).isTrue();
                assertThat(line.get("error").asText()).startsWith("line " + (i + 1 + i / 1000) + ": not valid JSON");
            } else if (i % 101 == 3) {
                assertThat(line.get("id").asInt()).isEqualTo(i);
                assertThat(line.get("error").asText()).isEqualTo("line " + (i + 1 + i / 1000) + ": n: rejected " + i);
            } else {
                assertThat(line.get("id").asInt()).isEqualTo(i);
                assertThat(line.get("square").asLong()).isEqualTo((long) i * i);
            }
        }
        int bad = 0;
        int failing = 0;
        for (int i = 0; i < 10_000; i++) {
            if (i % 97 == 50 || i % 101 == 3) {
                bad++;
            } else if (i % 7 == 0) {
                failing++;
            }
        }
        assertThat(parallel.summary()).isEqualTo(new JsonLines.Summary(10_000, bad, failing));
        assertThat(parallel.summary().exitCode()).isEqualTo(2);
        // Standard error names each bad line in input order.
        List<Integer> errLines = parallel.err().lines().map(l -> Integer.parseInt(l.substring(5, l.indexOf(' ', 5))
                .replace(":", ""))).toList();
        assertThat(errLines).hasSize(bad).isSorted();
    }

    @Test
    void exitCodesAreUnchanged() throws IOException {
        JsonLines.Handler passOrFail = in -> new JsonLines.Result(JsonLines.MAPPER.createObjectNode(),
                in.get("fail") != null);
        for (BatchOptions b : List.of(BatchOptions.sequential(), BatchOptions.of(4, false))) {
            assertThat(run("{\"id\":1}\n{\"id\":2}\n", passOrFail, b).summary().exitCode()).isZero();
            assertThat(run("{\"id\":1}\n{\"id\":2,\"fail\":1}\n", passOrFail, b).summary().exitCode()).isEqualTo(1);
            assertThat(run("{\"id\":1,\"fail\":1}\n[]\n", passOrFail, b).summary().exitCode()).isEqualTo(2);
            assertThat(run("", passOrFail, b).summary()).isEqualTo(new JsonLines.Summary(0, 0, 0));
        }
    }

    @Test
    void aHandlerBugBecomesAnErrorLineAndTheBatchGoesOn() throws IOException {
        JsonLines.Handler buggy = in -> {
            if (in.get("id").asInt() == 2) {
                throw new IllegalStateException("bug");
            }
            return new JsonLines.Result(JsonLines.MAPPER.createObjectNode(), false);
        };
        Run r = run("{\"id\":1}\n{\"id\":2}\n{\"id\":3}\n", buggy, BatchOptions.of(3, false));
        assertThat(r.out()).isEqualTo("{\"id\":1}\n{\"id\":2,\"error\":\"line 2: internal error: IllegalStateException\"}\n"
                + "{\"id\":3}\n");
        assertThat(r.err()).isEqualTo("line 2 (id 2): internal error: IllegalStateException\n");
    }

    @Test
    void anErrorInAWorkerIsRethrownNotSwallowed() {
        JsonLines.Handler fatal = in -> {
            throw new StackOverflowError("deep");
        };
        assertThatThrownBy(() -> run("{\"id\":1}\n{\"id\":2}\n", fatal, BatchOptions.of(2, false)))
                .isInstanceOf(StackOverflowError.class);
    }

    @Test
    void noMoreThanTheWindowIsReadAheadOfTheWriter() throws Exception {
        BatchOptions batch = BatchOptions.of(2, false);
        int window = batch.window();
        assertThat(window).isEqualTo(2 * BatchOptions.WINDOW_PER_THREAD);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger started = new AtomicInteger();
        JsonLines.Handler blockFirst = in -> {
            if (in.get("id").asInt() == 0) {
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            } else {
                started.incrementAndGet();
            }
            return new JsonLines.Result(JsonLines.MAPPER.createObjectNode(), false);
        };
        StringBuilder input = new StringBuilder();
        for (int i = 0; i < 10_000; i++) {
            input.append("{\"id\":").append(i).append("}\n");
        }
        AtomicReference<JsonLines.Summary> summary = new AtomicReference<>();
        Thread runner = new Thread(() -> {
            try {
                summary.set(JsonLines.run(bytes(input.toString(), batch),
                        new PrintWriter(Writer.nullWriter()), new PrintWriter(Writer.nullWriter()), blockFirst, batch));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        runner.start();
        // While line 0 is stuck, the reader fills the window and then must wait for it. Lines go to the
        // workers in chunks, so the rest of line 0's chunk waits behind it: every other chunk of the window runs.
        int chunk = JsonLines.chunkSize(2, window);
        assertThat(chunk).isGreaterThan(1).isLessThanOrEqualTo(window / 4);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (started.get() < window - chunk && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        Thread.sleep(200);
        assertThat(started.get()).isEqualTo(window - chunk);
        release.countDown();
        runner.join(30_000);
        assertThat(summary.get()).isEqualTo(new JsonLines.Summary(10_000, 0, 0));
        assertThat(started.get()).isEqualTo(9_999);
    }

    @Test
    void inFlightLinesNeverExceedTheWindow() throws IOException {
        BatchOptions batch = BatchOptions.of(8, false);
        AtomicInteger written = new AtomicInteger();
        AtomicInteger maxAhead = new AtomicInteger();
        Writer counting = new Writer() {
            @Override
            public void write(char[] buf, int off, int len) {
                for (int i = off; i < off + len; i++) {
                    if (buf[i] == '\n') {
                        written.incrementAndGet();
                    }
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        JsonLines.Handler counter = in -> {
            int ahead = in.get("id").asInt() - written.get() + 1;
            maxAhead.accumulateAndGet(ahead, Math::max);
            LockSupport.parkNanos(ThreadLocalRandom.current().nextLong(1_000, 10_000));
            return new JsonLines.Result(JsonLines.MAPPER.createObjectNode(), false);
        };
        StringBuilder input = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            input.append("{\"id\":").append(i).append("}\n");
        }
        JsonLines.run(bytes(input.toString(), batch), new PrintWriter(counting),
                new PrintWriter(Writer.nullWriter()), counter, batch);
        assertThat(written.get()).isEqualTo(20_000);
        assertThat(maxAhead.get()).isBetween(1, batch.window());
    }

    @Test
    void progressShowsCountAndRateOncePerSecond() {
        StringWriter err = new StringWriter();
        long[] now = {0};
        Progress p = new Progress(new PrintWriter(err), true, false, () -> now[0]);
        now[0] = 500_000_000L;
        p.done(10); // under a second: nothing shown
        now[0] = 1_000_000_000L;
        p.done(31_200);
        now[0] = 2_000_000_000L;
        p.done(62_400);
        p.finish(62_400);
        assertThat(err.toString().lines().toList()).containsExactly(
                "31,200 items, 31,200/s", "62,400 items, 31,200/s", "62,400 items, 31,200/s in 2.0 s");

        StringWriter tty = new StringWriter();
        Progress t = new Progress(new PrintWriter(tty), true, true, () -> now[0]);
        now[0] += 1_000_000_000L;
        t.done(12_345);
        t.beforeMessage();
        t.finish(12_345);
        assertThat(tty.toString()).isEqualTo("\r12,345 items, 12,345/s\u001b[K\n\r12,345 items, 12,345/s in 1.0 s\u001b[K\n");
    }

    @Test
    void progressIsOffUnlessAskedWhenNotATerminal() {
        List<Boolean> seen = new ArrayList<>();
        seen.add(BatchOptions.of(2, false).progress());
        seen.add(BatchOptions.of(2, true).progress());
        seen.add(new BatchOptions().progress()); // tests run without a console
        assertThat(seen).containsExactly(false, true, BatchOptions.terminal());
        assertThat(new BatchOptions().threads()).isEqualTo(Runtime.getRuntime().availableProcessors());
        assertThatThrownBy(() -> BatchOptions.of(0, false).threads()).isInstanceOf(CliSupport.UsageException.class);
    }
}
