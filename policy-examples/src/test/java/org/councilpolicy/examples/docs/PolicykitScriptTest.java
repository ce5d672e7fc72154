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

    /** Records each call of the stand-in {@code mvn} and {@code java} in calls.txt, one line each. */
    private static Path recordingTools(Path dir) throws IOException {
        Path bin = fakeMaven(dir, "echo \"mvn $*\" >> calls.txt; mkdir -p policy-examples/target policy-semantic/target;"
                + " : > policy-examples/target/policykit.jar;"
                + " if [[ \" $* \" == *' -pl policy-semantic '* ]]; then : > policy-semantic/target/policy-semantic-1.jar;"
                + " echo /m2/onnxruntime.jar:/m2/model.jar > policy-semantic/target/semantic.classpath; fi");
        Path java = bin.resolve("java");
        Files.writeString(java, "#!/usr/bin/env bash\necho \"java $*\" >> calls.txt\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        return bin;
    }

    private static String calls(Path root, Path bin, String... args) throws IOException, InterruptedException {
        java.util.List<String> cmd = new java.util.ArrayList<>(java.util.List.of("bash", root.resolve("policykit").toString()));
        cmd.addAll(java.util.List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(root.toFile());
        pb.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        pb.redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD);
        Process p = pb.start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        Path calls = root.resolve("calls.txt");
        String out = Files.isRegularFile(calls) ? Files.readString(calls) : "";
        Files.deleteIfExists(calls);
        return out;
    }

    /** Issue 15: the first build and the jar are untouched until --semantic is used; then the module is built once. */
    @Test
    void theSemanticModuleIsBuiltOnlyWhenTheFlagIsFirstUsed(@TempDir Path dir) throws Exception {
        Files.copy(SCRIPT, dir.resolve("policykit"));
        Path bin = recordingTools(dir);
        String first = calls(dir, bin, "check", "drafts.jsonl");
        assertThat(first).contains("-pl policy-examples -am package").doesNotContain("policy-semantic")
                .contains("-jar " + dir.resolve("policy-examples/target/policykit.jar") + " check drafts.jsonl");
        String semantic = calls(dir, bin, "check", "--semantic", "drafts.jsonl");
        assertThat(semantic.lines()).hasSize(2);
        assertThat(semantic).contains("-pl policy-semantic -am package")
                .contains("-cp " + dir.resolve("policy-examples/target/policykit.jar") + ":"
                        + dir.resolve("policy-semantic/target/policy-semantic-1.jar") + ":/m2/onnxruntime.jar:/m2/model.jar "
                        + "org.councilpolicy.examples.cli.PolicyKit check --semantic drafts.jsonl");
        assertThat(calls(dir, bin, "moderate", "--semantic", "c.jsonl")).doesNotContain("mvn ").contains("PolicyKit moderate");
        assertThat(calls(dir, bin, "moderate", "c.jsonl")).isEqualTo("java -XX:+UseParallelGC -Xmx384m -jar "
                + dir.resolve("policy-examples/target/policykit.jar") + " moderate c.jsonl\n");
    }
}
