package org.councilpolicy.examples.prepublish;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.councilpolicy.content.draft.Draft;
import org.councilpolicy.content.draft.Platform;
import org.councilpolicy.content.schedule.HeldPost;
import org.councilpolicy.content.schedule.PausePlan;
import org.councilpolicy.content.schedule.PostingPause;
import org.councilpolicy.content.schedule.PostingPausePlanner;
import org.councilpolicy.content.schedule.ScheduledPost;
import org.councilpolicy.core.engine.Engine;
import org.councilpolicy.core.engine.Report;
import org.councilpolicy.core.engine.RuleRegistry;
import org.councilpolicy.core.engine.Verdict;
import org.councilpolicy.core.profile.AccountType;
import org.councilpolicy.core.rule.Finding;

/**
 * Example: a scheduling tool's pre-publish hook. It reads the queue of scheduled drafts (JSON Lines with
 * {@code id}, {@code text}, {@code account}, {@code platform} and {@code scheduledAt}), checks each with the
 * engine, holds the drafts the engine blocks (with the findings' reasons) and those a person must review, and
 * applies a declared posting pause (national mourning: {@value PostingPause#DEFAULT_DAYS} days from its start
 * unless told otherwise) with {@link PostingPausePlanner}. One JSON line per draft, in queue order:
 *
 * <pre>
 * {"id":"q1","status":"PUBLISH","at":"2026-05-02T08:00:00Z","verdict":"PASS"}
 * {"id":"q2","status":"HELD_BLOCKED","at":"…","reasons":[{"rule":"personal-data.phone","clauses":["PD-1"],"message":"…"}]}
 * {"id":"q3","status":"HELD_PAUSE","at":"…","until":"2026-05-14T09:00:00Z","pause":"National mourning"}
 * </pre>
 *
 * Run it with {@code java -cp policy-examples/target/policykit.jar
 * org.councilpolicy.examples.prepublish.PrePublishHook samples/queue.jsonl [--profile P] [--pause START
 * [--pause-days N]]}.
 */
public final class PrePublishHook {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Engine engine;
    private final Optional<PostingPause> pause;

    /**
     * A hook checking with {@code engine} and applying {@code pause} if one is declared.
     *
     * @param engine the engine, built for the council's profile
     * @param pause  the declared posting pause, or empty
     */
    public PrePublishHook(Engine engine, Optional<PostingPause> pause) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.pause = Objects.requireNonNull(pause, "pause");
    }

    /**
     * Runs the hook from the command line.
     *
     * @param args the queue file, then optionally {@code --profile P}, {@code --pause START} (an ISO instant) and
     *             {@code --pause-days N}
     * @throws IOException if the queue cannot be read
     */
    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            System.err.println("usage: PrePublishHook QUEUE.jsonl [--profile P] [--pause START [--pause-days N]]");
            System.exit(2);
        }
        String profile = "south-hams-west-devon";
        Instant start = null;
        int days = PostingPause.DEFAULT_DAYS;
        for (int i = 1; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--profile" -> profile = args[i + 1];
                case "--pause" -> start = Instant.parse(args[i + 1]);
                case "--pause-days" -> days = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        RuleRegistry registry = RuleRegistry.discover();
        Engine engine = Engine.builder().registry(registry).profile(registry.profileLoader().resolve(profile))
                .clock(Clock.systemUTC()).build();
        Optional<PostingPause> pause = start == null ? Optional.empty()
                : Optional.of(PostingPause.starting(start, Duration.ofDays(days), "National mourning"));
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        new PrePublishHook(engine, pause).run(Path.of(args[0]), out);
        out.flush();
    }

    /**
     * Reads the queue and prints one decision per draft, in queue order.
     *
     * @param queue the JSON Lines queue
     * @param out   where the decisions go
     * @return how many drafts were held, for any reason
     * @throws IOException if the queue cannot be read
     */
    public int run(Path queue, PrintWriter out) throws IOException {
        Map<String, ObjectNode> decisions = new LinkedHashMap<>();
        List<ScheduledPost> publishable = new ArrayList<>();
        Map<String, Verdict> verdicts = new LinkedHashMap<>();
        try (BufferedReader in = Files.newBufferedReader(queue, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode item = JSON.readTree(line);
                String id = item.path("id").asText("line " + number);
                ObjectNode decision = JSON.createObjectNode().put("id", id);
                decisions.put(id, decision);
                if (!item.hasNonNull("text") || !item.hasNonNull("scheduledAt")) {
                    decision.put("status", "ERROR").put("error", "text and scheduledAt are required");
                    continue;
                }
                Instant at = Instant.parse(item.get("scheduledAt").asText());
                decision.put("at", at.toString());
                Draft draft = Draft.builder(item.get("text").asText())
                        .account(AccountType.valueOf(item.path("account").asText("CORPORATE")))
                        .platform(Platform.valueOf(item.path("platform").asText("OTHER")))
                        .scheduledAt(at)
                        .build();
                Report report = engine.check(draft);
                if (report.verdict() == Verdict.PASS) {
                    publishable.add(new ScheduledPost(id, at));
                    verdicts.put(id, report.verdict());
                } else {
                    // BLOCK must be fixed; REVIEW waits for a person. Neither goes out on its own.
                    decision.put("status", report.verdict() == Verdict.BLOCK ? "HELD_BLOCKED" : "HELD_FOR_REVIEW");
                    reasons(decision.putArray("reasons"), report);
                }
            }
        }
        PausePlan plan = pause.map(p -> PostingPausePlanner.plan(p, publishable)).orElse(null);
        for (ScheduledPost post : publishable) {
            ObjectNode decision = decisions.get(post.id());
            Optional<HeldPost> hold = plan == null ? Optional.empty() : plan.hold(post.id());
            if (hold.isPresent()) {
                decision.put("status", "HELD_PAUSE").put("until", hold.get().releaseAt().toString())
                        .put("pause", plan.pause().reason());
            } else {
                decision.put("status", "PUBLISH").put("verdict", verdicts.get(post.id()).name());
            }
        }
        int held = 0;
        for (ObjectNode decision : decisions.values()) {
            out.println(JSON.writeValueAsString(decision));
            held += decision.path("status").asText().startsWith("HELD") ? 1 : 0;
        }
        out.flush();
        return held;
    }

    /** The findings that hold a draft: rule, clauses, message and the (masked) excerpt. */
    private static void reasons(ArrayNode reasons, Report report) {
        for (Finding f : report.findings()) {
            if (f.severity() == org.councilpolicy.core.rule.Severity.ADVICE) {
                continue;
            }
            ObjectNode r = reasons.addObject().put("rule", f.rule()).put("severity", f.severity().name());
            ArrayNode clauses = r.putArray("clauses");
            f.clauses().forEach(clauses::add);
            if (f.excerpt() != null) {
                r.put("excerpt", f.excerpt());
            }
            r.put("message", f.message());
        }
    }
}
