package org.councilpolicy.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.councilpolicy.content.draft.Draft;
import org.councilpolicy.core.engine.Engine;
import org.councilpolicy.core.engine.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code check}: drafts in, one report per line out. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Check draft posts (JSON Lines) against a council profile.",
            "--format jsonl streams any number of drafts in constant memory on --threads threads; text runs on one "
                    + "thread, and sarif on one thread holding every result until the end (a SARIF log is one document)."})
final class CheckCommand extends LinesCommand {

    enum Format { jsonl, text, sarif }

    @Option(names = "--format", defaultValue = "jsonl", description = "jsonl, text or sarif (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--fail-on", defaultValue = "block",
            description = "Exit 1 when an item is at or above: block, review or never (default: ${DEFAULT-VALUE}).")
    FailOn failOn;

    @Mixin
    SemanticOption semantic;

    @Override
    public Integer call() throws IOException {
        batch.threads(); // validates --threads for every format
        if (format == Format.jsonl) {
            return super.call();
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Engine engine = semantic.engine(input);
        return format == Format.text ? runText(engine, out, err) : runSarif(engine, out, err);
    }

    @Override
    JsonLines.Handler handler() {
        Engine engine = semantic.engine(input);
        return line -> handle(engine, line);
    }

    private JsonLines.Result handle(Engine engine, JsonNode input) throws InputException {
        Draft draft = DraftJson.read(input);
        Report report = engine.check(draft);
        return new JsonLines.Result(ReportJson.report(report), failOn.fails(report.verdict()));
    }

    /** Text and SARIF print from the handler, in order: one thread, progress as asked. */
    private BatchOptions oneThread() {
        BatchOptions one = BatchOptions.of(1, batch.progress());
        one.maxTextLength = batch.maxTextLength;
        return one;
    }

    private int runText(Engine engine, PrintWriter out, PrintWriter err) throws IOException {
        TextReport text = new TextReport(out);
        try (LineReader in = CliSupport.open(input.file(), batch)) {
            JsonLines.Summary s = JsonLines.run(in, new PrintWriter(java.io.Writer.nullWriter()), err, line -> {
                Draft draft = DraftJson.read(line);
                Report report = engine.check(draft);
                text.print(line.get("id"), draft.text(), report);
                return new JsonLines.Result(JsonLines.MAPPER.createObjectNode(), failOn.fails(report.verdict()));
            }, oneThread());
            text.summary(s);
            out.flush();
            return s.exitCode();
        }
    }

    private String artifact() {
        return input.file() == null || input.file().equals("-") ? "stdin" : input.file();
    }

    private int runSarif(Engine engine, PrintWriter out, PrintWriter err) throws IOException {
        List<Sarif.Item> items = new ArrayList<>();
        java.io.StringWriter lines = new java.io.StringWriter();
        try (RecordingLineReader in = new RecordingLineReader(CliSupport.open(input.file(), batch))) {
            JsonLines.Summary s = JsonLines.run(in, new PrintWriter(lines), err, line -> {
                Draft draft = DraftJson.read(line);
                Report report = engine.check(draft);
                LineReader.Line raw = in.last();
                items.add(new Sarif.Item(line.get("id"), raw.number(), JsonTextColumns.of(raw.text(), "text"), report));
                return new JsonLines.Result(JsonLines.MAPPER.createObjectNode(), failOn.fails(report.verdict()));
            }, oneThread());
            out.println(JsonLines.MAPPER.writerWithDefaultPrettyPrinter()
                    .writeValueAsString(Sarif.log(engine, artifact(), items, inputErrors(lines.toString()))));
            out.flush();
            return s.exitCode();
        }
    }

    /** The error lines the run wrote ({"id":…,"error":"line N: …"}), as SARIF notifications. */
    private static List<Sarif.InputError> inputErrors(String written) throws IOException {
        List<Sarif.InputError> errors = new ArrayList<>();
        for (String l : written.split("\n")) {
            if (l.isBlank()) {
                continue;
            }
            JsonNode n = JsonLines.MAPPER.readTree(l);
            String message = n.path("error").asText("");
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("^line (\\d+): ").matcher(message);
            if (m.find()) {
                errors.add(new Sarif.InputError(Integer.parseInt(m.group(1)), message));
            }
        }
        return errors;
    }

}
