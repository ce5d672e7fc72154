package org.councilpolicy.media.metadata;

import java.util.List;
import java.util.Objects;

/**
 * What {@link MetadataStripper} removed.
 *
 * @param format      the image's format
 * @param removed     the segments or chunks removed, in file order, e.g. {@code APP1 (Exif)}, {@code tEXt}
 * @param inputBytes  the size of the original
 * @param outputBytes the size of the clean copy
 */
public record StripResult(ImageFormat format, List<String> removed, long inputBytes, long outputBytes) {

    /**
     * Checks the parts and copies the list.
     *
     * @param format      the image's format
     * @param removed     the segments or chunks removed, in file order
     * @param inputBytes  the size of the original
     * @param outputBytes the size of the clean copy
     */
    public StripResult {
        Objects.requireNonNull(format, "format");
        removed = List.copyOf(Objects.requireNonNull(removed, "removed"));
    }
}
