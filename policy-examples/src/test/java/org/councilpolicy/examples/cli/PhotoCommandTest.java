package org.councilpolicy.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PhotoCommandTest {

    @TempDir
    Path dir;

    record Run(int code, List<JsonNode> lines, String err) {
    }

    static Run run(String... args) throws IOException {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = PolicyKit.execute(args, new PrintWriter(out), new PrintWriter(err));
        List<JsonNode> lines = new ArrayList<>();
        for (String l : out.toString().split("\n")) {
            if (!l.isBlank()) {
                lines.add(JsonLines.MAPPER.readTree(l));
            }
        }
        return new Run(code, lines, err.toString());
    }

    /** A JPEG with an XMP packet naming a person in it. */
    static byte[] jpegNamingSomeone() throws IOException {
        BufferedImage img = new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB);
        img.setRGB(3, 3, 0xFF8800);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(img, "jpeg", bytes);
        byte[] plain = bytes.toByteArray();
        String xmp = "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
                + "<rdf:Description rdf:about=\"\" xmlns:Iptc4xmpExt=\"http://iptc.org/std/Iptc4xmpExt/2008-02-29/\">"
                + "<Iptc4xmpExt:PersonInImage><rdf:Bag><rdf:li>Alex Testperson</rdf:li></rdf:Bag></Iptc4xmpExt:PersonInImage>"
                + "</rdf:Description></rdf:RDF></x:xmpmeta>";
        byte[] payload = ("http://ns.adobe.com/xap/1.0/\0" + xmp).getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(plain, 0, 2);
        out.write(0xFF);
        out.write(0xE1);
        out.write((payload.length + 2) >> 8);
        out.write((payload.length + 2) & 0xFF);
        out.writeBytes(payload);
        out.write(plain, 2, plain.length - 2);
        return out.toByteArray();
    }

    private Path input(String... lines) throws IOException {
        return Files.writeString(dir.resolve("in.jsonl"), String.join("\n", lines) + "\n");
    }

    @Test
    void decidesEachLineInOrderAndExitsOneWhenAnyIsNotCleared() throws IOException {
        String recent = LocalDate.now().minusDays(10).toString();
        Path in = input(
                "{\"id\":\"p1\",\"context\":\"SCHOOL\",\"subjects\":[{\"ageBand\":\"CHILD\",\"age\":7,\"recognisable\":true}],"
                        + "\"source\":{\"kind\":\"OWN\",\"licence\":null}}",
                "{\"id\":\"p2\",\"context\":\"SCHOOL\",\"subjects\":[{\"ageBand\":\"CHILD\",\"age\":7,\"recognisable\":true,"
                        + "\"consent\":{\"kind\":\"PARENTAL_WRITTEN\",\"reference\":\"F-123\",\"given\":\"" + recent + "\"}}],"
                        + "\"source\":{\"kind\":\"OWN\"}}",
                "{\"id\":\"p3\",\"context\":\"INCIDENT\",\"incident\":{\"officerInChargePermission\":true,\"stillAtScene\":false,"
                        + "\"publicBenefit\":false,\"postedBy\":\"SOCIAL_MEDIA_ADMIN\"},\"visible\":[\"NUMBER_PLATE\",\"HOUSE_NUMBER\"],"
                        + "\"source\":{\"kind\":\"OWN\"},\"unsure\":false}");
        Run r = run("photo", in.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.lines()).extracting(l -> l.get("id").asText()).containsExactly("p1", "p2", "p3");
        assertThat(r.lines()).extracting(l -> l.get("decision").asText())
                .containsExactly("NOT_CLEARED", "CLEARED", "NEEDS_EDIT");
        JsonNode action = r.lines().get(0).get("actions").get(0);
        assertThat(action.get("code").asText()).isEqualTo("OBTAIN_PARENTAL_CONSENT");
        assertThat(action.get("clauses").get(0).asText()).isEqualTo("PH-1");
        assertThat(action.get("message").asText()).isNotBlank();
        assertThat(r.lines().get(2).get("actions").findValuesAsText("code"))
                .containsExactly("BLUR_HOUSE_NUMBER", "BLUR_NUMBER_PLATE");
        assertThat(r.lines().get(1).get("findings")).isEmpty();
    }

    @Test
    void exitsOneForNeedsEditWithABlockFindingAndReportsImageMetadata() throws IOException {
        Path image = Files.write(dir.resolve("p.jpg"), jpegNamingSomeone());
        Path in = input("{\"id\":\"p1\",\"context\":\"GENERAL\",\"image\":\"" + image + "\",\"source\":{\"kind\":\"OWN\"}}");
        Run r = run("photo", "--profile", "suffolk-fire-rescue", in.toString());
        // Issue 17 item 6: a person named in the file is a BLOCK finding, so the line fails although it only NEEDS_EDIT.
        assertThat(r.code()).isEqualTo(1);
        JsonNode line = r.lines().get(0);
        assertThat(line.get("decision").asText()).isEqualTo("NEEDS_EDIT");
        assertThat(line.get("actions").get(0).get("code").asText()).isEqualTo("REMOVE_METADATA");
        JsonNode finding = line.get("findings").get(0);
        assertThat(finding.get("rule").asText()).isEqualTo("media.embedded-metadata");
        assertThat(finding.get("category").asText()).isEqualTo("MEDIA");
        assertThat(finding.get("kind").asText()).isEqualTo("PERSON_IN_IMAGE");
        assertThat(finding.get("excerpt").asText()).isEqualTo("A\u2022\u2022\u2022 T\u2022\u2022\u2022");
        assertThat(line.toString()).doesNotContain("Testperson");
    }

    @Test
    void neverClearsAnImageItCouldNotRead() throws IOException {
        Path notAnImage = Files.writeString(dir.resolve("notes.jpg"), "not an image");
        Path in = input("{\"id\":\"p1\",\"context\":\"GENERAL\",\"image\":\"" + dir.resolve("missing.jpg")
                        + "\",\"source\":{\"kind\":\"OWN\"}}",
                "{\"id\":\"p2\",\"context\":\"GENERAL\",\"image\":\"" + notAnImage + "\",\"source\":{\"kind\":\"OWN\"}}",
                "{\"id\":\"p3\",\"context\":\"GENERAL\",\"source\":{\"kind\":\"OWN\"}}");
        Run r = run("photo", in.toString());
        assertThat(r.lines()).extracting(l -> l.get("decision").asText()).containsExactly("ESCALATE", "ESCALATE", "CLEARED");
        assertThat(r.lines().get(0).get("actions").findValuesAsText("code")).contains("CHECK_IMAGE_FILE");
        assertThat(r.code()).isEqualTo(1);
    }

    @Test
    void badLinesGetAnErrorLineNamingTheFieldAndExitTwo() throws IOException {
        Path in = input(
                "{\"id\":\"a\",\"context\":\"BEACH\"}",
                "{\"id\":\"b\",\"subjects\":[{\"age\":\"seven\"}]}",
                "{\"id\":\"c\",\"subjects\":[{\"consent\":{\"kind\":\"PARENTAL_WRITTEN\",\"given\":\"2026-02-01\",\"expires\":\"2026-01-01\"}}]}",
                "{\"id\":\"d\",\"visible\":[\"NUMBER_PLATE\",\"FACE\"]}",
                "not json",
                "{\"id\":\"e\",\"context\":\"GENERAL\",\"source\":{\"kind\":\"OWN\"}}");
        Run r = run("photo", in.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.lines()).hasSize(6);
        assertThat(r.lines().get(0).get("error").asText()).contains("line 1").contains("context");
        assertThat(r.lines().get(1).get("error").asText()).contains("subjects[0].age");
        assertThat(r.lines().get(2).get("error").asText()).contains("subjects[0].consent.expires");
        assertThat(r.lines().get(3).get("error").asText()).contains("visible[1]");
        assertThat(r.lines().get(4).get("error").asText()).contains("line 5");
        assertThat(r.lines().get(5).get("decision").asText()).isEqualTo("CLEARED");
        assertThat(r.err()).contains("line 2").contains("subjects[0].age");
    }

    @Test
    void anUnknownProfileIsAUsageError() throws IOException {
        Run r = run("photo", "--profile", "no-such-council", input("{\"id\":\"x\"}").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("policykit:");
    }

    @Test
    void escalationExitsOne() throws IOException {
        Path in = input("{\"id\":\"p\",\"context\":\"INCIDENT\",\"incident\":{\"officerInChargePermission\":true},"
                + "\"visible\":[\"SIGNS_OF_DEATH\"],\"source\":{\"kind\":\"OWN\"}}");
        Run r = run("photo", in.toString());
        assertThat(r.lines().get(0).get("decision").asText()).isEqualTo("ESCALATE");
        assertThat(r.code()).isEqualTo(1);
    }
}
