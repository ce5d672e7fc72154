package org.councilpolicy.media.metadata;

/** The image formats {@link MetadataStripper} can clean. */
public enum ImageFormat {
    /** JPEG (JFIF or Exif). */
    JPEG,
    /** Portable Network Graphics, APNG included. */
    PNG
}
