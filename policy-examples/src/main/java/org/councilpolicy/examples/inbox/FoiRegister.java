package org.councilpolicy.examples.inbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.councilpolicy.content.draft.Platform;
import org.councilpolicy.content.messages.Channel;
import org.councilpolicy.content.messages.Classification;
import org.councilpolicy.content.messages.Message;
import org.councilpolicy.content.messages.MessageClassifier;
import org.councilpolicy.content.messages.Sender;
import org.councilpolicy.core.engine.RuleRegistry;

/**
 * Example: inbox triage into an FOI register. Reads inbound messages (the {@code classify} input of the
 * command line: JSON Lines with {@code id}, {@code text}, {@code receivedAt}, {@code channel}, {@code platform},
 * {@code sender}), classifies each with {@link MessageClassifier}, and writes one CSV row per request for
 * information (and per ambiguous message, which is forwarded too) with its statutory due date:
 *
 * <pre>
 * reference,received,type,ambiguous,regime,due,valid,missing,actions
 * m1,2026-03-02,FOI,false,FOIA,2026-03-31,false,NAME;ADDRESS,FORWARD_TO_INFORMATION_TEAM;ASK_FOR_EMAIL;ASK_FOR_NAME
 * </pre>
 *
 * Messages that are not requests are left out of the register; a last comment line counts them. The register
 * holds no message text and no sender details. Run it with {@code java -cp policy-examples/target/policykit.jar
 * org.councilpolicy.examples.inbox.FoiRegister samples/messages.jsonl [PROFILE]}.
 */
public final class FoiRegister {

    /** The register's header row. */
    public static final String HEADER = "reference,received,type,ambiguous,regime,due,valid,missing,actions";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final MessageClassifier classifier;
    private final Clock clock;

    /**
     * A register filled by {@code classifier}.
     *
     * @param classifier the council's classifier
     * @param clock      gives the date of receipt of messages that carry none
     */
    public FoiRegister(MessageClassifier classifier, Clock clock) {
        this.classifier = Objects.requireNonNull(classifier, "classifier");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Runs the triage from the command line.
     *
     * @param args the messages file, then optionally a profile name or file (default uk-council)
     * @throws IOException if the file cannot be read
     */
    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            System.err.println("usage: FoiRegister MESSAGES.jsonl [PROFILE]");
            System.exit(2);
        }
        String profile = args.length > 1 ? args[1] : "uk-council";
        Clock clock = Clock.systemUTC();
        MessageClassifier classifier = MessageClassifier.forProfile(
                RuleRegistry.discover().profileLoader().resolve(profile), clock);
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        new FoiRegister(classifier, clock).run(Path.of(args[0]), out);
        out.flush();
    }

    /**
     * Classifies every message and prints the register.
     *
     * @param messages the JSON Lines messages
     * @param out      where the CSV goes
     * @return how many rows the register has
     * @throws IOException if the file cannot be read
     */
    public int run(Path messages, PrintWriter out) throws IOException {
        out.println(HEADER);
        int rows = 0;
        int others = 0;
        try (BufferedReader in = Files.newBufferedReader(messages, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode item = JSON.readTree(line);
                String reference = item.path("id").asText("line " + number);
                Message message = message(item, reference);
                Classification c = classifier.classify(message);
                if (!c.isRequest()) {
                    others++;
                    continue;
                }
                rows++;
                out.println(String.join(",", csv(reference), message.receivedAt().toString(), c.type().name(),
                        String.valueOf(c.ambiguous()), c.regime().name(), c.due().toString(), String.valueOf(c.valid()),
                        joined(c.missing()), joined(c.actions())));
            }
        }
        out.println("# " + rows + " in the register, " + others + " not requests for information");
        out.flush();
        return rows;
    }

    private Message message(JsonNode item, String reference) {
        Message.Builder b = Message.builder(item.path("text").asText(""))
                .reference(reference)
                .receivedAt(item.hasNonNull("receivedAt") ? LocalDate.parse(item.get("receivedAt").asText())
                        : classifier.profile().today(clock))
                .channel(Channel.valueOf(item.path("channel").asText("PUBLIC")))
                .platform(Platform.valueOf(item.path("platform").asText("OTHER")));
        JsonNode s = item.path("sender");
        if (s.isObject()) {
            b.sender(Sender.named(text(s, "name")).withHandle(text(s, "handle")).withEmail(text(s, "email"))
                    .withPostalAddress(text(s, "postalAddress")));
        }
        return b.build();
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }

    private static String joined(List<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).collect(Collectors.joining(";"));
    }

    /** Quotes a field that holds a comma, quote or line break (RFC 4180). */
    static String csv(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
