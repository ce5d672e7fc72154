package org.councilpolicy.media.metadata;

import org.councilpolicy.core.rule.FindingKind;
import org.councilpolicy.core.rule.Severity;

/**
 * The {@code kind} of a MEDIA finding about what an image file carries besides its pixels (PH-8), with the
 * default severity of each: where and by whom a photo was taken, and who is in it, are as revealing as a
 * caption; a date or a serial number only helps link photos together.
 */
public enum MetadataKind implements FindingKind {
    /** GPS latitude and longitude (EXIF GPS, XMP exif:GPS*): where it was taken, to a few metres. */
    GPS_POSITION(Severity.BLOCK),
    /** A named place (IPTC city or sub-location, XMP location shown or created). */
    LOCATION(Severity.REVIEW),
    /** The photographer: EXIF Artist, Windows XP Author, IPTC By-line, XMP dc:creator, creator contact details. */
    ARTIST(Severity.REVIEW),
    /** The camera owner's name (EXIF CameraOwnerName, maker notes, XMP aux:OwnerName). */
    OWNER(Severity.REVIEW),
    /** A copyright notice, which names the owner and may show the photo is not the council's (CO-4). */
    COPYRIGHT(Severity.REVIEW),
    /** A camera body or lens serial number, which links photos to one device and its owner. */
    CAMERA_SERIAL(Severity.ADVICE),
    /** People named as shown in the image (XMP Iptc4xmpExt:PersonInImage). */
    PERSON_IN_IMAGE(Severity.BLOCK),
    /** Named face regions (MWG regions, Microsoft Photo RegionInfo): who is where in the picture. */
    FACE_REGION(Severity.BLOCK),
    /** When it was taken (EXIF DateTimeOriginal, IPTC date created, PNG Creation Time). */
    DATE_TAKEN(Severity.ADVICE),
    /** An embedded preview image, which may still show what was cropped or blurred in the main image. */
    THUMBNAIL(Severity.REVIEW),
    /** The file could not be read or is not an image the scanner knows, so it was not checked. */
    UNREADABLE(Severity.REVIEW);

    private final Severity defaultSeverity;

    MetadataKind(Severity defaultSeverity) {
        this.defaultSeverity = defaultSeverity;
    }

    /** {@return the most severe a finding of this kind is} The rule's profile severity can only lower it. */
    public Severity defaultSeverity() {
        return defaultSeverity;
    }
}
