package org.councilpolicy.media.metadata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilpolicy.media.testimages.TestImages.*;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Whatever metadata segments a JPEG carries, and in whatever order, stripping gives back the bare image. */
class MetadataStripperProperties {

    private static final byte[] PLAIN = jpeg(noise(24, 16, 11), 0.9f, false);

    @Property(tries = 200)
    void strippingAnyApplicationSegmentsGivesTheBareImage(@ForAll("segments") List<byte[]> segments) throws IOException {
        byte[] original = insertSegments(PLAIN, segments.toArray(new byte[0][]));
        byte[] clean = MetadataStripper.removingAll().strip(original);
        assertThat(clean).isEqualTo(PLAIN);
    }

    @Property(tries = 50)
    void strippingIsIdempotent(@ForAll("segments") List<byte[]> segments, @ForAll @IntRange(min = 1, max = 4) int times)
            throws IOException {
        byte[] once = MetadataStripper.removingAll().strip(insertSegments(PLAIN, segments.toArray(new byte[0][])));
        byte[] again = once;
        for (int i = 0; i < times; i++) {
            again = MetadataStripper.removingAll().strip(again);
        }
        assertThat(again).isEqualTo(once);
    }

    @Provide
    Arbitrary<List<byte[]>> segments() {
        Arbitrary<Integer> marker = Arbitraries.oneOf(Arbitraries.integers().between(0xE1, 0xED),
                Arbitraries.just(0xEF), Arbitraries.just(0xFE));
        // Payloads may contain 0xFF bytes and even bytes that look like markers: segments are length-delimited.
        Arbitrary<byte[]> payload = Arbitraries.bytes().array(byte[].class).ofMaxSize(300);
        Arbitrary<byte[]> segment = Combinators.combine(marker, payload).as((m, p) -> segment(m, p));
        return segment.list().ofMaxSize(6).map(ArrayList::new);
    }
}
