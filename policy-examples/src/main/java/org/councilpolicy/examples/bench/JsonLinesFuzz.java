package org.councilpolicy.examples.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.councilpolicy.examples.cli.PolicyKit;

/**
 * Fuzzes the JSON Lines subcommands ({@code check}, {@code classify}, {@code moderate}, {@code account},
 * {@code photo}) with seeded generated input and checks that nothing crashes, hangs or is lost: one output line per
 * non-blank input line, in order, each either an answer carrying the line's id or an error naming its line number;
 * no "internal error"; an exit status of 0, 1 or 2. Prints one line per subcommand and a total.
 *
 * <p>Each input line is, with a seeded {@link SplittableRandom}: a well-formed object for the subcommand (texts
 * built from personal data, swearing, Unicode tricks, long digit runs and look-alikes), or such a line damaged
 * after its <code>&#123;"id":N,</code> prefix (bytes flipped, dropped or inserted, invalid UTF-8, a bare CR, a duplicate key,
 * a second object, trailing text, truncation, deep nesting, wrong types). The id is the line number, so order and
 * loss are checked exactly. Run the million (about 10 minutes on two cores):
 *
 * <pre>
 * java -Xmx384m -cp policy-examples/target/policykit.jar org.councilpolicy.examples.bench.JsonLinesFuzz 1000000 16
 * </pre>
 *
 * Arguments: the total number of inputs (default 1,000,000, shared equally by the five subcommands) and the seed
 * (default 16). The same seed gives the same inputs.
 */
public final class JsonLinesFuzz {

    private static final String[] COMMANDS = {"check", "classify", "moderate", "account", "photo"};
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static final String[] PIECES = {"Call Jane Smith on 07700 900123", "my NI number is AB 12 34 56 C",
        "email jane.smith@example.com", "SW1A 1AA", "born 17/03/1991", "Cllr Patel", "f u c k", "sh1t",
        "\u200B", "\u202E", "\uFF10\uFF17\uFF17\uFF10\uFF10", "e\u0301\u0302\u0303", "\uD83D\uDE00", "\\u0000",
        "\\\"", "\\n", "1 1 1 1 1 1 1 1", "+44 (0)1632 960001", "0044 7700 900789", "4111 1111 1111 1111",
        "Vote Labour", "FOI request: please send", "subject access request", "I know where you live", "bins",
        "\t", "\u00A0", "\u0130", "\u1D00", "\u03BF", "AB12 CDE", "NHS 943 476 5919", "12345678", "@handle",
        "#tag", "https://example.org/x?y=1", "...", "!!!", "\uFEFF", "\u2028", "\\uD800", "a".repeat(60)};

    private JsonLinesFuzz() {
    }

    /**
     * What one subcommand's run gave.
     *
     * @param command      the subcommand
     * @param inputs       non-blank input lines
     * @param outputs      output lines
     * @param answers      output lines that are answers
     * @param errors       output lines that are errors
     * @param problems     lost, misplaced, unreadable or internal-error output lines
     * @param exit         the exit status
     * @param seconds      the wall-clock time
     * @param firstProblem the first problem, or {@code null}
     */
    public record Result(String command, int inputs, int outputs, int answers, int errors, int problems,
            int exit, double seconds, String firstProblem) {
        /**
         * Whether nothing crashed, hung or was lost.
         *
         * @return whether every input line was answered or reported, in order, with a valid exit status
         */
        public boolean ok() {
            return problems == 0 && outputs == inputs && exit >= 0 && exit <= 2;
        }
    }

    /**
     * Runs the harness.
     *
     * @param args the total number of inputs and the seed
     * @throws IOException when the temporary files cannot be written
     */
    public static void main(String[] args) throws IOException {
        int total = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 16;
        List<Result> results = run(total, seed, Files.createTempDirectory("policykit-fuzz"));
        int inputs = 0;
        int bad = 0;
        double seconds = 0;
        for (Result r : results) {
            System.out.println(String.format(Locale.ROOT, "%-9s inputs %,9d outputs %,9d answers %,9d errors %,9d "
                    + "problems %d exit %d %.1f s%s", r.command(), r.inputs(), r.outputs(), r.answers(), r.errors(),
                    r.problems(), r.exit(), r.seconds(), r.firstProblem() == null ? "" : "  first: " + r.firstProblem()));
            inputs += r.inputs();
            bad += r.ok() ? 0 : 1;
            seconds += r.seconds();
        }
        System.out.println(String.format(Locale.ROOT, "total     inputs %,9d seed %d  %s  %.1f s", inputs, seed,
                bad == 0 ? "OK: no crash, hang or lost line" : bad + " subcommands FAILED", seconds));
        System.exit(bad == 0 ? 0 : 1);
    }

    /**
     * Generates and runs {@code total} inputs, shared by the five subcommands.
     *
     * @param total the number of inputs
     * @param seed  the generator's seed
     * @param dir   where to write the input files
     * @return one result per subcommand
     * @throws IOException when an input file cannot be written
     */
    public static List<Result> run(int total, long seed, Path dir) throws IOException {
        Path jpeg = Files.write(dir.resolve("p.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xD9});
        Path png = Files.write(dir.resolve("t.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        String[] images = {jpeg.toString(), png.toString(), dir.toString(), "/dev/null", dir.resolve("none.jpg").toString()};
        List<Result> out = new ArrayList<>();
        SplittableRandom root = new SplittableRandom(seed);
        for (String command : COMMANDS) {
            SplittableRandom rnd = root.split();
            Path in = dir.resolve(command + ".jsonl");
            int inputs = write(in, command, total / COMMANDS.length, rnd, images);
            out.add(runOne(command, in, inputs));
            Files.deleteIfExists(in);
        }
        return out;
    }

    private static int write(Path file, String command, int n, SplittableRandom rnd, String[] images)
            throws IOException {
        int nonBlank = 0;
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            for (int line = 1; line <= n; line++) {
                byte[] b;
                if (rnd.nextInt(200) == 0) {
                    b = new byte[] {' ', '\t'}; // a blank line: skipped, but counted as a line number
                } else {
                    String prefix = "{\"id\":" + line + ",";
                    String body = body(command, rnd, images);
                    byte[] tail = body.getBytes(StandardCharsets.UTF_8);
                    if (rnd.nextInt(3) == 0) {
                        tail = damage(tail, rnd);
                    }
                    byte[] p = prefix.getBytes(StandardCharsets.UTF_8);
                    b = new byte[p.length + tail.length];
                    System.arraycopy(p, 0, b, 0, p.length);
                    System.arraycopy(tail, 0, b, p.length, tail.length);
                    nonBlank++;
                }
                for (int i = 0; i < b.length; i++) {
                    if (b[i] == '\n') {
                        b[i] = ' ';
                    }
                }
                os.write(b);
                os.write(rnd.nextInt(10) == 0 ? new byte[] {'\r', '\n'} : new byte[] {'\n'});
            }
        }
        return nonBlank;
    }

    private static String text(SplittableRandom rnd) {
        StringBuilder sb = new StringBuilder();
        int parts = 1 + rnd.nextInt(rnd.nextInt(20) == 0 ? 30 : 6);
        for (int i = 0; i < parts; i++) {
            String p = PIECES[rnd.nextInt(PIECES.length)];
            sb.append(rnd.nextInt(16) == 0 ? p.repeat(1 + rnd.nextInt(8)) : p).append(rnd.nextBoolean() ? " " : "");
        }
        return sb.toString().replace("\"", "'");
    }

    private static String pick(SplittableRandom rnd, String... values) {
        return values[rnd.nextInt(values.length)];
    }

    private static String body(String command, SplittableRandom rnd, String[] images) {
        String t = "\"" + text(rnd) + "\"";
        return switch (command) {
            case "check" -> "\"text\":" + t + (rnd.nextBoolean() ? "" : ",\"account\":\"" + pick(rnd, "CORPORATE",
                    "CORPORATE", "PERSONAL", "corporate", "MAYOR") + "\"") + (rnd.nextInt(4) == 0 ? ",\"media\":[{\"path\":\""
                    + images[rnd.nextInt(images.length)] + "\",\"altText\":" + t + "}]" : "") + "}";
            case "classify" -> "\"text\":" + t + (rnd.nextBoolean() ? ",\"subject\":" + t : "")
                    + (rnd.nextBoolean() ? ",\"received\":\"" + pick(rnd, "2026-03-02T10:00:00Z", "2026-13-02",
                    "2026-03-02T10:00:00+01:00") + "\"" : "") + "}";
            case "moderate" -> "\"text\":" + t + (rnd.nextBoolean() ? ",\"author\":" + t : "") + "}";
            case "account" -> "\"bio\":" + t + ",\"name\":" + t + ",\"twoFactor\":" + pick(rnd, "true", "false",
                    "true", "\"yes\"") + "}";
            default -> "\"context\":\"" + pick(rnd, "GENERAL", "SCHOOL", "INCIDENT", "GENERAL", "BEACH") + "\","
                    + (rnd.nextBoolean() ? "\"image\":\"" + images[rnd.nextInt(images.length)] + "\"," : "")
                    + (rnd.nextBoolean() ? "" : "\"subjects\":[{\"ageBand\":\"" + pick(rnd, "CHILD", "ADULT", "ADULT")
                    + "\",\"age\":" + pick(rnd, "7", "40", "40", "\"seven\"") + ",\"recognisable\":true}],")
                    + "\"source\":{\"kind\":\"" + pick(rnd, "OWN", "OWN", "STOCK") + "\"}}";
        };
    }

    /** One of the hostile or careless damages, to the bytes after the id. */
    private static byte[] damage(byte[] b, SplittableRandom rnd) {
        String s = new String(b, StandardCharsets.UTF_8);
        return switch (rnd.nextInt(12)) {
            case 0 -> { // flip a few bytes
                byte[] c = b.clone();
                for (int k = 0; k < 1 + rnd.nextInt(4) && c.length > 0; k++) {
                    c[rnd.nextInt(c.length)] ^= (byte) (1 << rnd.nextInt(8));
                }
                yield c;
            }
            case 1 -> java.util.Arrays.copyOf(b, rnd.nextInt(b.length + 1)); // truncated
            case 2 -> insert(b, rnd, new byte[] {(byte) 0xC3}); // invalid UTF-8: a lone lead byte
            case 3 -> insert(b, rnd, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}); // an encoded surrogate
            case 4 -> insert(b, rnd, new byte[] {'\r'}); // a bare CR
            case 5 -> (s.substring(0, s.length() - 1) + ",\"text\":\"dup\"}").getBytes(StandardCharsets.UTF_8);
            case 6 -> (s + " {\"id\":0}").getBytes(StandardCharsets.UTF_8); // two objects
            case 7 -> (s + " AB123456C").getBytes(StandardCharsets.UTF_8); // trailing text
            case 8 -> ("\"deep\":" + "[".repeat(rnd.nextInt(3000)) + "}").getBytes(StandardCharsets.UTF_8);
            case 9 -> s.replace("\"text\":", "\"text\":" + pick(rnd, "1", "[", "{}", "null", "true", "[\"a\"],\"x\":"))
                    .getBytes(StandardCharsets.UTF_8);
            case 10 -> insert(b, rnd, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}); // a BOM mid-line
            default -> insert(b, rnd, new byte[] {(byte) rnd.nextInt(256)});
        };
    }

    private static byte[] insert(byte[] b, SplittableRandom rnd, byte[] what) {
        int at = rnd.nextInt(b.length + 1);
        byte[] c = new byte[b.length + what.length];
        System.arraycopy(b, 0, c, 0, at);
        System.arraycopy(what, 0, c, at, what.length);
        System.arraycopy(b, at, c, at + what.length, b.length - at);
        return c;
    }

    private static Result runOne(String command, Path in, int inputs) {
        Checker checker = new Checker(in);
        long t0 = System.nanoTime();
        int exit = PolicyKit.execute(new String[] {command, "--threads", "2", "--no-progress", in.toString()},
                new PrintWriter(checker), new PrintWriter(Writer.nullWriter()));
        double seconds = (System.nanoTime() - t0) / 1e9;
        return new Result(command, inputs, checker.outputs, checker.answers, checker.errors, checker.problems, exit,
                seconds, checker.firstProblem);
    }

    /**
     * Reads the output as it is written and checks each line against the input: the next non-blank line's number
     * is the expected id (answers) or the line named in the error.
     */
    private static final class Checker extends Writer {
        private final LineNumbers expected;
        private final StringBuilder line = new StringBuilder();
        int outputs;
        int answers;
        int errors;
        int problems;
        String firstProblem;

        Checker(Path in) {
            this.expected = new LineNumbers(in);
        }

        @Override
        public void write(char[] cbuf, int off, int len) {
            for (int i = off; i < off + len; i++) {
                if (cbuf[i] == '\n') {
                    check(line.toString());
                    line.setLength(0);
                } else {
                    line.append(cbuf[i]);
                }
            }
        }

        private void check(String out) {
            outputs++;
            int lineNo = expected.next();
            try {
                JsonNode o = MAPPER.readTree(out);
                JsonNode error = o.get("error");
                if (error != null) {
                    errors++;
                    if (!error.asText().startsWith("line " + lineNo + ": ")) {
                        problem("output " + outputs + ": error for the wrong line (expected " + lineNo + ")");
                    } else if (error.asText().contains("internal error")) {
                        problem("line " + lineNo + ": " + error.asText());
                    }
                } else {
                    answers++;
                    if (o.get("id") == null || o.get("id").asInt() != lineNo) {
                        problem("output " + outputs + ": answer for the wrong line (expected " + lineNo + ")");
                    }
                }
            } catch (IOException e) {
                problem("output " + outputs + ": not JSON");
            }
        }

        private void problem(String what) {
            problems++;
            if (firstProblem == null) {
                firstProblem = what;
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    /** The numbers of the non-blank lines of a file, in order, as the CLI numbers them. */
    private static final class LineNumbers {
        private final List<Integer> numbers = new ArrayList<>();
        private int next;

        LineNumbers(Path file) {
            try {
                byte[] all = Files.readAllBytes(file);
                int start = 0;
                int no = 0;
                for (int i = 0; i <= all.length; i++) {
                    if (i == all.length || all[i] == '\n') {
                        if (i == all.length && start == i) {
                            break;
                        }
                        no++;
                        String s = new String(all, start, i - start, StandardCharsets.UTF_8);
                        if (!s.isBlank()) {
                            numbers.add(no);
                        }
                        start = i + 1;
                    }
                }
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        int next() {
            return next < numbers.size() ? numbers.get(next++) : -1;
        }
    }
}
