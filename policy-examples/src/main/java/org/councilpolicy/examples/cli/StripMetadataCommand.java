package org.councilpolicy.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.councilpolicy.media.metadata.MetadataStripper;
import org.councilpolicy.media.metadata.StripResult;
import org.councilpolicy.media.metadata.UnreadableImageException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code strip-metadata IMAGE OUT}: a clean copy of a JPEG or PNG, and a one-line JSON summary. */
@Command(name = "strip-metadata", mixinStandardHelpOptions = true,
        description = {"Write a copy of a JPEG or PNG with no metadata and the same pixels (the compressed image "
                + "data is copied byte for byte).",
            "Prints {\"image\":…,\"out\":…,\"format\":…,\"removed\":[…]}. Exit status 2 for an unsupported, "
                + "damaged or over-128-MiB file, or an existing OUT without --force; nothing is written then.",
            "The copy is written to a temporary file beside OUT and renamed over it in one step: OUT is never left "
                + "half-written, and a symbolic link at OUT is replaced, not followed."})
final class StripMetadataCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "IMAGE")
    String image;

    @Parameters(index = "1", paramLabel = "OUT")
    String out;

    @Option(names = "--force", description = "Replace OUT if it exists (needed to strip a file in place).")
    boolean force;

    /** What is wrong with OUT, naming it, or {@code null}: checked before IMAGE is read. */
    private String outProblem(Path target) {
        Path dir = target.toAbsolutePath().getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            return "cannot write OUT " + out + ": its folder " + dir + " does not exist";
        }
        if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            return "OUT is a directory: " + out;
        }
        if (!force && Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            return "OUT already exists: " + out + " (use --force to replace it)";
        }
        return null;
    }

    @Override
    public Integer call() throws JsonProcessingException {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path in;
        Path target;
        try {
            in = Path.of(image);
            target = Path.of(out);
        } catch (InvalidPathException e) {
            err.println("policykit: not a valid file path: " + e.getInput());
            return 2;
        }
        String problem = outProblem(target);
        if (problem == null && !Files.exists(in)) {
            problem = "no such file: " + image + " (IMAGE)";
        }
        if (problem != null) {
            err.println("policykit: " + problem);
            return 2;
        }
        StripResult r;
        try {
            r = MetadataStripper.removingAll().strip(in, target, force);
        } catch (FileAlreadyExistsException e) {
            err.println("policykit: OUT already exists: " + out + " (use --force to replace it)");
            return 2;
        } catch (NoSuchFileException e) {
            err.println("policykit: no such file: " + e.getFile());
            return 2;
        } catch (UnreadableImageException e) {
            err.println("policykit: cannot strip IMAGE " + image + ": " + e.getMessage());
            return 2;
        } catch (IOException e) {
            err.println("policykit: cannot strip " + image + " to " + out + ": " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()));
            return 2;
        }
        ObjectNode o = JsonLines.MAPPER.createObjectNode();
        o.put("image", image);
        o.put("out", out);
        o.put("format", r.format().name());
        ArrayNode removed = o.putArray("removed");
        r.removed().forEach(removed::add);
        o.put("inputBytes", r.inputBytes());
        o.put("outputBytes", r.outputBytes());
        stdout.println(JsonLines.MAPPER.writeValueAsString(o));
        stdout.flush();
        return 0;
    }
}
