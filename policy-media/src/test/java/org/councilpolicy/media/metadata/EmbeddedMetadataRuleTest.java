package org.councilpolicy.media.metadata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilpolicy.media.testimages.TestImages.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.councilpolicy.content.draft.Draft;
import org.councilpolicy.content.draft.MediaRef;
import org.councilpolicy.core.engine.Engine;
import org.councilpolicy.core.engine.Report;
import org.councilpolicy.core.engine.Verdict;
import org.councilpolicy.core.profile.Profile;
import org.councilpolicy.core.profile.RuleOverride;
import org.councilpolicy.core.rule.Finding;
import org.councilpolicy.core.rule.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedMetadataRuleTest {

    private static final Engine ENGINE = Engine.builder().profile(Profile.builder("t").build()).build();

    @TempDir
    Path dir;

    private Report check(String path) {
        return ENGINE.check(Draft.builder("Our new park opens on Saturday.")
                .media(new MediaRef(path, "Children's play area at the new park")).build());
    }

    @Test
    void firesOnGpsAndNamesInAnAttachedPhoto() throws IOException {
        Path photo = Files.write(dir.resolve("park.jpg"), insertSegments(jpeg(noise(40, 30, 1), 0.9f, false),
                exifApp1(cameraTiff(50.37, -4.14)), xmpApp1(peopleXmp())));
        Report report = check(photo.toString());
        List<Finding> findings = report.findings("media.embedded-metadata");
        assertThat(findings).extracting(Finding::kindName).contains("GPS_POSITION", "ARTIST", "OWNER", "PERSON_IN_IMAGE",
                "FACE_REGION", "DATE_TAKEN", "CAMERA_SERIAL", "COPYRIGHT");
        assertThat(findings).allSatisfy(f -> assertThat(f.message()).startsWith("Attachment 1 ("));
        assertThat(report.verdict()).isEqualTo(Verdict.BLOCK);
    }

    @Test
    void passesOnTheStrippedCopy() throws IOException {
        Path photo = Files.write(dir.resolve("park.jpg"), insertSegments(jpeg(noise(40, 30, 1), 0.9f, false),
                exifApp1(cameraTiff(50.37, -4.14))));
        Path clean = dir.resolve("park-clean.jpg");
        MetadataStripper.removingAll().strip(photo, clean);
        assertThat(check(clean.toString()).findings("media.embedded-metadata")).isEmpty();
    }

    @Test
    void missingRemoteAndNonImageFilesAreReviewFindings() throws IOException {
        Path text = Files.writeString(dir.resolve("agenda.png"), "not a picture");
        for (String path : List.of(dir.resolve("missing.jpg").toString(), "https://example.org/p.jpg", text.toString(),
                "bad\u0000path.jpg")) {
            assertThat(check(path).findings("media.embedded-metadata")).as(path).singleElement().satisfies(f -> {
                assertThat(f.kindName()).isEqualTo("UNREADABLE");
                assertThat(f.severity()).isEqualTo(Severity.REVIEW);
            });
        }
    }

    @Test
    void relativePathsResolveAgainstTheCurrentDirectory() throws IOException {
        Path cwd = Path.of("").toAbsolutePath();
        Path photo = Files.createTempFile(cwd.resolve("target"), "rel", ".jpg");
        try {
            Files.write(photo, insertSegments(jpeg(noise(20, 20, 2), 0.9f, false), exifApp1(cameraTiff(52, 1))));
            String relative = cwd.relativize(photo).toString();
            assertThat(check(relative).findings("media.embedded-metadata")).extracting(Finding::kindName)
                    .contains("GPS_POSITION");
        } finally {
            Files.deleteIfExists(photo);
        }
    }

    @Test
    void aProfileCanLowerTheRulesSeverity() throws IOException {
        Path photo = Files.write(dir.resolve("p.jpg"), insertSegments(jpeg(noise(20, 20, 3), 0.9f, false),
                exifApp1(cameraTiff(52, 1))));
        Engine lenient = Engine.builder().profile(Profile.builder("t")
                .rule("media.embedded-metadata", new RuleOverride(null, Severity.ADVICE, "test", java.util.Map.of())).build()).build();
        Report r = lenient.check(Draft.builder("x").media(new MediaRef(photo.toString(), "A street")).build());
        assertThat(r.findings("media.embedded-metadata")).isNotEmpty()
                .allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.ADVICE));
    }
}
