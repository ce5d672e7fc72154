package org.councilpolicy.media.metadata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.councilpolicy.media.testimages.TestImages.*;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.councilpolicy.content.draft.Draft;
import org.councilpolicy.content.draft.MediaRef;
import org.councilpolicy.core.engine.Engine;
import org.councilpolicy.core.engine.RuleRegistry;
import org.councilpolicy.core.rule.Category;
import org.councilpolicy.core.rule.Finding;
import org.councilpolicy.core.rule.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MetadataScannerTest {

    private final MetadataScanner scanner = new MetadataScanner();
    private static final byte[] PLAIN = jpeg(noise(64, 48, 1), 0.9f, false);

    /** The rule's findings come from the engine, at the profile's severities. */
    private static final Engine ENGINE = Engine.builder()
            .profile(RuleRegistry.discover().profileLoader().builtIn("uk-council"))
            .registry(RuleRegistry.of(List.of(new EmbeddedMetadataRule()))).build();

    @TempDir
    Path tmp;

    private static List<Finding> scan(Path file) {
        return ENGINE.check(Draft.builder("").media(new MediaRef(file.toString(), null)).build()).findings();
    }

    private List<Finding> scan(byte[] bytes) throws IOException {
        Path file = Files.createTempFile(tmp, "img", ".bin");
        Files.write(file, bytes);
        return scan(file);
    }

    private List<MetadataItem> read(byte[] bytes) throws IOException {
        return scanner.read(new ByteArrayInputStream(bytes));
    }

    private static Map<MetadataKind, List<MetadataItem>> byKind(List<MetadataItem> items) {
        return items.stream().collect(Collectors.groupingBy(MetadataItem::kind));
    }

    @Test
    void aPlainImageIoJpegCarriesNothingRevealing() throws IOException {
        assertThat(read(PLAIN)).isEmpty();
        assertThat(scan(PLAIN)).isEmpty();
    }

    @Test
    void exifGpsNamesSerialAndDateAreFoundAndMasked() throws IOException {
        byte[] img = insertSegments(PLAIN, exifApp1(cameraTiff(52.0594, 1.1556)));
        Map<MetadataKind, List<MetadataItem>> found = byKind(read(img));

        assertThat(found).containsOnlyKeys(MetadataKind.GPS_POSITION, MetadataKind.ARTIST, MetadataKind.COPYRIGHT,
                MetadataKind.OWNER, MetadataKind.CAMERA_SERIAL, MetadataKind.DATE_TAKEN);
        assertThat(found.get(MetadataKind.GPS_POSITION).get(0).excerpt()).isEqualTo("\u224852\u00b0N 1\u00b0E");
        assertThat(found.get(MetadataKind.ARTIST).get(0).excerpt()).isEqualTo("J\u2022\u2022\u2022 E\u2022\u2022\u2022");
        assertThat(found.get(MetadataKind.ARTIST).get(0).field()).isEqualTo("EXIF Artist");
        assertThat(found.get(MetadataKind.OWNER).get(0).excerpt()).isEqualTo("S\u2022\u2022\u2022 S\u2022\u2022\u2022");
        assertThat(found.get(MetadataKind.DATE_TAKEN).get(0).excerpt()).isEqualTo("2026");
        assertThat(found.get(MetadataKind.CAMERA_SERIAL).get(0).excerpt()).doesNotContain("4711230815");
    }

    @Test
    void southernAndWesternHemispheresKeepTheirSign() throws IOException {
        byte[] img = insertSegments(PLAIN, exifApp1(cameraTiff(-33.9, -70.6)));
        assertThat(byKind(read(img)).get(MetadataKind.GPS_POSITION).get(0).excerpt()).isEqualTo("\u224834\u00b0S 71\u00b0W");
    }

    @Test
    void xmpPeopleFaceRegionsCreatorAndGpsAreFound() throws IOException {
        byte[] img = insertSegments(PLAIN, xmpApp1(peopleXmp()));
        Map<MetadataKind, List<MetadataItem>> found = byKind(read(img));

        MetadataItem people = found.get(MetadataKind.PERSON_IN_IMAGE).get(0);
        assertThat(people.count()).isEqualTo(2);
        assertThat(people.field()).isEqualTo("XMP Iptc4xmpExt:PersonInImage");
        assertThat(people.excerpt()).isEqualTo("A\u2022\u2022\u2022 T\u2022\u2022\u2022, R\u2022\u2022\u2022 F\u2022\u2022\u2022");
        assertThat(found.get(MetadataKind.FACE_REGION)).extracting(MetadataItem::field)
                .containsExactlyInAnyOrder("XMP mwg-rs:Name", "XMP MPReg:PersonDisplayName");
        assertThat(found.get(MetadataKind.ARTIST)).extracting(MetadataItem::field).containsExactly("XMP dc:creator");
        assertThat(found.get(MetadataKind.GPS_POSITION).get(0).excerpt()).isEqualTo("\u224852\u00b0N 1\u00b0E");
    }

    @Test
    void iptcByLineAndCityAreFound() throws IOException {
        byte[] img = insertSegments(PLAIN, iptcApp13(ARTIST, "Ipswich"));
        Map<MetadataKind, List<MetadataItem>> found = byKind(read(img));
        assertThat(found.get(MetadataKind.ARTIST).get(0).field()).isEqualTo("IPTC By-line");
        assertThat(found.get(MetadataKind.LOCATION).get(0).excerpt()).isEqualTo("I\u2022\u2022\u2022");
    }

    @Test
    void pngTextXmpAndExifChunksAreFound() throws IOException {
        byte[] png = insertChunks(png(noise(32, 32, 2)), text("Author", ARTIST),
                itext("XML:com.adobe.xmp", peopleXmp()), chunk("eXIf", cameraTiff(50.37, -4.14)), time());
        Map<MetadataKind, List<MetadataItem>> found = byKind(read(png));
        assertThat(found).containsKeys(MetadataKind.ARTIST, MetadataKind.PERSON_IN_IMAGE, MetadataKind.FACE_REGION,
                MetadataKind.GPS_POSITION, MetadataKind.OWNER, MetadataKind.CAMERA_SERIAL);
        assertThat(found.get(MetadataKind.ARTIST)).extracting(MetadataItem::field).contains("PNG text Author");
        assertThat(found.get(MetadataKind.GPS_POSITION)).extracting(MetadataItem::excerpt).contains("\u224850\u00b0N 4\u00b0W");
    }

    @Test
    void findingsAreMediaFindingsCitingPh8WithSeverityByKind() throws IOException {
        byte[] img = insertSegments(PLAIN, exifApp1(cameraTiff(52.06, 1.16)), xmpApp1(peopleXmp()));
        List<Finding> findings = scan(img);
        assertThat(findings).isNotEmpty().allSatisfy(f -> {
            assertThat(f.rule()).isEqualTo("media.embedded-metadata");
            assertThat(f.category()).isEqualTo(Category.MEDIA);
            assertThat(f.clauses()).contains("PH-8");
            assertThat(f.span()).isNull();
            assertThat(f.suggestion()).contains("strip-metadata");
            assertThat(f.excerpt() + f.message()).doesNotContain("Jane", "Example", "Sam", "Alex", "Robin",
                    "52.06", "4711230815");
        });
        Map<String, Severity> severity = findings.stream()
                .collect(Collectors.toMap(Finding::kindName, Finding::severity, (a, b) -> a));
        assertThat(severity).containsEntry("GPS_POSITION", Severity.BLOCK).containsEntry("PERSON_IN_IMAGE", Severity.BLOCK)
                .containsEntry("FACE_REGION", Severity.BLOCK).containsEntry("ARTIST", Severity.REVIEW)
                .containsEntry("DATE_TAKEN", Severity.ADVICE).containsEntry("CAMERA_SERIAL", Severity.ADVICE);
        assertThat(findings).filteredOn(f -> f.kindName().equals("COPYRIGHT")).singleElement()
                .satisfies(f -> assertThat(f.clauses()).containsExactly("PH-8", "CO-4"));
    }

    @Test
    void aFileThatIsNotAnImageGivesOneReviewFindingNotAnException(@TempDir Path dir) throws IOException {
        Path notImage = dir.resolve("notes.jpg");
        Files.writeString(notImage, "Meeting notes, not a photo.");
        List<Finding> findings = scan(notImage);
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.kindName()).isEqualTo("UNREADABLE");
            assertThat(f.severity()).isEqualTo(Severity.REVIEW);
            assertThat(f.message()).contains("could not be checked");
        });
        assertThatThrownBy(() -> scanner.read(notImage)).isInstanceOf(UnreadableImageException.class);
    }

    @Test
    void aMissingFileGivesOneReviewFinding(@TempDir Path dir) {
        Path missing = dir.resolve("nope.jpg");
        assertThat(scan(missing)).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("no such file"));
        assertThatThrownBy(() -> scanner.read(missing)).isInstanceOf(NoSuchFileException.class);
    }

    @Test
    void aTruncatedExifSegmentDoesNotCrash() throws IOException {
        byte[] exif = exifApp1(cameraTiff(52, 1));
        byte[] broken = exif.clone();
        // Point IFD0 far past the end of the segment.
        broken[4 + 6 + 4] = 0x7F;
        byte[] img = insertSegments(PLAIN, broken);
        assertThat(scan(img)).allSatisfy(f -> assertThat(f.rule())
                .isEqualTo("media.embedded-metadata"));
    }

    @Test
    void xmpCoordinatesParse() {
        assertThat(MetadataScanner.xmpCoordinate("52,3.5N")).isCloseTo(52.0583, org.assertj.core.data.Offset.offset(1e-3));
        assertThat(MetadataScanner.xmpCoordinate("4,8,24W")).isCloseTo(-4.14, org.assertj.core.data.Offset.offset(1e-3));
        assertThat(MetadataScanner.xmpCoordinate("rubbish")).isNaN();
    }

    @Test
    void yearOnlyFromDates() {
        assertThat(MetadataScanner.year("2026:01:10 09:31:00")).isEqualTo("2026");
        assertThat(MetadataScanner.year("20260110")).isEqualTo("\u2022\u2022\u2022");
    }
}
