package org.councilpolicy.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17 item 7: {@code ./policykit}'s first build says what it is doing and roughly how long it takes, keeps
 * Maven's own output (and its colour codes) in a log, and on failure shows the log's end without escape codes. Run
 * with a stand-in {@code mvn} on the PATH, so the test needs no real build.
 */
class PolicykitScriptTest {

    private static final Path SCRIPT = Path.of("..", "policykit");

    record Run(int exit, String err) {
    }

    private static Run run(Path root, Path bin) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder("bash", root.resolve("policykit").toString(), "profiles");
        pb.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Path err = root.resolve("err.txt");
        pb.redirectError(err.toFile());
        Process p = pb.start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), Files.readString(err, StandardCharsets.UTF_8));
    }

    private static Path fakeMaven(Path dir, String body) throws IOException {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path mvn = bin.resolve("mvn");
        Files.writeString(mvn, "#!/usr/bin/env bash\n" + body + "\n");
        Files.setPosixFilePermissions(mvn, PosixFilePermissions.fromString("rwxr-xr-x"));
        return bin;
    }

    @Test
    void aFirstBuildSaysWhatItDoesAndHowLongAndKeepsMavensOutputInALog(@TempDir Path dir) throws Exception {
        Files.copy(SCRIPT, dir.resolve("policykit"));
        Path bin = fakeMaven(dir, "printf '\\033[0m\\033[0mDownloading lots\\n'; mkdir -p policy-examples/target;"
                + " : > policy-examples/target/policykit.jar");
        Run r = run(dir, bin);
        assertThat(r.err()).contains("first use; building the project with Maven").contains("minutes")
                .contains("built in").doesNotContain("\u001b[").doesNotContain("Downloading lots");
        assertThat(Files.readString(dir.resolve("target/policykit-build.log"))).contains("Downloading lots");
    }

    @Test
    void aFailedBuildShowsTheEndOfTheLogWithoutEscapeCodes(@TempDir Path dir) throws Exception {
        Files.copy(SCRIPT, dir.resolve("policykit"));
        Path bin = fakeMaven(dir, "printf '\\033[1;31m[ERROR] cannot compile Foo.java\\033[0m\\n'; exit 1");
        Run r = run(dir, bin);
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("build failed").contains("[ERROR] cannot compile Foo.java")
                .doesNotContain("\u001b[");
    }
}
