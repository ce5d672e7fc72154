package org.councilpolicy.media.metadata;

import org.councilpolicy.core.rule.Finding;
import org.councilpolicy.core.rule.Severity;

/** Turns what the scanner found into MEDIA findings of {@code media.embedded-metadata}. */
final class MetadataFindings {

    static final String STRIP = "Strip the metadata before sharing: ./policykit strip-metadata IMAGE OUT "
            + "(MetadataStripper) writes a copy with the same pixels and none of it.";

    private MetadataFindings() {
    }

    /**
     * Fills {@code base} (pre-filled with the rule's id, clauses and the profile's severity) for one item.
     *
     * @param label how to name the file in the message, e.g. {@code "The image photos/p1.jpg"}
     */
    static Finding.Builder finding(Finding.Builder base, MetadataItem item, String label) {
        Severity severity = base.effectiveSeverity().atMost(item.kind().defaultSeverity());
        String what = switch (item.kind()) {
            case GPS_POSITION -> "carries the GPS position where it was taken";
            case LOCATION -> "names the place where it was taken";
            case ARTIST -> "names the photographer";
            case OWNER -> "names the camera's owner";
            case COPYRIGHT -> "carries a copyright notice: check the council may use it (CO-4)";
            case CAMERA_SERIAL -> "carries the camera's serial number";
            case PERSON_IN_IMAGE -> item.count() == 1 ? "names a person shown in it"
                    : "names " + item.count() + " people shown in it";
            case FACE_REGION -> item.count() == 1 ? "labels a face in it with a name"
                    : "labels " + item.count() + " faces in it with names";
            case DATE_TAKEN -> "records when it was taken";
            case THUMBNAIL -> "carries an embedded preview image, which may still show anything cropped or blurred";
            case UNREADABLE -> "could not be checked";
        };
        Finding.Builder b = base.kind(item.kind())
                .severity(severity)
                .excerpt(item.excerpt())
                .message(label + " " + what + " (" + item.field() + ").")
                .suggestion(STRIP);
        if (item.kind() == MetadataKind.COPYRIGHT) {
            b.clauses("PH-8", "CO-4");
        } else {
            b.clauses("PH-8");
        }
        return b;
    }

    /** A REVIEW finding saying the file could not be scanned, and why. */
    static Finding.Builder unreadable(Finding.Builder base, String label, String why) {
        return base.kind(MetadataKind.UNREADABLE)
                .clauses("PH-8")
                .severity(base.effectiveSeverity().atMost(Severity.REVIEW))
                .message(label + " could not be checked for embedded metadata: " + why + ".")
                .suggestion("Check the path, or strip the file's metadata before sharing it.");
    }
}
