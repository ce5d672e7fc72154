package org.councilpolicy.media.metadata;

import com.adobe.internal.xmp.XMPException;
import com.adobe.internal.xmp.XMPIterator;
import com.adobe.internal.xmp.XMPMeta;
import com.adobe.internal.xmp.XMPMetaFactory;
import com.adobe.internal.xmp.properties.XMPPropertyInfo;
import java.util.Map;

/** What an image's XMP packet reveals (creator, people and face regions, places, GPS), as masked items. */
final class XmpItems {

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


    private XmpItems() {
    }

    static void xmp(XMPMeta meta, FoundItems found) {
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
                found.add(MetadataKind.GPS_POSITION, gpsField, Double.isNaN(lo) ? MetadataScanner.coarse(la)
                        : MetadataScanner.coarse(la, lo));
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

}
