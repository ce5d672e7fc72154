package org.councilpolicy.media.metadata;

/** The image formats {@link MetadataStripper} can clean. */
public enum ImageFormat {
    JPEG,
    PNG
}
