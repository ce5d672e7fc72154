package org.councilpolicy.media.testimages;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.zip.CRC32;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Builds test images in memory: ImageIO writes the pixels, and metadata is inserted by hand (EXIF TIFF
 * structures, XMP and IPTC segments, PNG chunks with their CRCs), so nothing is downloaded or checked in.
 * The people and places are fictional.
 */
public final class TestImages {

    public static final String ARTIST = "Jane Example";
    public static final String OWNER = "Sam Sample";
    public static final String COPYRIGHT = "(c) 2026 Jane Example";
    public static final String SERIAL = "SN4711230815";
    public static final String DATE_TAKEN = "2026:01:10 09:31:00";
    public static final String PERSON_1 = "Alex Testperson";
    public static final String PERSON_2 = "Robin Fictional";
    public static final String XMP_ID = "http://ns.adobe.com/xap/1.0/";

    private TestImages() {
    }

    /** A noisy RGB image (random pixels compress badly, like real photos). */
    public static BufferedImage noise(int width, int height, long seed) {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Random r = new Random(seed);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int base = ((x * 255 / Math.max(1, width - 1)) << 16) | ((y * 255 / Math.max(1, height - 1)) << 8);
                img.setRGB(x, y, base ^ (r.nextInt() & 0x3F3F3F));
            }
        }
        return img;
    }

    /** A baseline (or progressive) JPEG written by ImageIO: SOI, APP0 JFIF, tables, scans, EOI. */
    public static byte[] jpeg(BufferedImage img, float quality, boolean progressive) {
        try {
            ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
                writer.setOutput(out);
                ImageWriteParam p = writer.getDefaultWriteParam();
                p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                p.setCompressionQuality(quality);
                if (progressive) {
                    p.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
                }
                writer.write(null, new IIOImage(img, null, null), p);
            } finally {
                writer.dispose();
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PNG written by ImageIO. */
    public static byte[] png(BufferedImage img) {
        return write(img, "png");
    }

    /** An image in any format ImageIO writes (gif, bmp…). */
    public static byte[] write(BufferedImage img, String format) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (!ImageIO.write(img, format, out)) {
                throw new IllegalStateException("no writer for " + format);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- JPEG segments ---------------------------------------------------------------------------------

    /** A JPEG marker segment: FF, marker, length, payload. */
    public static byte[] segment(int marker, byte[] payload) {
        if (payload.length + 2 > 0xFFFF) {
            throw new IllegalArgumentException("segment too long");
        }
        ByteBuffer b = ByteBuffer.allocate(4 + payload.length);
        b.put((byte) 0xFF).put((byte) marker).putShort((short) (payload.length + 2)).put(payload);
        return b.array();
    }

    /** An APP1 Exif segment holding {@link #tiff}. */
    public static byte[] exifApp1(byte[] tiff) {
        return segment(0xE1, concat("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1), tiff));
    }

    /** An APP1 XMP segment. */
    public static byte[] xmpApp1(String xmp) {
        return segment(0xE1, concat((XMP_ID + "\0").getBytes(StandardCharsets.ISO_8859_1),
                xmp.getBytes(StandardCharsets.UTF_8)));
    }

    /** An APP13 Photoshop segment with one IPTC resource holding by-line and city. */
    public static byte[] iptcApp13(String byLine, String city) {
        byte[] iptc = concat(iptcDataset(80, byLine), iptcDataset(90, city));
        ByteBuffer res = ByteBuffer.allocate(4 + 2 + 2 + 4 + iptc.length + (iptc.length & 1));
        res.put("8BIM".getBytes(StandardCharsets.ISO_8859_1)).putShort((short) 0x0404).putShort((short) 0)
                .putInt(iptc.length).put(iptc);
        return segment(0xED, concat("Photoshop 3.0\0".getBytes(StandardCharsets.ISO_8859_1), res.array()));
    }

    private static byte[] iptcDataset(int dataset, String value) {
        byte[] v = value.getBytes(StandardCharsets.UTF_8);
        ByteBuffer b = ByteBuffer.allocate(5 + v.length);
        b.put((byte) 0x1C).put((byte) 2).put((byte) dataset).putShort((short) v.length).put(v);
        return b.array();
    }

    /** A COM segment. */
    public static byte[] comment(String text) {
        return segment(0xFE, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Inserts segments after SOI and the JFIF APP0 (where cameras put them). */
    public static byte[] insertSegments(byte[] jpeg, byte[]... segments) {
        int at = 2;
        if ((jpeg[2] & 0xFF) == 0xFF && (jpeg[3] & 0xFF) == 0xE0) {
            at = 4 + (((jpeg[4] & 0xFF) << 8) | (jpeg[5] & 0xFF));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, at);
        for (byte[] s : segments) {
            out.writeBytes(s);
        }
        out.write(jpeg, at, jpeg.length - at);
        return out.toByteArray();
    }

    /** The entropy-coded bytes of every scan: from the end of each SOS header to the next marker. */
    public static List<byte[]> entropyData(byte[] jpeg) {
        List<byte[]> scans = new ArrayList<>();
        int pos = 2;
        while (pos + 4 <= jpeg.length) {
            int marker = jpeg[pos + 1] & 0xFF;
            if (marker == 0xD9) {
                break;
            }
            if (marker >= 0xD0 && marker <= 0xD7) {
                pos += 2;
                continue;
            }
            int end = pos + 2 + (((jpeg[pos + 2] & 0xFF) << 8) | (jpeg[pos + 3] & 0xFF));
            if (marker == 0xDA) {
                int i = end;
                while (i + 1 < jpeg.length && !((jpeg[i] & 0xFF) == 0xFF && (jpeg[i + 1] & 0xFF) != 0
                        && ((jpeg[i + 1] & 0xFF) < 0xD0 || (jpeg[i + 1] & 0xFF) > 0xD7))) {
                    i++;
                }
                scans.add(Arrays.copyOfRange(jpeg, end, i));
                pos = i;
            } else {
                pos = end;
            }
        }
        return scans;
    }

    // ---- TIFF / EXIF -----------------------------------------------------------------------------------

    /** Full camera EXIF: Artist, Copyright, DateTimeOriginal, CameraOwnerName, BodySerialNumber and GPS. */
    public static byte[] cameraTiff(double lat, double lon) {
        Map<Integer, Object> ifd0 = new TreeMap<>();
        ifd0.put(0x010F, "ExampleCam");
        ifd0.put(0x013B, ARTIST);
        ifd0.put(0x8298, COPYRIGHT);
        Map<Integer, Object> exif = new TreeMap<>();
        exif.put(0x9003, DATE_TAKEN);
        exif.put(0xA430, OWNER);
        exif.put(0xA431, SERIAL);
        Map<Integer, Object> gps = new TreeMap<>();
        gps.put(0x0001, lat < 0 ? "S" : "N");
        gps.put(0x0002, dms(Math.abs(lat)));
        gps.put(0x0003, lon < 0 ? "W" : "E");
        gps.put(0x0004, dms(Math.abs(lon)));
        return tiff(ifd0, exif, gps);
    }

    private static long[][] dms(double v) {
        long deg = (long) v;
        double m = (v - deg) * 60;
        long min = (long) m;
        long sec100 = Math.round((m - min) * 60 * 100);
        return new long[][] {{deg, 1}, {min, 1}, {sec100, 100}};
    }

    /**
     * A big-endian TIFF structure: IFD0 with the given entries plus pointers to an Exif IFD and a GPS IFD when
     * those are not empty. Values: String (ASCII), Long (LONG), long[][] (RATIONALs).
     */
    public static byte[] tiff(Map<Integer, Object> ifd0, Map<Integer, Object> exif, Map<Integer, Object> gps) {
        Map<Integer, Object> first = new TreeMap<>(ifd0);
        if (!exif.isEmpty()) {
            first.put(0x8769, 0L);
        }
        if (!gps.isEmpty()) {
            first.put(0x8825, 0L);
        }
        int ifd0Off = 8;
        int exifOff = ifd0Off + ifdSize(first);
        int gpsOff = exifOff + (exif.isEmpty() ? 0 : ifdSize(exif));
        if (!exif.isEmpty()) {
            first.put(0x8769, (long) exifOff);
        }
        if (!gps.isEmpty()) {
            first.put(0x8825, (long) gpsOff);
        }
        ByteBuffer b = ByteBuffer.allocate(gpsOff + (gps.isEmpty() ? 0 : ifdSize(gps)));
        b.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(ifd0Off);
        writeIfd(b, ifd0Off, first);
        if (!exif.isEmpty()) {
            writeIfd(b, exifOff, exif);
        }
        if (!gps.isEmpty()) {
            writeIfd(b, gpsOff, gps);
        }
        return b.array();
    }

    private static int ifdSize(Map<Integer, Object> entries) {
        int size = 2 + 12 * entries.size() + 4;
        for (Object v : entries.values()) {
            int n = valueBytes(v).length;
            if (n > 4) {
                size += n + (n & 1);
            }
        }
        return size;
    }

    private static void writeIfd(ByteBuffer b, int at, Map<Integer, Object> entries) {
        b.position(at);
        b.putShort((short) entries.size());
        int data = at + 2 + 12 * entries.size() + 4;
        for (Map.Entry<Integer, Object> e : entries.entrySet()) {
            Object v = e.getValue();
            byte[] bytes = valueBytes(v);
            int type = v instanceof String ? 2 : v instanceof Long ? 4 : 5;
            int count = v instanceof String ? bytes.length : v instanceof Long ? 1 : ((long[][]) v).length;
            b.putShort(e.getKey().shortValue()).putShort((short) type).putInt(count);
            if (bytes.length <= 4) {
                b.put(Arrays.copyOf(bytes, 4));
            } else {
                b.putInt(data);
                int here = b.position();
                b.position(data);
                b.put(bytes);
                data += bytes.length + (bytes.length & 1);
                b.position(here);
            }
        }
        b.putInt(0);
    }

    private static byte[] valueBytes(Object v) {
        if (v instanceof String s) {
            return (s + "\0").getBytes(StandardCharsets.ISO_8859_1);
        }
        if (v instanceof Long l) {
            return ByteBuffer.allocate(4).putInt(l.intValue()).array();
        }
        long[][] rationals = (long[][]) v;
        ByteBuffer b = ByteBuffer.allocate(8 * rationals.length);
        for (long[] r : rationals) {
            b.putInt((int) r[0]).putInt((int) r[1]);
        }
        return b.array();
    }

    // ---- XMP -------------------------------------------------------------------------------------------

    /** An XMP packet naming two people (PersonInImage), their face regions (MWG and Microsoft), a creator and GPS. */
    public static String peopleXmp() {
        return "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>"
                + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
                + "<rdf:Description rdf:about=\"\""
                + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
                + " xmlns:Iptc4xmpExt=\"http://iptc.org/std/Iptc4xmpExt/2008-02-29/\""
                + " xmlns:mwg-rs=\"http://www.metadataworkinggroup.com/schemas/regions/\""
                + " xmlns:MP=\"http://ns.microsoft.com/photo/1.2/\""
                + " xmlns:MPRI=\"http://ns.microsoft.com/photo/1.2/t/RegionInfo#\""
                + " xmlns:MPReg=\"http://ns.microsoft.com/photo/1.2/t/Region#\""
                + " xmlns:exif=\"http://ns.adobe.com/exif/1.0/\">"
                + "<dc:creator><rdf:Seq><rdf:li>" + ARTIST + "</rdf:li></rdf:Seq></dc:creator>"
                + "<Iptc4xmpExt:PersonInImage><rdf:Bag><rdf:li>" + PERSON_1 + "</rdf:li><rdf:li>" + PERSON_2
                + "</rdf:li></rdf:Bag></Iptc4xmpExt:PersonInImage>"
                + "<mwg-rs:Regions rdf:parseType=\"Resource\"><mwg-rs:RegionList><rdf:Bag>"
                + "<rdf:li rdf:parseType=\"Resource\"><mwg-rs:Name>" + PERSON_1 + "</mwg-rs:Name><mwg-rs:Type>Face</mwg-rs:Type></rdf:li>"
                + "</rdf:Bag></mwg-rs:RegionList></mwg-rs:Regions>"
                + "<MP:RegionInfo rdf:parseType=\"Resource\"><MPRI:Regions><rdf:Bag>"
                + "<rdf:li rdf:parseType=\"Resource\"><MPReg:PersonDisplayName>" + PERSON_2 + "</MPReg:PersonDisplayName></rdf:li>"
                + "</rdf:Bag></MPRI:Regions></MP:RegionInfo>"
                + "<exif:GPSLatitude>52,3.5N</exif:GPSLatitude><exif:GPSLongitude>1,9.25E</exif:GPSLongitude>"
                + "</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end=\"w\"?>";
    }

    // ---- PNG -------------------------------------------------------------------------------------------

    /** A PNG chunk with its length and CRC. */
    public static byte[] chunk(String type, byte[] data) {
        ByteBuffer b = ByteBuffer.allocate(12 + data.length);
        byte[] t = type.getBytes(StandardCharsets.ISO_8859_1);
        b.putInt(data.length).put(t).put(data);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        b.putInt((int) crc.getValue());
        return b.array();
    }

    /** A tEXt chunk. */
    public static byte[] text(String keyword, String value) {
        return chunk("tEXt", (keyword + "\0" + value).getBytes(StandardCharsets.ISO_8859_1));
    }

    /** An uncompressed iTXt chunk. */
    public static byte[] itext(String keyword, String value) {
        byte[] head = (keyword + "\0").getBytes(StandardCharsets.ISO_8859_1);
        return chunk("iTXt", concat(head, new byte[] {0, 0, 0, 0}, value.getBytes(StandardCharsets.UTF_8)));
    }

    /** A tIME chunk. */
    public static byte[] time() {
        return chunk("tIME", new byte[] {0x07, (byte) 0xEA, 1, 10, 9, 31, 0});
    }

    /** Inserts chunks right after IHDR. */
    public static byte[] insertChunks(byte[] png, byte[]... chunks) {
        int ihdrEnd = 8 + 12 + 13;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(png, 0, ihdrEnd);
        for (byte[] c : chunks) {
            out.writeBytes(c);
        }
        out.write(png, ihdrEnd, png.length - ihdrEnd);
        return out.toByteArray();
    }

    /** The data of every chunk of that type, concatenated. */
    public static byte[] chunkData(byte[] png, String type) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int pos = 8;
        while (pos + 12 <= png.length) {
            int len = ByteBuffer.wrap(png, pos, 4).getInt();
            String t = new String(png, pos + 4, 4, StandardCharsets.ISO_8859_1);
            if (t.equals(type)) {
                out.write(png, pos + 8, len);
            }
            pos += 12 + len;
        }
        return out.toByteArray();
    }

    /** The chunk types in order. */
    public static List<String> chunkTypes(byte[] png) {
        List<String> types = new ArrayList<>();
        int pos = 8;
        while (pos + 12 <= png.length) {
            int len = ByteBuffer.wrap(png, pos, 4).getInt();
            types.add(new String(png, pos + 4, 4, StandardCharsets.ISO_8859_1));
            pos += 12 + len;
        }
        return types;
    }

    public static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    /** Decodes an image with ImageIO; fails if it cannot. */
    public static BufferedImage decode(byte[] bytes) {
        try {
            BufferedImage img = ImageIO.read(new java.io.ByteArrayInputStream(bytes));
            if (img == null) {
                throw new IllegalStateException("ImageIO could not decode the image");
            }
            return img;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether two decoded images have the same size and every pixel equal. */
    public static boolean samePixels(BufferedImage a, BufferedImage b) {
        if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
            return false;
        }
        int[] pa = a.getRGB(0, 0, a.getWidth(), a.getHeight(), null, 0, a.getWidth());
        int[] pb = b.getRGB(0, 0, b.getWidth(), b.getHeight(), null, 0, b.getWidth());
        return Arrays.equals(pa, pb);
    }
}
