package org.councilpolicy.examples.moderation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.councilpolicy.content.draft.Platform;
import org.councilpolicy.content.moderation.Comment;
import org.councilpolicy.content.moderation.EvidenceRecord;
import org.councilpolicy.content.moderation.ModerationDecision;
import org.councilpolicy.content.moderation.Moderator;
import org.councilpolicy.content.moderation.ProposedAction;
import org.councilpolicy.core.engine.RuleRegistry;

/**
 * Example: a moderation queue. Reads third-party comments (the {@code moderate} input of the command line:
 * JSON Lines with {@code id}, {@code text}, {@code platform}, {@code onPost}, {@code proposed}), decides each with
 * {@link Moderator}, prints what to do (decision, grounds, who to report it to, the explanation for the poster,
 * whether it may be re-posted) and appends the {@link EvidenceRecord} of every deleted or reviewed comment to an
 * append-only audit log (JSON Lines; MD-6). The log holds a SHA-256 digest of each comment, never its text.
 *
 * <p>Run it with {@code java -cp policy-examples/target/policykit.jar
 * org.councilpolicy.examples.moderation.ModerationQueue samples/comments.jsonl moderation-audit.jsonl [PROFILE]}.
 */
public final class ModerationQueue {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Moderator moderator;

    /**
     * A queue decided by {@code moderator}.
     *
     * @param moderator the council's moderator
     */
    public ModerationQueue(Moderator moderator) {
        this.moderator = Objects.requireNonNull(moderator, "moderator");
    }

    /**
     * Runs the queue from the command line.
     *
     * @param args the comments file, the audit log to append to, then optionally a profile (default uk-council)
     * @throws IOException if a file cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: ModerationQueue COMMENTS.jsonl AUDIT-LOG.jsonl [PROFILE]");
            System.exit(2);
        }
        String profile = args.length > 2 ? args[2] : "uk-council";
        Moderator moderator = Moderator.of(RuleRegistry.discover().profileLoader().resolve(profile), Clock.systemUTC());
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        int logged = new ModerationQueue(moderator).run(Path.of(args[0]), Path.of(args[1]), out);
        out.flush();
        System.err.println(logged + " evidence record(s) appended to " + args[1]);
    }

    /**
     * Decides every comment, prints the decisions and appends the evidence to the audit log.
     *
     * @param comments the JSON Lines comments
     * @param auditLog the audit log; created if absent, only ever appended to
     * @param out      where the decisions go
     * @return how many evidence records were appended
     * @throws IOException if a file cannot be read or written
     */
    public int run(Path comments, Path auditLog, PrintWriter out) throws IOException {
        int logged = 0;
        try (BufferedReader in = Files.newBufferedReader(comments, StandardCharsets.UTF_8);
             BufferedWriter log = Files.newBufferedWriter(auditLog, StandardCharsets.UTF_8,
                     StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE)) {
            String line;
            int number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode item = JSON.readTree(line);
                String id = item.path("id").asText("line " + number);
                ModerationDecision d = moderator.decide(comment(item));
                out.println(JSON.writeValueAsString(decision(id, d)));
                if (d.evidence().isPresent()) {
                    log.write(JSON.writeValueAsString(evidence(id, d.evidence().get())));
                    log.newLine();
                    logged++;
                }
            }
            log.flush();
        }
        out.flush();
        return logged;
    }

    private static Comment comment(JsonNode item) {
        return new Comment(item.path("text").asText(""), Platform.valueOf(item.path("platform").asText("OTHER")),
                Optional.ofNullable(item.hasNonNull("onPost") ? item.get("onPost").asText() : null),
                Optional.ofNullable(item.hasNonNull("proposed") ? ProposedAction.valueOf(item.get("proposed").asText())
                        : null));
    }

    private static ObjectNode decision(String id, ModerationDecision d) {
        ObjectNode o = JSON.createObjectNode().put("id", id).put("decision", d.decision().name());
        strings(o.putArray("grounds"), d.grounds().stream().map(Enum::name).toList());
        strings(o.putArray("reportTo"), d.reportTo().stream().map(Enum::name).toList());
        o.put("explanation", d.explanation()).put("repostAllowed", d.repostAllowed());
        d.refusal().ifPresent(r -> o.put("proposalRefused", r.reason()));
        d.replySuggestion().ifPresent(s -> o.put("replySuggestion", s));
        return o;
    }

    private static ObjectNode evidence(String id, EvidenceRecord e) {
        ObjectNode o = JSON.createObjectNode().put("id", id).put("recordedAt", e.recordedAt().toString())
                .put("textSha256", e.textSha256()).put("platform", e.platform().name())
                .put("decision", e.decision().name());
        strings(o.putArray("grounds"), e.grounds().stream().map(Enum::name).toList());
        strings(o.putArray("rules"), e.ruleIds());
        strings(o.putArray("clauses"), e.clauses());
        return o.put("profile", e.profileName()).put("profileVersion", e.profileVersion());
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }
}
