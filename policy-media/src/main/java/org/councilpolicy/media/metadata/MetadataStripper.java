package org.councilpolicy.media.metadata;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.zip.CRC32;

/**
 * Writes a copy of a JPEG or PNG with its metadata removed and its compressed image data copied byte for
 * byte: nothing is decoded or re-encoded, so the pixels are exactly those of the original (PH-8).
 *
 * <p><b>JPEG.</b> Kept: SOI, the tables and frame (DQT, DHT, DAC, DRI, SOFn), each SOS with its entropy-coded
 * data, EOI. A JFIF APP0 is kept without its thumbnail (it only says the data is YCbCr and gives the pixel
 * density); an Adobe APP14 is kept because it says how to convert CMYK/YCCK data to colour, so dropping it
 * would change the decoded colours. Removed: every other APPn (Exif with GPS and names, XMP, IPTC/Photoshop,
 * MPF, ICC profile, maker data), COM comments, JFXX thumbnails and anything after EOI (e.g. the video of a
 * "motion photo").
 *
 * <p><b>PNG.</b> Kept: IHDR, PLTE, IDAT, IEND, the transparency and colour-rendering chunks (tRNS, gAMA, cHRM,
 * sRGB, sBIT, cICP, mDCV, cLLI), bKGD and pHYs (which carry nothing about people), the APNG animation chunks
 * (acTL, fcTL, fdAT), and any unknown critical chunk (a decoder needs it). Removed: tEXt, zTXt, iTXt (XMP),
 * eXIf, tIME, iCCP, caBX and every other ancillary chunk, and anything after IEND. Every chunk's CRC is
 * checked; a damaged file is refused.
 *
 * <p><b>Colour profiles.</b> An embedded ICC profile (JPEG APP2 ICC_PROFILE, PNG iCCP) names no person, but
 * it is metadata, and removing everything is the default. Viewers then assume sRGB, which makes wide-gamut
 * photos (e.g. Display P3 from phones) look slightly duller; {@link #keepingColourProfile()} keeps the profile.
 *
 * <p>Immutable and thread-safe. Nothing is written when the input cannot be parsed.
 */
public final class MetadataStripper {

    static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final Set<String> PNG_KEEP = Set.of("IHDR", "PLTE", "IDAT", "IEND", "tRNS", "gAMA", "cHRM",
            "sRGB", "sBIT", "cICP", "mDCV", "cLLI", "bKGD", "pHYs", "acTL", "fcTL", "fdAT");

    private final boolean keepColourProfile;

    private MetadataStripper(boolean keepColourProfile) {
        this.keepColourProfile = keepColourProfile;
    }

    /** {@return a stripper that removes all metadata, the ICC colour profile included} */
    public static MetadataStripper removingAll() {
        return new MetadataStripper(false);
    }

    /**
     * {@return a stripper that removes all metadata but the ICC colour profile} Keeping the profile keeps the
     * colours of wide-gamut photos true; it names no person or place.
     */
    public static MetadataStripper keepingColourProfile() {
        return new MetadataStripper(true);
    }

    /** Largest file stripped: it is read whole, and a phone photo is a few megabytes. */
    public static final long MAX_BYTES = 128L << 20;

    /**
     * As {@link #strip(Path, Path, boolean)}, replacing {@code out} if it exists ({@code out} may be {@code image}).
     *
     * @param image the JPEG or PNG file
     * @param out   where to write the copy
     * @return what was removed
     * @throws IOException as {@link #strip(Path, Path, boolean)} does
     */
    public StripResult strip(Path image, Path out) throws IOException {
        return strip(image, out, true);
    }

    /**
     * Writes a clean copy of {@code image} to {@code out}. The format is checked from the first bytes and the size
     * bounded before the file is read; the copy is written to a temporary file in {@code out}'s folder and renamed
     * over {@code out} in one step, so {@code out} is never left half-written (an in-place strip whose write fails
     * leaves the original as it was), and a symbolic link at {@code out} is replaced, never followed.
     *
     * @param image   the JPEG or PNG file
     * @param out     where to write the copy ({@code out} may be {@code image} when {@code replace} is true)
     * @param replace whether an existing {@code out} may be replaced
     * @return what was removed
     * @throws java.nio.file.FileAlreadyExistsException when {@code out} exists and {@code replace} is false; nothing is written
     * @throws java.nio.file.NoSuchFileException when {@code image}, or {@code out}'s folder, does not exist
     * @throws UnreadableImageException   when the file is not a JPEG or PNG, is damaged, is not a regular file or is
     *                                    larger than {@link #MAX_BYTES}; nothing is written
     * @throws IOException                when it cannot be read or written
     */
    public StripResult strip(Path image, Path out, boolean replace) throws IOException {
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(out, "out");
        byte[] data = StripFiles.readBounded(image);
        Plan plan = plan(data);
        StripFiles.writeAtomically(out, replace, os -> plan.writeTo(data, os));
        return plan.result(data.length);
    }

    static boolean isJpeg(byte[] d) {
        return d.length >= 3 && (d[0] & 0xFF) == 0xFF && (d[1] & 0xFF) == 0xD8 && (d[2] & 0xFF) == 0xFF;
    }

    /**
     * Writes a clean copy of the image in {@code image} to {@code out} (left open).
     *
     * @param image the bytes of a JPEG or PNG file
     * @param out   where to write the copy
     * @return what was removed
     * @throws UnreadableImageException when it is not a JPEG or PNG, or is damaged; nothing is written
     * @throws IOException              when {@code out} cannot be written
     */
    public StripResult strip(byte[] image, OutputStream out) throws IOException {
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(out, "out");
        Plan plan = plan(image);
        plan.writeTo(image, out);
        return plan.result(image.length);
    }

    /**
     * A clean copy of the image in {@code image}.
     *
     * @param image the bytes of a JPEG or PNG file
     * @return the bytes of the copy
     * @throws UnreadableImageException when it is not a JPEG or PNG, or is damaged
     * @throws IOException              declared by the stream API; not thrown in practice as the copy is in memory
     */
    public byte[] strip(byte[] image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(image.length);
        strip(image, out);
        return out.toByteArray();
    }

    private Plan plan(byte[] d) throws UnreadableImageException {
        if (isJpeg(d)) {
            return jpeg(d);
        }
        if (startsWith(d, PNG_SIGNATURE)) {
            return png(d);
        }
        throw new UnreadableImageException("only JPEG and PNG files can be stripped; this looks like " + sniff(d));
    }

    // ---- JPEG -----------------------------------------------------------------------------------------

    private Plan jpeg(byte[] d) throws UnreadableImageException {
        Plan plan = new Plan(ImageFormat.JPEG);
        plan.keep(0, 2);
        int pos = 2;
        boolean sawScan = false;
        while (true) {
            if (pos >= d.length) {
                if (sawScan) {
                    return plan; // truncated after the image data: keep what there is, as decoders do
                }
                throw new UnreadableImageException("damaged JPEG: it ends before any image data");
            }
            if ((d[pos] & 0xFF) != 0xFF) {
                throw new UnreadableImageException("damaged JPEG: expected a marker at byte " + pos);
            }
            while (pos + 1 < d.length && (d[pos + 1] & 0xFF) == 0xFF) {
                pos++; // fill bytes before a marker
            }
            if (pos + 1 >= d.length) {
                throw new UnreadableImageException("damaged JPEG: it ends inside a marker");
            }
            int marker = d[pos + 1] & 0xFF;
            if (marker == 0xD9) { // EOI
                plan.keep(pos, pos + 2);
                if (pos + 2 < d.length) {
                    plan.removed("data after the end of the image (" + (d.length - pos - 2) + " bytes)");
                }
                return plan;
            }
            if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) { // TEM, RSTn: no length
                plan.keep(pos, pos + 2);
                pos += 2;
                continue;
            }
            if (pos + 4 > d.length) {
                throw new UnreadableImageException("damaged JPEG: it ends inside a segment header");
            }
            int length = ((d[pos + 2] & 0xFF) << 8) | (d[pos + 3] & 0xFF);
            int end = pos + 2 + length;
            if (length < 2 || end > d.length) {
                throw new UnreadableImageException("damaged JPEG: a segment at byte " + pos + " runs past the end");
            }
            if (marker == 0xDA) { // SOS: header, then entropy-coded data up to the next real marker
                plan.keep(pos, end);
                int i = scanEnd(d, end);
                plan.keep(end, i);
                sawScan = true;
                pos = i;
                continue;
            }
            if (marker >= 0xE0 && marker <= 0xEF) {
                app(d, marker - 0xE0, pos, end, plan);
            } else if (marker == 0xFE) {
                plan.removed("COM");
            } else if (marker == 0xD8) {
                throw new UnreadableImageException("damaged JPEG: a second start-of-image marker at byte " + pos);
            } else {
                plan.keep(pos, end); // DQT, DHT, DAC, DRI, SOFn, DNL, EXP and the JPEG extensions
            }
            pos = end;
        }
    }

    /** The offset of the first marker after entropy-coded data starting at {@code from} (or the end). */
    private static int scanEnd(byte[] d, int from) {
        int i = from;
        int n = d.length - 1;
        while (i < n) {
            if (d[i] == (byte) 0xFF) {
                int next = d[i + 1] & 0xFF;
                if (next == 0x00 || (next >= 0xD0 && next <= 0xD7)) {
                    i += 2; // stuffed byte or restart marker: still image data
                    continue;
                }
                return i;
            }
            i++;
        }
        return d.length;
    }

    private void app(byte[] d, int n, int pos, int end, Plan plan) {
        String id = identifier(d, pos + 4, end);
        String label = "APP" + n + (id.isEmpty() ? "" : " (" + id + ")");
        if (n == 0 && id.equals("JFIF") && end - pos >= 18) {
            int thumbW = d[pos + 16] & 0xFF;
            int thumbH = d[pos + 17] & 0xFF;
            if (thumbW == 0 && thumbH == 0 && end - pos == 18) {
                plan.keep(pos, end);
            } else {
                // Keep version, units and density; drop the thumbnail.
                byte[] jfif = new byte[18];
                System.arraycopy(d, pos, jfif, 0, 16);
                jfif[2] = 0;
                jfif[3] = 16;
                plan.insert(jfif);
                plan.removed("APP0 (JFIF thumbnail)");
            }
        } else if (n == 14 && id.startsWith("Adobe")) {
            plan.keep(pos, end); // colour transform flag: needed to decode CMYK/YCCK correctly
        } else if (n == 2 && id.equals("ICC_PROFILE") && keepColourProfile) {
            plan.keep(pos, end);
        } else {
            plan.removed(label);
        }
    }

    /** The NUL-terminated ASCII identifier at the start of an APPn payload, or empty. */
    private static String identifier(byte[] d, int from, int end) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < end && i < from + 40; i++) {
            int c = d[i] & 0xFF;
            if (c == 0) {
                return sb.toString();
            }
            if (c < 0x20 || c > 0x7E) {
                return sb.toString().trim();
            }
            sb.append((char) c);
        }
        return sb.toString().trim();
    }

    // ---- PNG ------------------------------------------------------------------------------------------

    private Plan png(byte[] d) throws UnreadableImageException {
        Plan plan = new Plan(ImageFormat.PNG);
        plan.keep(0, PNG_SIGNATURE.length);
        int pos = PNG_SIGNATURE.length;
        boolean first = true;
        CRC32 crc = new CRC32();
        while (true) {
            if (pos + 12 > d.length) {
                throw new UnreadableImageException("damaged PNG: it ends before IEND");
            }
            long length = ((d[pos] & 0xFFL) << 24) | ((d[pos + 1] & 0xFF) << 16) | ((d[pos + 2] & 0xFF) << 8)
                    | (d[pos + 3] & 0xFF);
            if (length > Integer.MAX_VALUE || pos + 12 + length > d.length) {
                throw new UnreadableImageException("damaged PNG: a chunk at byte " + pos + " runs past the end");
            }
            String type = new String(d, pos + 4, 4, StandardCharsets.ISO_8859_1);
            if (!type.chars().allMatch(c -> (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))) {
                throw new UnreadableImageException("damaged PNG: bad chunk type at byte " + pos);
            }
            if (first && !type.equals("IHDR")) {
                throw new UnreadableImageException("damaged PNG: the first chunk is " + type + ", not IHDR");
            }
            first = false;
            int end = (int) (pos + 12 + length);
            crc.reset();
            crc.update(d, pos + 4, (int) length + 4);
            long stored = ((d[end - 4] & 0xFFL) << 24) | ((d[end - 3] & 0xFF) << 16) | ((d[end - 2] & 0xFF) << 8)
                    | (d[end - 1] & 0xFF);
            if (crc.getValue() != stored) {
                throw new UnreadableImageException("damaged PNG: the " + type + " chunk at byte " + pos
                        + " fails its CRC check");
            }
            boolean critical = Character.isUpperCase(type.charAt(0));
            if (PNG_KEEP.contains(type) || critical || (type.equals("iCCP") && keepColourProfile)) {
                plan.keep(pos, end);
            } else {
                plan.removed(type);
            }
            if (type.equals("IEND")) {
                if (end < d.length) {
                    plan.removed("data after the end of the image (" + (d.length - end) + " bytes)");
                }
                return plan;
            }
            pos = end;
        }
    }

    // ---- shared ---------------------------------------------------------------------------------------

    static boolean startsWith(byte[] d, byte[] prefix) {
        if (d.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (d[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    static String sniff(byte[] d) {
        return StripFiles.sniff(d);
    }

    /** The pieces of the clean copy: ranges of the original and inserted bytes, in order. */
    private static final class Plan {
        private final ImageFormat format;
        private final List<long[]> ranges = new ArrayList<>(); // {start, end} or {-1, index into inserts}
        private final List<byte[]> inserts = new ArrayList<>();
        private final List<String> removed = new ArrayList<>();
        private long size;

        Plan(ImageFormat format) {
            this.format = format;
        }

        void keep(int start, int end) {
            if (end <= start) {
                return;
            }
            long[] last = ranges.isEmpty() ? null : ranges.get(ranges.size() - 1);
            if (last != null && last[0] >= 0 && last[1] == start) {
                last[1] = end; // merge adjacent ranges: fewer, larger writes
            } else {
                ranges.add(new long[] {start, end});
            }
            size += end - start;
        }

        void insert(byte[] bytes) {
            ranges.add(new long[] {-1, inserts.size()});
            inserts.add(bytes);
            size += bytes.length;
        }

        void removed(String what) {
            removed.add(what);
        }

        void writeTo(byte[] d, OutputStream out) throws IOException {
            for (long[] r : ranges) {
                if (r[0] < 0) {
                    out.write(inserts.get((int) r[1]));
                } else {
                    out.write(d, (int) r[0], (int) (r[1] - r[0]));
                }
            }
        }

        StripResult result(long inputBytes) {
            return new StripResult(format, removed, inputBytes, size);
        }
    }
}
