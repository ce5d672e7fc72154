package org.councilpolicy.core.testsupport;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/** Test support shared by every module (via policy-core's test jar). Finds {@code <project root>/../shared/corpus}; skips the calling test when it is absent. */
public final class SharedCorpus {

    private SharedCorpus() {
    }

    /**
     * A file of {@code <project root>/../shared/<first>/<more…>}; skips the calling test when it is absent.
     *
     * @param first the first path element under {@code shared}, such as {@code policies}
     * @param more  the rest
     * @return the file
     */
    public static Path shared(String first, String... more) {
        Path root = null;
        for (Path p = Paths.get("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("pom.xml"))) {
                root = p;
            }
        }
        assumeTrue(root != null && root.getParent() != null, "project root not found");
        Path file = root.getParent().resolve("shared").resolve(Path.of(first, more));
        assumeTrue(Files.isRegularFile(file), "shared file absent: " + file);
        return file;
    }

    public static Path file(String name) {
        Path root = null;
        for (Path p = Paths.get("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("pom.xml"))) {
                root = p; // keep walking: the top-level pom is the outermost one
            }
        }
        assumeTrue(root != null && root.getParent() != null, "project root not found");
        Path file = root.getParent().resolve("shared").resolve("corpus").resolve(name);
        assumeTrue(Files.isRegularFile(file), "shared corpus file absent: " + file);
        return file;
    }
}
