package org.councilpolicy.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StripMetadataCommandTest {

    @TempDir
    Path dir;

    @Test
    void writesACleanCopyAndSummarisesWhatWasRemoved() throws IOException {
        byte[] original = PhotoCommandTest.jpegNamingSomeone();
        Path in = Files.write(dir.resolve("in.jpg"), original);
        Path out = dir.resolve("out.jpg");
        PhotoCommandTest.Run r = PhotoCommandTest.run("strip-metadata", in.toString(), out.toString());
        assertThat(r.code()).isZero();
        JsonNode summary = r.lines().get(0);
        assertThat(summary.get("image").asText()).isEqualTo(in.toString());
        assertThat(summary.get("out").asText()).isEqualTo(out.toString());
        assertThat(summary.get("format").asText()).isEqualTo("JPEG");
        assertThat(summary.get("removed").get(0).asText()).isEqualTo("APP1 (http://ns.adobe.com/xap/1.0/)");
        BufferedImage a = ImageIO.read(new ByteArrayInputStream(original));
        BufferedImage b = ImageIO.read(out.toFile());
        assertThat(b.getRGB(0, 0, 16, 16, null, 0, 16)).isEqualTo(a.getRGB(0, 0, 16, 16, null, 0, 16));
        assertThat(new String(Files.readAllBytes(out), java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain("Testperson");
    }

    @Test
    void anUnsupportedFormatIsAClearErrorWithExitTwo() throws IOException {
        ByteArrayOutputStream gif = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "gif", gif);
        Path in = Files.write(dir.resolve("a.gif"), gif.toByteArray());
        Path out = dir.resolve("b.gif");
        PhotoCommandTest.Run r = PhotoCommandTest.run("strip-metadata", in.toString(), out.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("only JPEG and PNG").contains("GIF");
        assertThat(r.lines()).isEmpty();
        assertThat(out).doesNotExist();
    }

    @Test
    void aMissingFileIsAnError() throws IOException {
        PhotoCommandTest.Run r = PhotoCommandTest.run("strip-metadata", dir.resolve("none.jpg").toString(),
                dir.resolve("o.jpg").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("no such file");
    }

    @Test
    void bothArgumentsAreRequired() throws IOException {
        assertThat(PhotoCommandTest.run("strip-metadata", "only-one.jpg").code()).isEqualTo(2);
    }
}
