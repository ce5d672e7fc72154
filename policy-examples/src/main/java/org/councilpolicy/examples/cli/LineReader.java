package org.councilpolicy.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads JSON Lines input one line at a time with bounded memory, numbering lines as {@code wc -l} and editors do.
 *
 * <ul>
 *   <li>A line ends at {@code \n}; a {@code \r} just before it is dropped ({@code \r\n} files). A bare {@code \r}
 *       elsewhere is part of the line (JSON reads it as white space between tokens and refuses it inside a
 *       string), so it never shifts later line numbers.</li>
 *   <li>At most {@code maxBytes} bytes of a line are held; the rest of a longer line is skipped unread and the
 *       line comes back as an error, never as a truncated text.</li>
 *   <li>Bytes are decoded as strict UTF-8: a line with an invalid sequence comes back as an error naming the
 *       byte offset, never silently replaced. A byte-order mark at the very start of the input is skipped.</li>
 * </ul>
 *
 * <p>Input is always bytes, as the command line reads it (a file or standard input): tests feed UTF-8 bytes too,
 * so there is one reader to trust rather than a byte and a character copy of it.
 *
 * <p>Not thread-safe: one reader, one thread.
 */
abstract class LineReader implements AutoCloseable {

    /** One input line: its number (from 1) and either its text or why it cannot be read. */
    record Line(int number, String text, String error, long bytes) {
    }

    private final int maxBytes;
    private int lineNo;

    LineReader(int maxBytes) {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("maxBytes must be positive");
        }
        this.maxBytes = maxBytes;
    }

    /** The longest line read, in bytes. */
    int maxBytes() {
        return maxBytes;
    }

    /** Reads UTF-8 bytes. */
    static LineReader of(InputStream in, int maxBytes) {
        return new Bytes(in, maxBytes);
    }

    /** The next line, or {@code null} at the end of the input. */
    abstract Line next() throws IOException;

    /** Whether more input can be read without blocking (so a batch need not be sent before it fills). */
    abstract boolean ready() throws IOException;

    int nextNumber() {
        return ++lineNo;
    }

    Line tooLong(int number, long length) {
        return new Line(number, null, "line is longer than the limit of " + maxBytes + " bytes (" + length
                + " bytes; see --max-text-length); the line was skipped unread", length);
    }

    @Override
    public abstract void close() throws IOException;

    private static final class Bytes extends LineReader {
        private final InputStream in;
        private final byte[] buf = new byte[64 * 1024];
        private int pos;
        private int limit;
        private byte[] line = new byte[256];
        private boolean first = true;
        private boolean eof;

        Bytes(InputStream in, int maxBytes) {
            super(maxBytes);
            this.in = in;
        }

        private boolean fill() throws IOException {
            if (eof) {
                return false;
            }
            int n = in.read(buf);
            while (n == 0) {
                n = in.read(buf);
            }
            if (n < 0) {
                eof = true;
                return false;
            }
            pos = 0;
            limit = n;
            return true;
        }

        @Override
        Line next() throws IOException {
            if (pos >= limit && !fill()) {
                return null;
            }
            int number = nextNumber();
            int len = 0;
            long total = 0;
            boolean ended = false;
            while (!ended) {
                if (pos >= limit && !fill()) {
                    break;
                }
                int start = pos;
                int end = start;
                while (end < limit && buf[end] != '\n') {
                    end++;
                }
                ended = end < limit;
                int n = end - start;
                total += n;
                if (total <= maxBytes()) {
                    if (len + n > line.length) {
                        line = Arrays.copyOf(line, Math.max(len + n, Math.min(maxBytes(), line.length * 2)));
                    }
                    System.arraycopy(buf, start, line, len, n);
                    len += n;
                }
                pos = ended ? end + 1 : end;
            }
            int from = 0;
            if (first) {
                first = false;
                if (len >= 3 && line[0] == (byte) 0xEF && line[1] == (byte) 0xBB && line[2] == (byte) 0xBF) {
                    from = 3;
                    total -= 3;
                }
            }
            if (len > from && line[len - 1] == '\r' && total <= maxBytes()) {
                len--;
                total--;
            }
            if (total > maxBytes()) {
                shrink();
                return tooLong(number, total);
            }
            int bad = Utf8.firstInvalid(line, from, len);
            if (bad >= 0) {
                return new Line(number, null, "not valid UTF-8 (byte " + (bad - from + 1) + " of the line)",
                        total);
            }
            String text = new String(line, from, len - from, StandardCharsets.UTF_8);
            shrink();
            return new Line(number, text, null, total);
        }

        @Override
        boolean ready() throws IOException {
            return pos < limit || (!eof && in.available() > 0);
        }

        /** Gives back a large line buffer so one long line does not pin its memory for the rest of the run. */
        private void shrink() {
            if (line.length > 1 << 20) {
                line = new byte[256];
            }
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
