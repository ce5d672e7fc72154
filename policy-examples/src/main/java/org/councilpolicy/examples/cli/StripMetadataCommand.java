package org.councilpolicy.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.councilpolicy.media.metadata.MetadataStripper;
import org.councilpolicy.media.metadata.StripResult;
import org.councilpolicy.media.metadata.UnreadableImageException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code strip-metadata IMAGE OUT}: a clean copy of a JPEG or PNG, and a one-line JSON summary. */
@Command(name = "strip-metadata", mixinStandardHelpOptions = true,
        description = {"Write a copy of a JPEG or PNG with no metadata and the same pixels (the compressed image "
                + "data is copied byte for byte).",
            "Prints {\"image\":…,\"out\":…,\"format\":…,\"removed\":[…]}. Exit status 2 for an unsupported or "
                + "damaged file; nothing is written then."})
final class StripMetadataCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "IMAGE")
    String image;

    @Parameters(index = "1", paramLabel = "OUT")
    String out;

    @Override
    public Integer call() throws JsonProcessingException {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        StripResult r;
        try {
            r = MetadataStripper.removingAll().strip(Path.of(image), Path.of(out));
        } catch (NoSuchFileException e) {
            err.println("policykit: no such file: " + e.getFile());
            return 2;
        } catch (InvalidPathException e) {
            err.println("policykit: not a valid file path: " + e.getInput());
            return 2;
        } catch (UnreadableImageException e) {
            err.println("policykit: cannot strip " + image + ": " + e.getMessage());
            return 2;
        } catch (IOException e) {
            err.println("policykit: cannot strip " + image + ": " + e.getClass().getSimpleName()
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
