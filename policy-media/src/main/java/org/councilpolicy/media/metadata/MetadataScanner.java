package org.councilpolicy.media.metadata;

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
import java.util.List;
import java.util.Locale;
import java.util.Objects;

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


    /** A scanner; it holds no state, so one can be shared. */
    public MetadataScanner() {
    }

    /**
     * Reads the revealing metadata of an image file.
     *
     * @param file the image file
     * @return one item per kind of revealing metadata and field found, values masked; empty when there is none
     * @throws NoSuchFileException       when there is no such file
     * @throws UnreadableImageException  when it is not an image the reader knows, is corrupt, is not a regular
     *                                   file (a FIFO or device), or its compressed PNG text inflates past 16 MiB
     * @throws IOException               when it cannot be read
     */
    public List<MetadataItem> read(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            // A FIFO would block for ever, a device such as /dev/zero never end.
            throw new UnreadableImageException(Files.isDirectory(file) ? "it is a directory"
                    : "it is not a regular file (a FIFO, device or socket)");
        }
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
            // Compressed PNG text is trial-inflated with a bound first: the reader would inflate it whole.
            metadata = ImageMetadataReader.readMetadata(new BufferedInputStream(new BoundedPngStream(in), 64 * 1024));
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
        FoundItems found = new FoundItems();
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
                XmpItems.xmp(xmp.getXMPMeta(), found);
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

    private static void exif(ExifDirectoryBase dir, FoundItems found) {
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

    private static void name(Directory dir, int tag, MetadataKind kind, FoundItems found) {
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

    private static void iptc(IptcDirectory dir, FoundItems found) {
        name(dir, IptcDirectory.TAG_BY_LINE, MetadataKind.ARTIST, found);
        name(dir, IptcDirectory.TAG_COPYRIGHT_NOTICE, MetadataKind.COPYRIGHT, found);
        name(dir, IptcDirectory.TAG_CITY, MetadataKind.LOCATION, found);
        name(dir, IptcDirectory.TAG_SUB_LOCATION, MetadataKind.LOCATION, found);
        if (dir.containsTag(IptcDirectory.TAG_DATE_CREATED)) {
            found.addDate("IPTC " + dir.getTagName(IptcDirectory.TAG_DATE_CREATED),
                    dir.getString(IptcDirectory.TAG_DATE_CREATED));
        }
    }

    private static void makernote(Directory dir, FoundItems found) {
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

    private static void png(PngDirectory dir, FoundItems found) {
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

    /** XMP GPS coordinates look like {@code 52,12.3456N} or {@code 52,12,20.7N}; NaN when malformed. */
    static double xmpCoordinate(String s) {
        return XmpItems.xmpCoordinate(s);
    }

    /** A position rounded to the whole degree (about 100 km): enough to say "there is one", not where. */
    static String coarse(double lat, double lon) {
        return coarse(lat) + " " + Math.round(Math.abs(lon)) + "\u00b0" + (lon < 0 ? "W" : "E");
    }

    static String coarse(double lat) {
        return "\u2248" + Math.round(Math.abs(lat)) + "\u00b0" + (lat < 0 ? "S" : "N");
    }

    /** The year of a date, the only part shown: {@code 2026:01:10 09:31:00 → 2026}. */
    static String year(String date) {
        return FoundItems.year(date);
    }
}
