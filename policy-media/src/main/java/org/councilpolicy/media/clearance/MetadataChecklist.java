package org.councilpolicy.media.clearance;

import java.util.List;
import java.util.stream.Collectors;
import org.councilpolicy.core.rule.Category;
import org.councilpolicy.core.rule.Finding;
import org.councilpolicy.core.rule.Procedure;
import org.councilpolicy.core.rule.RuleInfo;
import org.councilpolicy.core.rule.Severity;

/**
 * {@code photo.metadata}: a declared image file whose embedded metadata reveals where, when or by whom it
 * was taken, or who is in it, NEEDS_EDIT: strip it (PH-8). A declared file that cannot be read (missing, damaged,
 * not an image) ESCALATEs: the checklist never clears what it could not see.
 */
public final class MetadataChecklist implements Procedure {

    static final RuleInfo INFO = RuleInfo.builder("photo.metadata")
            .title("Photo file metadata")
            .category(Category.MEDIA)
            .severity(Severity.REVIEW)
            .clauses("PH-8")
            .rationale("Embedded metadata (GPS position, device owner, people named) can reveal where and by whom a "
                    + "photo was taken; the clean copy from strip-metadata has the same pixels and none of it.")
            .fires("A declaration whose image carries EXIF GPS coordinates.")
            .passes("The same declaration with the stripped copy.")
            .build();

    /** For the service loader. */
    public MetadataChecklist() {
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }

    static void evaluate(List<Finding> findings, Assessment a) {
        if (findings.stream().anyMatch(f -> !PhotoClearance.revealing(f))) {
            a.add(ActionCode.CHECK_IMAGE_FILE, ClearanceOutcome.ESCALATE, "The declared image file could not be read, so its "
                    + "content and metadata are unknown: check the file, or declare a readable copy.", "PH-8");
        }
        List<String> kinds = findings.stream().filter(PhotoClearance::revealing).map(Finding::kindName).distinct()
                .collect(Collectors.toList());
        if (!kinds.isEmpty()) {
            a.add(ActionCode.REMOVE_METADATA, ClearanceOutcome.NEEDS_EDIT, "The image file carries metadata ("
                    + String.join(", ", kinds).toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                    + "): share a copy made by strip-metadata, which keeps the pixels and drops the rest.", "PH-8");
        }
    }
}
