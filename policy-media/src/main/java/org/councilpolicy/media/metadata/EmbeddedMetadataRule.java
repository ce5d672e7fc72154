package org.councilpolicy.media.metadata;

import org.councilpolicy.core.rule.RuleExample;
import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.councilpolicy.content.draft.Draft;
import org.councilpolicy.content.draft.MediaRef;
import org.councilpolicy.core.profile.Profile;
import org.councilpolicy.core.rule.Category;
import org.councilpolicy.core.rule.BaseRule;
import org.councilpolicy.core.rule.Check;
import org.councilpolicy.core.rule.RuleContext;
import org.councilpolicy.core.rule.RuleInfo;
import org.councilpolicy.core.rule.RuleSettings;
import org.councilpolicy.core.rule.Severity;

/**
 * {@code media.embedded-metadata} (PH-8): scans every image attached to a draft for metadata that reveals
 * where, when and by whom it was taken and who is in it. Paths are resolved against the current directory.
 * A file that is missing, remote or unreadable gives a REVIEW finding saying so.
 */
public final class EmbeddedMetadataRule extends BaseRule<Draft> {

    static final RuleInfo INFO = RuleInfo.builder("media.embedded-metadata")
            .title("Embedded photo metadata")
            .category(Category.MEDIA)
            .severity(Severity.BLOCK)
            .clauses("PH-8", "CO-4")
            .rationale("A photo file can carry the GPS position where it was taken, the photographer's and camera "
                    + "owner's names and the names of people in it; sharing it as it is shares them too.")
            .fires("A draft with media photos/park.jpg whose EXIF holds GPS 50.37N 4.14W and Artist \"Jane Example\".")
            .passes("The same draft with the copy written by strip-metadata.")
            .build();

    private final MetadataScanner scanner = new MetadataScanner();

    /** For the service loader. */
    public EmbeddedMetadataRule() {
        super(INFO, Draft.class);
    }

    /** {@return the rule's metadata: the id its findings carry, also when PhotoClearance runs it} */
    public static RuleInfo rule() {
        return INFO;
    }

    @Override
    public Check<Draft> prepare(Profile profile, RuleSettings settings) {
        return this::check;
    }

    private void check(Draft draft, RuleContext ctx) {
        List<MediaRef> media = draft.media();
        for (int i = 0; i < media.size(); i++) {
            String path = media.get(i).path();
            String label = "Attachment " + (i + 1) + " (" + path + ")";
            String lower = path.toLowerCase(Locale.ROOT);
            if (lower.startsWith("http://") || lower.startsWith("https://")) {
                ctx.report(MetadataFindings.unreadable(ctx.finding(), label,
                        "it is a web address, and files are not fetched; check the file itself"));
                continue;
            }
            List<MetadataItem> items;
            try {
                items = scanner.read(Path.of(path));
            } catch (NoSuchFileException | InvalidPathException e) {
                ctx.report(MetadataFindings.unreadable(ctx.finding(), label, "no such file"));
                continue;
            } catch (IOException e) {
                ctx.report(MetadataFindings.unreadable(ctx.finding(), label, MetadataScanner.reason(e)));
                continue;
            }
            for (MetadataItem item : items) {
                ctx.report(MetadataFindings.finding(ctx.finding(), item, label));
            }
        }
    }

    @Override
    public List<RuleExample<Draft>> examples() {
        // A file that cannot be checked is reported for review (the rule never clears what it could not read).
        return List.of(RuleExample.fires(Draft.builder("Our new park.").media(new MediaRef("photos/missing-park.jpg",
                        "The new park")).build()),
                RuleExample.passes(Draft.of("Our new park opens on Saturday.")));
    }
}
