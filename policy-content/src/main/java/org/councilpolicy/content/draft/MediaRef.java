package org.councilpolicy.content.draft;

import java.util.Objects;

/**
 * An image or video attached to a draft.
 *
 * @param path    where the file is
 * @param altText its alternative text, or {@code null} when none was written
 */
public record MediaRef(String path, String altText) {
    /**
     * Validates the components.
     *
     * @param path    where the file is
     * @param altText its alternative text, or {@code null}
     */
    public MediaRef {
        Objects.requireNonNull(path, "path");
    }
}
