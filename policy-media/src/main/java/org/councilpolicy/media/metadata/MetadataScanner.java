package org.councilpolicy.media.metadata;

import com.adobe.internal.xmp.XMPIterator;
import com.adobe.internal.xmp.XMPMeta;
import com.adobe.internal.xmp.XMPMetaFactory;
import com.adobe.internal.xmp.XMPException;
import com.adobe.internal.xmp.properties.XMPPropertyInfo;
import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.lang.GeoLocation;
import com.drew.lang.KeyValuePair;
import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import com.drew.metadata.Tag;
import com.drew.metadata.exif.ExifDirectoryBase;
import com.drew.metadata.exif.ExifThumbnailDirectory;
import com.drew.metadata.exif.GpsDirectory;
import com.drew.metadata.iptc.IptcDirectory;
import com.drew.metadata.photoshop.PhotoshopDirectory;
import com.drew.metadata.png.PngDirectory;
import com.drew.metadata.xmp.XmpDirectory;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.councilpolicy.core.text.Masking;

/**
 * Reads the metadata embedded in an image file (JPEG, PNG, and whatever else metadata-extractor reads:
 * TIFF, HEIF, WebP…) and reports what reveals where, when and by whom a photo was taken and who is in it
 * (PH-8): GPS position, place names, photographer, camera owner, copyright, serial numbers, people named in
 * XMP ({@code Iptc4xmpExt:PersonInImage}, MWG and Microsoft Photo face regions), the date taken, and embedded
 * preview images.
 *
 * <p>Values are masked as they are read; nothing found is kept in the clear. Only the metadata segments
 * are read (a JPEG is read up to its first scan), so the cost does not grow with the picture. Stateless and
 * thread-safe.
 */
public final class MetadataScanner {

    private static final int MAX_VALUE_CHARS = 120;
    private static final int MAX_SHOWN = 3;

    private static final String DC = "http://purl.org/dc/elements/1.1/";
    private static final String XMP_RIGHTS = "http://ns.adobe.com/xap/1.0/rights/";
    private static final String PHOTOSHOP = "http://ns.adobe.com/photoshop/1.0/";
    private static final String IPTC_CORE = "http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/";
    private static final String IPTC_EXT = "http://iptc.org/std/Iptc4xmpExt/2008-02-29/";
    private static final String EXIF = "http://ns.adobe.com/exif/1.0/";
    private static final String EXIF_EX = "http://cipa.jp/exif/1.0/";
    private static final String AUX = "http://ns.adobe.com/exif/1.0/aux/";
    private static final String TIFF = "http://ns.adobe.com/tiff/1.0/";
    private static final String MWG_RS = "http://www.metadataworkinggroup.com/schemas/regions/";
    private static final String MP_REG = "http://ns.microsoft.com/photo/1.2/t/Region#";
    private static final String XMP_G_IMG = "http://ns.adobe.com/xap/1.0/g/img/";

    /** XMP properties by namespace and local name; GPS is handled apart, to pair latitude and longitude. */
    private static final Map<String, MetadataKind> XMP_PROPERTIES = Map.ofEntries(
            Map.entry(DC + "creator", MetadataKind.ARTIST),
            Map.entry(DC + "rights", MetadataKind.COPYRIGHT),
            Map.entry(XMP_RIGHTS + "Owner", MetadataKind.COPYRIGHT),
            Map.entry(TIFF + "Artist", MetadataKind.ARTIST),
            Map.entry(TIFF + "Copyright", MetadataKind.COPYRIGHT),
            Map.entry(PHOTOSHOP + "City", MetadataKind.LOCATION),
            Map.entry(PHOTOSHOP + "DateCreated", MetadataKind.DATE_TAKEN),
            Map.entry(IPTC_CORE + "Location", MetadataKind.LOCATION),
            Map.entry(IPTC_CORE + "CiEmailWork", MetadataKind.ARTIST),
            Map.entry(IPTC_CORE + "CiTelWork", MetadataKind.ARTIST),
            Map.entry(IPTC_CORE + "CiAdrExtadr", MetadataKind.ARTIST),
            Map.entry(IPTC_EXT + "PersonInImage", MetadataKind.PERSON_IN_IMAGE),
            Map.entry(IPTC_EXT + "PersonName", MetadataKind.PERSON_IN_IMAGE),
            Map.entry(IPTC_EXT + "Sublocation", MetadataKind.LOCATION),
            Map.entry(IPTC_EXT + "City", MetadataKind.LOCATION),
            Map.entry(EXIF + "DateTimeOriginal", MetadataKind.DATE_TAKEN),
            Map.entry(EXIF_EX + "CameraOwnerName", MetadataKind.OWNER),
            Map.entry(EXIF_EX + "BodySerialNumber", MetadataKind.CAMERA_SERIAL),
            Map.entry(EXIF_EX + "LensSerialNumber", MetadataKind.CAMERA_SERIAL),
            Map.entry(AUX + "SerialNumber", MetadataKind.CAMERA_SERIAL),
            Map.entry(AUX + "LensSerialNumber", MetadataKind.CAMERA_SERIAL),
            Map.entry(AUX + "OwnerName", MetadataKind.OWNER),
            Map.entry(MWG_RS + "Name", MetadataKind.FACE_REGION),
            Map.entry(MP_REG + "PersonDisplayName", MetadataKind.FACE_REGION),
            Map.entry(XMP_G_IMG + "image", MetadataKind.THUMBNAIL));

    /** A scanner; it holds no state, so one can be shared. */
    public MetadataScanner() {
    }

    /**
     * Reads the revealing metadata of an image file.
     *
     * @param file the image file
     * @return one item per kind of revealing metadata and field found, values masked; empty when there is none
     * @throws NoSuchFileException       when there is no such file
     * @throws UnreadableImageException  when it is not an image the reader knows, or is corrupt
     * @throws IOException               when it cannot be read
     */
    public List<MetadataItem> read(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        }
    }

    /**
     * Reads the revealing metadata of an image from a stream, which is left open.
     *
     * @param in the image's bytes
     * @return one item per kind of revealing metadata and field found, values masked; empty when there is none
     * @throws UnreadableImageException when it is not an image the reader knows, or is corrupt
     * @throws IOException              when it cannot be read
     */
    public List<MetadataItem> read(InputStream in) throws IOException {
        Objects.requireNonNull(in, "in");
        Metadata metadata;
        try {
            metadata = ImageMetadataReader.readMetadata(
                    in instanceof BufferedInputStream ? in : new BufferedInputStream(in, 64 * 1024));
        } catch (ImageProcessingException e) {
            throw new UnreadableImageException(e.getMessage(), e);
        } catch (RuntimeException e) {
            // Hostile or damaged files can trip the reader; report the file as unreadable rather than crash.
            throw new UnreadableImageException("damaged image data (" + e.getClass().getSimpleName() + ")", e);
        }
        return items(metadata);
    }

    /** Why a file could not be read, without echoing its content. */
    static String reason(IOException e) {
        if (e instanceof UnreadableImageException) {
            return "not an image file the scanner can read (" + e.getMessage() + ")";
        }
        return "it could not be read (" + e.getClass().getSimpleName() + ")";
    }

    // ---------------------------------------------------------------------------------------------------

    private static List<MetadataItem> items(Metadata metadata) {
        Found found = new Found();
        for (Directory dir : metadata.getDirectories()) {
            if (dir instanceof GpsDirectory gps) {
                GeoLocation loc = gps.getGeoLocation();
                if (loc != null && !loc.isZero()) {
                    found.add(MetadataKind.GPS_POSITION, "EXIF GPS", coarse(loc.getLatitude(), loc.getLongitude()));
                }
            } else if (dir instanceof ExifDirectoryBase exif) {
                exif(exif, found);
            } else if (dir instanceof IptcDirectory iptc) {
                iptc(iptc, found);
            } else if (dir instanceof XmpDirectory xmp) {
                xmp(xmp.getXMPMeta(), found);
            } else if (dir instanceof PngDirectory png) {
                png(png, found);
            } else if (dir instanceof PhotoshopDirectory ps) {
                if (ps.containsTag(PhotoshopDirectory.TAG_THUMBNAIL) || ps.containsTag(PhotoshopDirectory.TAG_THUMBNAIL_OLD)) {
                    found.add(MetadataKind.THUMBNAIL, "Photoshop thumbnail", "preview image");
                }
            } else if (dir.getClass().getSimpleName().contains("Makernote")) {
                makernote(dir, found);
            }
        }
        return found.items();
    }

    private static void exif(ExifDirectoryBase dir, Found found) {
        name(dir, ExifDirectoryBase.TAG_ARTIST, MetadataKind.ARTIST, found);
        if (dir.containsTag(ExifDirectoryBase.TAG_WIN_AUTHOR)) {
            // Windows stores XPAuthor as UCS-2 bytes; the descriptor decodes it.
            found.addName(MetadataKind.ARTIST, "EXIF " + dir.getTagName(ExifDirectoryBase.TAG_WIN_AUTHOR),
                    dir.getDescription(ExifDirectoryBase.TAG_WIN_AUTHOR));
        }
        name(dir, ExifDirectoryBase.TAG_COPYRIGHT, MetadataKind.COPYRIGHT, found);
        name(dir, ExifDirectoryBase.TAG_CAMERA_OWNER_NAME, MetadataKind.OWNER, found);
        name(dir, ExifDirectoryBase.TAG_BODY_SERIAL_NUMBER, MetadataKind.CAMERA_SERIAL, found);
        name(dir, ExifDirectoryBase.TAG_LENS_SERIAL_NUMBER, MetadataKind.CAMERA_SERIAL, found);
        if (dir.containsTag(ExifDirectoryBase.TAG_DATETIME_ORIGINAL)) {
            found.addDate("EXIF " + dir.getTagName(ExifDirectoryBase.TAG_DATETIME_ORIGINAL),
                    dir.getString(ExifDirectoryBase.TAG_DATETIME_ORIGINAL));
        }
        if (dir instanceof ExifThumbnailDirectory) {
            Long length = dir.getLongObject(ExifThumbnailDirectory.TAG_THUMBNAIL_LENGTH);
            if (length != null && length > 0) {
                found.add(MetadataKind.THUMBNAIL, "EXIF thumbnail", "preview image of " + length + " bytes");
            }
        }
    }

    private static void name(Directory dir, int tag, MetadataKind kind, Found found) {
        if (dir.containsTag(tag)) {
            String field = (dir instanceof IptcDirectory ? "IPTC " : "EXIF ") + dir.getTagName(tag);
            String[] values = dir.getStringArray(tag);
            if (values == null) {
                found.addName(kind, field, dir.getString(tag));
            } else {
                for (String v : values) {
                    found.addName(kind, field, v);
                }
            }
        }
    }

    private static void iptc(IptcDirectory dir, Found found) {
        name(dir, IptcDirectory.TAG_BY_LINE, MetadataKind.ARTIST, found);
        name(dir, IptcDirectory.TAG_COPYRIGHT_NOTICE, MetadataKind.COPYRIGHT, found);
        name(dir, IptcDirectory.TAG_CITY, MetadataKind.LOCATION, found);
        name(dir, IptcDirectory.TAG_SUB_LOCATION, MetadataKind.LOCATION, found);
        if (dir.containsTag(IptcDirectory.TAG_DATE_CREATED)) {
            found.addDate("IPTC " + dir.getTagName(IptcDirectory.TAG_DATE_CREATED),
                    dir.getString(IptcDirectory.TAG_DATE_CREATED));
        }
    }

    private static void makernote(Directory dir, Found found) {
        for (Tag tag : dir.getTags()) {
            String name = tag.getTagName().toLowerCase(Locale.ROOT);
            MetadataKind kind = name.contains("serial") ? MetadataKind.CAMERA_SERIAL
                    : name.contains("owner") ? MetadataKind.OWNER : null;
            if (kind != null) {
                String value = dir.getString(tag.getTagType());
                if (value != null && !value.chars().allMatch(c -> c == '0' || c == ' ' || c == 0)) {
                    found.addName(kind, "Maker note " + tag.getTagName(), value);
                }
            }
        }
    }

    private static void png(PngDirectory dir, Found found) {
        if (!(dir.getObject(PngDirectory.TAG_TEXTUAL_DATA) instanceof List<?> pairs)) {
            return;
        }
        for (Object o : pairs) {
            if (!(o instanceof KeyValuePair pair) || pair.getValue() == null) {
                continue;
            }
            String key = pair.getKey() == null ? "" : pair.getKey().trim();
            String value = pair.getValue().toString();
            switch (key.toLowerCase(Locale.ROOT)) {
                case "author", "artist", "creator" -> found.addName(MetadataKind.ARTIST, "PNG text " + key, value);
                case "copyright" -> found.addName(MetadataKind.COPYRIGHT, "PNG text " + key, value);
                case "creation time" -> found.addDate("PNG text " + key, value);
                default -> {
                    // Title, Description, Software, Comment: not treated as identifying.
                }
            }
        }
    }

    private static void xmp(XMPMeta meta, Found found) {
        if (meta == null) {
            return;
        }
        String lat = null;
        String lon = null;
        String gpsField = null;
        try {
            XMPIterator it = meta.iterator();
            while (it.hasNext()) {
                XMPPropertyInfo p = (XMPPropertyInfo) it.next();
                String path = p.getPath();
                String value = p.getValue();
                if (path == null || value == null || value.isBlank() || p.getOptions().isCompositeProperty()) {
                    continue;
                }
                String seg = path.substring(path.lastIndexOf('/') + 1);
                if (seg.startsWith("?")) {
                    continue; // a qualifier such as xml:lang
                }
                int bracket = seg.indexOf('[');
                if (bracket >= 0) {
                    seg = seg.substring(0, bracket);
                }
                int colon = seg.indexOf(':');
                if (colon <= 0) {
                    continue;
                }
                String ns = XMPMetaFactory.getSchemaRegistry().getNamespaceURI(seg.substring(0, colon));
                if (ns == null) {
                    continue;
                }
                String local = seg.substring(colon + 1);
                if (ns.equals(EXIF) && local.equals("GPSLatitude")) {
                    lat = value;
                    gpsField = "XMP " + seg.substring(0, colon) + ":GPSLatitude/GPSLongitude";
                    continue;
                }
                if (ns.equals(EXIF) && local.equals("GPSLongitude")) {
                    lon = value;
                    continue;
                }
                MetadataKind kind = XMP_PROPERTIES.get(ns + local);
                if (kind == MetadataKind.DATE_TAKEN) {
                    found.addDate("XMP " + seg, value);
                } else if (kind == MetadataKind.THUMBNAIL) {
                    found.add(kind, "XMP " + seg, "preview image");
                } else if (kind != null) {
                    found.addName(kind, "XMP " + seg, value);
                }
            }
        } catch (XMPException | RuntimeException e) {
            found.add(MetadataKind.UNREADABLE, "XMP", "damaged XMP packet");
        }
        if (lat != null) {
            double la = xmpCoordinate(lat);
            double lo = lon == null ? Double.NaN : xmpCoordinate(lon);
            if (!Double.isNaN(la) && !(la == 0 && lo == 0)) {
                found.add(MetadataKind.GPS_POSITION, gpsField, Double.isNaN(lo) ? coarse(la) : coarse(la, lo));
            }
        }
    }

    /** XMP GPS coordinates look like {@code 52,12.3456N} or {@code 52,12,20.7N}; NaN when malformed. */
    static double xmpCoordinate(String s) {
        String v = s.trim();
        if (v.length() < 2) {
            return Double.NaN;
        }
        char hemisphere = Character.toUpperCase(v.charAt(v.length() - 1));
        if ("NSEW".indexOf(hemisphere) < 0) {
            return Double.NaN;
        }
        String[] parts = v.substring(0, v.length() - 1).split(",", 4);
        try {
            double deg = Double.parseDouble(parts[0]);
            double min = parts.length > 1 ? Double.parseDouble(parts[1]) : 0;
            double sec = parts.length > 2 ? Double.parseDouble(parts[2]) : 0;
            double d = deg + min / 60 + sec / 3600;
            return hemisphere == 'S' || hemisphere == 'W' ? -d : d;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** A position rounded to the whole degree (about 100 km): enough to say "there is one", not where. */
    static String coarse(double lat, double lon) {
        return coarse(lat) + " " + Math.round(Math.abs(lon)) + "\u00b0" + (lon < 0 ? "W" : "E");
    }

    private static String coarse(double lat) {
        return "\u2248" + Math.round(Math.abs(lat)) + "\u00b0" + (lat < 0 ? "S" : "N");
    }

    /** Collects masked values by kind and field, in the order first seen. */
    private static final class Found {
        private final Map<String, Entry> entries = new LinkedHashMap<>();

        void add(MetadataKind kind, String field, String excerpt) {
            entries.computeIfAbsent(kind + "\u0000" + field, k -> new Entry(kind, field)).add(excerpt);
        }

        void addName(MetadataKind kind, String field, String value) {
            if (value == null || value.isBlank()) {
                return;
            }
            String v = value.strip();
            if (v.length() > MAX_VALUE_CHARS) {
                v = v.substring(0, MAX_VALUE_CHARS);
            }
            add(kind, field, Masking.mask(v));
        }

        void addDate(String field, String value) {
            if (value == null || value.isBlank()) {
                return;
            }
            add(MetadataKind.DATE_TAKEN, field, year(value));
        }

        List<MetadataItem> items() {
            List<MetadataItem> out = new ArrayList<>(entries.size());
            for (Entry e : entries.values()) {
                out.add(e.item());
            }
            return out;
        }
    }

    private static final class Entry {
        private final MetadataKind kind;
        private final String field;
        private final List<String> excerpts = new ArrayList<>();

        Entry(MetadataKind kind, String field) {
            this.kind = kind;
            this.field = field;
        }

        void add(String excerpt) {
            if (!excerpts.contains(excerpt) || kind == MetadataKind.PERSON_IN_IMAGE || kind == MetadataKind.FACE_REGION) {
                excerpts.add(excerpt);
            }
        }

        MetadataItem item() {
            String shown = String.join(", ", excerpts.subList(0, Math.min(MAX_SHOWN, excerpts.size())));
            if (excerpts.size() > MAX_SHOWN) {
                shown += " and " + (excerpts.size() - MAX_SHOWN) + " more";
            }
            return new MetadataItem(kind, field, shown, excerpts.size());
        }
    }

    /** The year of a date, the only part shown: {@code 2026:01:10 09:31:00 → 2026}. */
    static String year(String date) {
        for (int i = 0; i + 4 <= date.length(); i++) {
            if (isDigits(date, i, 4) && (i + 4 == date.length() || !Character.isDigit(date.charAt(i + 4)))
                    && (i == 0 || !Character.isDigit(date.charAt(i - 1)))) {
                return date.substring(i, i + 4);
            }
        }
        return "\u2022\u2022\u2022";
    }

    private static boolean isDigits(String s, int from, int n) {
        for (int i = from; i < from + n; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
