package org.councilpolicy.media.metadata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilpolicy.media.testimages.TestImages.*;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.councilpolicy.core.testsupport.Seeded;
import org.junit.jupiter.api.Test;

/** Whatever metadata segments a JPEG carries, and in whatever order, stripping gives back the bare image. */
class MetadataStripperProperties {

    private static final byte[] PLAIN = jpeg(noise(24, 16, 11), 0.9f, false);

    @Test
    void strippingAnyApplicationSegmentsGivesTheBareImage() {
        Seeded.forAll(91, 200, r -> {
            byte[] original = insertSegments(PLAIN, segments(r).toArray(new byte[0][]));
            assertThat(strip(original)).isEqualTo(PLAIN);
        });
    }

    @Test
    void strippingIsIdempotent() {
        Seeded.forAll(92, 50, r -> {
            byte[] once = strip(insertSegments(PLAIN, segments(r).toArray(new byte[0][])));
            byte[] again = once;
            int times = r.nextInt(1, 5);
            for (int i = 0; i < times; i++) {
                again = strip(again);
            }
            assertThat(again).isEqualTo(once);
        });
    }

    private static byte[] strip(byte[] image) {
        try {
            return MetadataStripper.removingAll().strip(image);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<byte[]> segments(RandomGenerator r) {
        int count = r.nextInt(0, 7);
        List<byte[]> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int pick = r.nextInt(15);
            int marker = pick < 13 ? 0xE1 + pick : pick == 13 ? 0xEF : 0xFE;
            // Payloads may contain 0xFF bytes and even bytes that look like markers: segments are length-delimited.
            byte[] payload = new byte[r.nextInt(0, 301)];
            r.nextBytes(payload);
            out.add(segment(marker, payload));
        }
        return out;
    }
}
