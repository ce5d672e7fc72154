package org.councilpolicy.media.clearance;

import java.util.Objects;

/**
 * Where the photo came from (CO-4).
 *
 * @param kind    who owns the copyright
 * @param licence for {@link SourceKind#LICENSED} the licence (e.g. "CC BY 4.0", "Shutterstock standard"); for
 *                {@link SourceKind#THIRD_PARTY_PERMISSION} a reference to the permission (who gave it, when);
 *                otherwise usually {@code null}
 */
public record ImageSource(SourceKind kind, String licence) {

    /** A photo the council took itself. */
    public static final ImageSource OWN = new ImageSource(SourceKind.OWN, null);

    /** A photo of unknown origin. */
    public static final ImageSource UNKNOWN = new ImageSource(SourceKind.UNKNOWN, null);

    /**
     * Checks the kind is given.
     *
     * @param kind    who owns the copyright
     * @param licence the licence or permission reference, or {@code null}
     */
    public ImageSource {
        Objects.requireNonNull(kind, "kind");
    }

    /** {@return whether a licence or permission reference was written (not blank)} */
    public boolean hasLicence() {
        return licence != null && !licence.isBlank();
    }
}
