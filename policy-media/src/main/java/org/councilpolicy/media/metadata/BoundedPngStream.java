package org.councilpolicy.media.metadata;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Passes an image's bytes through unchanged, but, when they are a PNG, refuses one whose compressed chunks (zTXt,
 * iTXt, iCCP) would inflate past {@link #MAX_INFLATED} bytes or are themselves longer than {@link #MAX_CHUNK}.
 * metadata-extractor inflates those chunks whole into memory, so a few kilobytes of zeros compressed to a 1 GiB
 * text ran the heap out; here each one is trial-inflated into a small scratch buffer, counting, before the reader
 * sees it. Anything else (JPEG, TIFF…) passes untouched.
 */
final class BoundedPngStream extends FilterInputStream {

    /** Most bytes a compressed PNG chunk may inflate to: XMP packets and ICC profiles are far smaller. */
    static final int MAX_INFLATED = 16 << 20;
    /** Longest compressed chunk read whole. */
    static final int MAX_CHUNK = 16 << 20;

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private final byte[] head = new byte[8];
    private boolean started;
    private boolean png;
    /** Bytes queued to hand out before reading on: the signature, a chunk header, a checked chunk. */
    private InputStream pending = InputStream.nullInputStream();
    /** Bytes of the current ordinary chunk (data and CRC) still to pass straight through. */
    private long passThrough;
    private boolean done;

    BoundedPngStream(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (!started) {
            started = true;
            int n = in.readNBytes(head, 0, 8);
            png = n == 8 && Arrays.equals(head, SIGNATURE);
            pending = new ByteArrayInputStream(head, 0, n);
        }
        while (true) {
            int n = pending.read(b, off, len);
            if (n > 0) {
                return n;
            }
            if (!png || done) {
                return in.read(b, off, len);
            }
            if (passThrough > 0) {
                int r = in.read(b, off, (int) Math.min(len, passThrough));
                if (r > 0) {
                    passThrough -= r;
                }
                return r;
            }
            if (!nextChunk()) {
                done = true;
            }
        }
    }

    /** Reads the next chunk header and queues what to hand out; false at the end of the chunks. */
    private boolean nextChunk() throws IOException {
        byte[] header = in.readNBytes(8);
        if (header.length < 8) {
            pending = new ByteArrayInputStream(header);
            return false;
        }
        long length = ((header[0] & 0xFFL) << 24) | ((header[1] & 0xFF) << 16) | ((header[2] & 0xFF) << 8)
                | (header[3] & 0xFF);
        String type = new String(header, 4, 4, StandardCharsets.ISO_8859_1);
        if (!type.equals("zTXt") && !type.equals("iTXt") && !type.equals("iCCP")) {
            pending = new ByteArrayInputStream(header);
            passThrough = length + 4;
            return !type.equals("IEND");
        }
        if (length > MAX_CHUNK) {
            throw new UnreadableImageException("a " + type + " chunk of " + length + " bytes is longer than the "
                    + MAX_CHUNK + " bytes allowed");
        }
        byte[] chunk = in.readNBytes((int) length + 4);
        int compressed = compressedStart(type, chunk, (int) Math.min(length, chunk.length));
        if (compressed >= 0) {
            checkInflatedSize(type, chunk, compressed, (int) Math.min(length, chunk.length));
        }
        byte[] all = new byte[8 + chunk.length];
        System.arraycopy(header, 0, all, 0, 8);
        System.arraycopy(chunk, 0, all, 8, chunk.length);
        pending = new ByteArrayInputStream(all);
        return true;
    }

    /** Where the compressed data starts in a chunk's data, or -1 when it holds none (an uncompressed iTXt). */
    private static int compressedStart(String type, byte[] d, int length) {
        int nul = indexOf(d, 0, length);
        if (nul < 0) {
            return -1;
        }
        if (type.equals("iTXt")) {
            // keyword NUL, compression flag, method, language NUL, translated keyword NUL, text
            if (nul + 2 >= length || d[nul + 1] == 0) {
                return -1;
            }
            int lang = indexOf(d, nul + 3, length);
            int translated = lang < 0 ? -1 : indexOf(d, lang + 1, length);
            return translated < 0 ? -1 : translated + 1;
        }
        return nul + 2; // keyword NUL, method, data
    }

    private static int indexOf(byte[] d, int from, int to) {
        for (int i = from; i < to; i++) {
            if (d[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    private static void checkInflatedSize(String type, byte[] d, int from, int to) throws UnreadableImageException {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(d, from, Math.max(0, to - from));
            byte[] scratch = new byte[64 * 1024];
            long total = 0;
            while (!inflater.finished() && !inflater.needsInput() && !inflater.needsDictionary()) {
                int n = inflater.inflate(scratch);
                if (n == 0) {
                    break;
                }
                total += n;
                if (total > MAX_INFLATED) {
                    throw new UnreadableImageException("a compressed " + type + " chunk inflates to more than "
                            + MAX_INFLATED + " bytes (a decompression bomb?)");
                }
            }
        } catch (DataFormatException e) {
            // damaged compressed data: metadata-extractor reports it its own way
        } finally {
            inflater.end();
        }
    }
}
