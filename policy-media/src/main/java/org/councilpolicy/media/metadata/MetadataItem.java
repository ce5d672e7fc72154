package org.councilpolicy.media.metadata;

import java.util.Objects;

/**
 * One piece of revealing metadata found in an image file. It never holds the value in the clear: only a
 * masked excerpt (names as {@code J••• E•••}, positions to the whole degree, dates as the year).
 *
 * @param kind    what it reveals
 * @param field   where it was found, e.g. {@code EXIF Artist}, {@code XMP Iptc4xmpExt:PersonInImage}
 * @param excerpt the masked value
 * @param count   how many values of this field were found (names in a group photo)
 */
public record MetadataItem(MetadataKind kind, String field, String excerpt, int count) {

    /**
     * Checks that nothing is null and the count is positive.
     *
     * @param kind    what it reveals
     * @param field   where it was found
     * @param excerpt the masked value
     * @param count   how many values of this field were found
     * @throws IllegalArgumentException when {@code count} is below 1
     */
    public MetadataItem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(excerpt, "excerpt");
        if (count < 1) {
            throw new IllegalArgumentException("count must be positive, got " + count);
        }
    }
}
