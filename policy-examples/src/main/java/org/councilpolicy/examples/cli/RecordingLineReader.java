package org.councilpolicy.examples.cli;

import java.io.IOException;

/**
 * A line reader that remembers the last line it gave out, for a one-thread handler that needs the raw line (SARIF
 * regions point into the input file's line, not into the parsed text).
 */
final class RecordingLineReader extends LineReader {
    private final LineReader in;
    private Line last;

    RecordingLineReader(LineReader in) {
        super(in.maxBytes());
        this.in = in;
    }

    @Override
    Line next() throws IOException {
        last = in.next();
        return last;
    }

    @Override
    boolean ready() throws IOException {
        return in.ready();
    }

    /** {@return the line most recently read, or null before the first} */
    Line last() {
        return last;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
