package org.councilpolicy.media.metadata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.councilpolicy.media.testimages.TestImages.*;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MetadataStripperTest {

    private final MetadataStripper stripper = MetadataStripper.removingAll();
    private final MetadataScanner scanner = new MetadataScanner();

    private static byte[] iccApp2() {
        return segment(0xE2, concat("ICC_PROFILE\0".getBytes(StandardCharsets.ISO_8859_1), new byte[] {1, 1},
                new byte[128]));
    }

    private static byte[] adobeApp14() {
        return segment(0xEE, concat("Adobe".getBytes(StandardCharsets.ISO_8859_1), new byte[] {0, 100, 0, 0, 0, 0, 1}));
    }

    private static byte[] camera(byte[] plain) {
        return insertSegments(plain, exifApp1(cameraTiff(52.0594, 1.1556)), xmpApp1(peopleXmp()),
                iptcApp13(ARTIST, "Ipswich"), iccApp2(), comment("Taken by " + ARTIST));
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void jpegLosesAllMetadataAndKeepsPixelsAndEntropyDataExactly(boolean progressive) throws IOException {
        byte[] plain = jpeg(noise(160, 120, 7), 0.92f, progressive);
        byte[] original = concat(camera(plain), "trailing motion-photo video".getBytes(StandardCharsets.US_ASCII));
        assertThat(scanner.read(new ByteArrayInputStream(original))).isNotEmpty();

        byte[] clean = stripper.strip(original);

        // (a) every pixel equal
        assertThat(samePixels(decode(original), decode(clean))).isTrue();
        // (b) nothing revealing left
        assertThat(scanner.read(new ByteArrayInputStream(clean))).isEmpty();
        assertThat(new String(clean, StandardCharsets.ISO_8859_1)).doesNotContain("Jane", "Exif", "ICC_PROFILE",
                "Photoshop", "xap/1.0", "motion-photo");
        // (c) entropy-coded data byte for byte
        List<byte[]> before = entropyData(original);
        List<byte[]> after = entropyData(clean);
        assertThat(after).hasSameSizeAs(before);
        if (progressive) {
            assertThat(after.size()).isGreaterThan(1);
        }
        for (int i = 0; i < before.size(); i++) {
            assertThat(after.get(i)).isEqualTo(before.get(i));
        }
        // Nothing but the metadata is gone: the clean copy is exactly the ImageIO original.
        assertThat(clean).isEqualTo(plain);
    }

    @Test
    void reportsWhatItRemoved() throws IOException {
        byte[] original = concat(camera(jpeg(noise(32, 32, 3), 0.8f, false)), new byte[] {1, 2, 3});
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        StripResult r = stripper.strip(original, out);
        assertThat(r.format()).isEqualTo(ImageFormat.JPEG);
        assertThat(r.removed()).containsExactly("APP1 (Exif)", "APP1 (http://ns.adobe.com/xap/1.0/)",
                "APP13 (Photoshop 3.0)", "APP2 (ICC_PROFILE)", "COM", "data after the end of the image (3 bytes)");
        assertThat(r.inputBytes()).isEqualTo(original.length);
        assertThat(r.outputBytes()).isEqualTo(out.size());
    }

    @Test
    void keepsAdobeColourTransformAndOptionallyTheIccProfile() throws IOException {
        byte[] plain = jpeg(noise(32, 32, 4), 0.8f, false);
        byte[] original = insertSegments(plain, adobeApp14(), iccApp2(), exifApp1(cameraTiff(1, 1)));
        byte[] all = stripper.strip(original);
        assertThat(all).isEqualTo(insertSegments(plain, adobeApp14()));
        byte[] keepIcc = MetadataStripper.keepingColourProfile().strip(original);
        assertThat(keepIcc).isEqualTo(insertSegments(plain, adobeApp14(), iccApp2()));
    }

    @Test
    void jfifThumbnailIsDroppedButDensityKept() throws IOException {
        byte[] plain = jpeg(noise(32, 32, 5), 0.8f, false);
        int app0End = 4 + (((plain[4] & 0xFF) << 8) | (plain[5] & 0xFF));
        // A JFIF APP0 with a 2x1 RGB thumbnail in place of ImageIO's plain one.
        byte[] jfifWithThumb = segment(0xE0, concat(java.util.Arrays.copyOfRange(plain, 4 + 2, 4 + 2 + 12),
                new byte[] {2, 1}, new byte[6]));
        byte[] original = concat(new byte[] {(byte) 0xFF, (byte) 0xD8}, jfifWithThumb,
                java.util.Arrays.copyOfRange(plain, app0End, plain.length));
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        StripResult r = stripper.strip(original, out);
        assertThat(r.removed()).containsExactly("APP0 (JFIF thumbnail)");
        assertThat(out.toByteArray()).isEqualTo(plain);
    }

    @Test
    void pngLosesTextXmpExifAndTimeChunksAndKeepsImageDataExactly() throws IOException {
        byte[] plain = png(noise(64, 40, 8));
        byte[] original = concat(insertChunks(plain, text("Author", ARTIST), itext("XML:com.adobe.xmp", peopleXmp()),
                chunk("eXIf", cameraTiff(50.37, -4.14)), time(), chunk("gAMA", new byte[] {0, 0, (byte) 0xB1, (byte) 0x8F})),
                "junk".getBytes(StandardCharsets.US_ASCII));
        assertThat(scanner.read(new ByteArrayInputStream(original))).isNotEmpty();

        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        StripResult r = stripper.strip(original, out);
        byte[] clean = out.toByteArray();

        assertThat(r.format()).isEqualTo(ImageFormat.PNG);
        assertThat(r.removed()).containsExactly("tEXt", "iTXt", "eXIf", "tIME", "data after the end of the image (4 bytes)");
        assertThat(samePixels(decode(original), decode(clean))).isTrue();
        assertThat(scanner.read(new ByteArrayInputStream(clean))).isEmpty();
        assertThat(chunkData(clean, "IDAT")).isEqualTo(chunkData(original, "IDAT"));
        assertThat(chunkTypes(clean)).contains("IHDR", "gAMA", "IDAT", "IEND").doesNotContain("tEXt", "iTXt", "eXIf", "tIME");
    }

    @Test
    void pngWithPaletteAndTransparencyKeepsThem() throws IOException {
        BufferedImage indexed = new BufferedImage(20, 10, BufferedImage.TYPE_BYTE_INDEXED);
        indexed.getGraphics().drawImage(noise(20, 10, 9), 0, 0, null);
        byte[] plain = png(indexed);
        byte[] original = insertChunks(plain, text("Copyright", COPYRIGHT));
        byte[] clean = stripper.strip(original);
        assertThat(clean).isEqualTo(plain);
        assertThat(samePixels(decode(original), decode(clean))).isTrue();
    }

    @Test
    void refusesOtherFormatsNamingThem() {
        byte[] gif = write(noise(8, 8, 1), "gif");
        assertThatThrownBy(() -> stripper.strip(gif)).isInstanceOf(UnreadableImageException.class)
                .hasMessageContaining("only JPEG and PNG").hasMessageContaining("GIF");
        assertThatThrownBy(() -> stripper.strip(new byte[0])).isInstanceOf(UnreadableImageException.class)
                .hasMessageContaining("empty");
    }

    @Test
    void refusesADamagedPngAndWritesNothing(@TempDir Path dir) throws IOException {
        byte[] original = insertChunks(png(noise(16, 16, 2)), text("Author", ARTIST));
        original[8 + 12 + 13 + 8 + 2] ^= 0x20; // flip a bit inside the tEXt data: its CRC no longer matches
        Path in = dir.resolve("in.png");
        Path out = dir.resolve("out.png");
        Files.write(in, original);
        assertThatThrownBy(() -> stripper.strip(in, out)).isInstanceOf(UnreadableImageException.class)
                .hasMessageContaining("CRC");
        assertThat(out).doesNotExist();
    }

    @Test
    void refusesATruncatedJpegHeader() {
        byte[] plain = jpeg(noise(16, 16, 2), 0.8f, false);
        byte[] cut = java.util.Arrays.copyOf(plain, 30);
        assertThatThrownBy(() -> stripper.strip(cut)).isInstanceOf(UnreadableImageException.class);
    }

    @Test
    void stripsAFileInPlaceWhenOutIsTheSamePath(@TempDir Path dir) throws IOException {
        byte[] plain = jpeg(noise(40, 30, 6), 0.85f, false);
        Path file = dir.resolve("photo.jpg");
        Files.write(file, camera(plain));
        StripResult r = stripper.strip(file, file);
        assertThat(Files.readAllBytes(file)).isEqualTo(plain);
        assertThat(r.outputBytes()).isEqualTo(plain.length);
    }
}
