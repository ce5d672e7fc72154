package org.councilpolicy.examples.integration;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/** Hostile files for {@link HostileInputTest} and a way to run the CLI in a JVM with the default 384 MB heap. */
final class HostileFiles {

    private HostileFiles() {
    }

    /** What a CLI run in its own JVM did. */
    record Proc(int exit, String out, String err, boolean timedOut) {
        List<String> lines() {
            return out.isBlank() ? List.of() : List.of(out.split("\n"));
        }
    }

    /**
     * Runs {@code ./policykit ARGS} as the script does (parallel collector, {@code -Xmx384m}) on the test class path.
     *
     * @param prefix a shell prefix such as {@code ulimit -f 4;}, or empty
     */
    static Proc policykit(Path dir, String prefix, int timeoutSeconds, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UseParallelGC", "-Xmx384m", "-XX:-UsePerfData", "-cp", System.getProperty("java.class.path"),
                "org.councilpolicy.examples.cli.PolicyKit"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb;
        if (prefix.isEmpty()) {
            pb = new ProcessBuilder(cmd);
        } else {
            StringBuilder line = new StringBuilder(prefix).append(" exec");
            for (String c : cmd) {
                line.append(" '").append(c.replace("'", "'\\''")).append('\'');
            }
            pb = new ProcessBuilder("bash", "-c", line.toString());
        }
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(
                Path.of("/dev/null").toFile()));
        Process p = pb.start();
        boolean finished = p.waitFor(timeoutSeconds, TimeUnit.SECONDS);
        if (!finished) {
            p.destroyForcibly().waitFor();
        }
        return new Proc(finished ? p.exitValue() : -1, Files.readString(out), Files.readString(err), !finished);
    }

    /** Runs the calls at once, one thread each, and gives their results in order. */
    static <T> List<T> atOnce(List<Callable<T>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        try {
            List<T> out = new ArrayList<>();
            for (Future<T> f : pool.invokeAll(calls)) {
                try {
                    out.add(f.get());
                } catch (ExecutionException e) {
                    throw e.getCause() instanceof Exception x ? x : e;
                }
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    /** A 1x1 grey PNG whose zTXt chunk inflates to {@code inflated} bytes of zeros (about 1 MB per GiB on disk). */
    static byte[] pngBomb(long inflated) throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        chunk(png, "IHDR", new byte[] {0, 0, 0, 1, 0, 0, 0, 1, 8, 0, 0, 0, 0});
        ByteArrayOutputStream z = new ByteArrayOutputStream();
        z.writeBytes("Comment".getBytes(StandardCharsets.ISO_8859_1));
        z.write(0);
        z.write(0); // compression method: deflate
        Deflater d = new Deflater(Deflater.BEST_COMPRESSION);
        byte[] zeros = new byte[1 << 20];
        byte[] buf = new byte[64 * 1024];
        for (long left = inflated; left > 0; left -= zeros.length) {
            d.setInput(zeros, 0, (int) Math.min(zeros.length, left));
            while (!d.needsInput()) {
                z.write(buf, 0, d.deflate(buf));
            }
        }
        d.finish();
        while (!d.finished()) {
            z.write(buf, 0, d.deflate(buf));
        }
        d.end();
        chunk(png, "zTXt", z.toByteArray());
        ByteArrayOutputStream idat = new ByteArrayOutputStream();
        Deflater pixels = new Deflater();
        pixels.setInput(new byte[] {0, (byte) 0x80});
        pixels.finish();
        idat.write(buf, 0, pixels.deflate(buf));
        pixels.end();
        chunk(png, "IDAT", idat.toByteArray());
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    private static void chunk(OutputStream out, String type, byte[] data) throws IOException {
        byte[] t = type.getBytes(StandardCharsets.ISO_8859_1);
        out.write(new byte[] {(byte) (data.length >>> 24), (byte) (data.length >>> 16), (byte) (data.length >>> 8),
            (byte) data.length});
        out.write(t);
        out.write(data);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        long c = crc.getValue();
        out.write(new byte[] {(byte) (c >>> 24), (byte) (c >>> 16), (byte) (c >>> 8), (byte) c});
    }

    /** A small valid JPEG padded with {@code scanBytes} of entropy-coded data, with an Exif comment segment. */
    static byte[] jpeg(int scanBytes) {
        ByteArrayOutputStream j = new ByteArrayOutputStream();
        j.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xD8});
        byte[] com = "Taken by Ann Testperson".getBytes(StandardCharsets.ISO_8859_1);
        j.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, (byte) (com.length + 2)});
        j.writeBytes(com);
        j.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xDA, 0, 8, 1, 1, 0, 0, 0x3F, 0});
        for (int i = 0; i < scanBytes; i++) {
            j.write(0x55);
        }
        j.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xD9});
        return j.toByteArray();
    }
}
