package org.councilpolicy.semantic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The shipped weights are exactly what the retraining command ({@link TrainHeads}, {@code -Pretrain}) produces from
 * the shipped exemplars: every head retrained here and compared byte for byte. Slow (every exemplar is embedded).
 */
class ShippedHeadsTest {

    static final Path DIR = Path.of("src/main/resources/org/councilpolicy/semantic");

    @Test
    void retrainingGivesTheShippedHeadsBitForBit() throws IOException {
        Map<String, String> trained = TrainHeads.train(DIR.resolve("exemplars"), TestStage.encoder());
        TreeSet<String> shipped = new TreeSet<>();
        try (Stream<Path> files = Files.list(DIR.resolve("heads"))) {
            files.forEach(p -> shipped.add(p.getFileName().toString().replace(".head", "")));
        }
        assertThat(shipped).as("a head file for every head with exemplars, and no other")
                .containsExactlyInAnyOrderElementsOf(trained.keySet());
        for (Map.Entry<String, String> e : trained.entrySet()) {
            String file = Files.readString(DIR.resolve("heads").resolve(e.getKey() + ".head"), StandardCharsets.UTF_8);
            assertThat(file).as("heads/%s.head: rerun mvn -B -pl policy-semantic -am -Pretrain -DskipTests package",
                    e.getKey()).isEqualTo(e.getValue());
        }
    }
}
