package org.councilpolicy.content.blind;

import static org.assertj.core.api.Assertions.assertThat;

import org.councilpolicy.core.testsupport.BlindSet;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.councilpolicy.content.draft.Platform;
import org.councilpolicy.content.messages.Channel;
import org.councilpolicy.content.messages.Classification;
import org.councilpolicy.content.messages.Message;
import org.councilpolicy.content.messages.MessageClassifier;
import org.councilpolicy.content.messages.RequestType;
import org.councilpolicy.content.messages.Sender;
import org.councilpolicy.core.engine.RuleRegistry;
import org.councilpolicy.core.profile.Jurisdiction;
import org.councilpolicy.core.profile.Profile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 14: the blind message set ({@code devsets/messages-r2/blind-messages.jsonl}, round 2, retired to development in round 6): requests for information in
 * residents' own words, complaints without the word, subject access and environmental requests, ambiguous
 * questions, across the four jurisdictions, with hand-checked due dates. Scores type, complaint, validity and due
 * dates. {@code devsets/messages-r5/blind-messages-2.jsonl} is a second set written in round 5 by another writer,
 * scored the same way with its own gates. Prints counts and classes only.
 */
class BlindMessagesEvaluation {

    static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    /**
     * The round-2 set's gates (development data from round 6), just under the figures measured at the end of round 6
     * (docs/accuracy.md).
     */
    static final double MIN_TYPE = 0.961;
    static final double MIN_COMPLAINT = 0.986;
    /** Due dates of the requests typed right: every one exact. */
    static final double MIN_DUE = 1.0;
    static final double MIN_VALIDITY = 0.993;

    /**
     * The round-5 set's gates (devsets/messages-r5/README.md; development data from round 8), just under its figures
     * at the end of round 10's messages work (237/252, 249/252; round 8: 231/252, 248/252).
     */
    static final double MIN_TYPE_2 = 0.938;
    static final double MIN_COMPLAINT_2 = 0.987;
    static final double MIN_DUE_2 = 1.0;
    static final double MIN_VALIDITY_2 = 0.99;

    /**
     * The round-8 set's gates (devsets/messages-r8/README.md; held out in rounds 8 to 10, development data from round
     * 11), just under its figures at the end of round 11's messages work (docs/accuracy.md: type 0.930, complaint
     * 0.979; round 10: 0.893, 0.963; round 12: 0.934, 0.979).
     */
    static final double MIN_TYPE_3 = 0.93;
    static final double MIN_COMPLAINT_3 = 0.975;
    static final double MIN_DUE_3 = 1.0;
    static final double MIN_VALIDITY_3 = 0.98;

    /**
     * The round-10 set's gates (devsets/messages-r10/README.md; held out in rounds 10 and 11, development data from round
     * 12), just under its round-12 end figures (0.906, 0.970; round 11: 0.893, 0.957).
     */
    static final double MIN_TYPE_4 = 0.905;
    static final double MIN_COMPLAINT_4 = 0.969;
    static final double MIN_DUE_4 = 1.0;
    static final double MIN_VALIDITY_4 = 0.99;

    /**
     * The round-11 development set's gates (devsets/messages-r11/README.md), just under its round-12 end figures (0.908,
     * 0.983; round 11: 0.901, 0.980).
     */
    static final double MIN_TYPE_R11 = 0.907;
    static final double MIN_COMPLAINT_R11 = 0.982;
    static final double MIN_DUE_R11 = 1.0;
    static final double MIN_VALIDITY_R11 = 0.995;

    /** The independent development messages' gates (devsets/messages/README.md), just under their figures. */
    static final double MIN_TYPE_DEV = 0.948;
    static final double MIN_COMPLAINT_DEV = 0.979;
    static final double MIN_VALIDITY_DEV = 0.995;

    /**
     * The round-12 held-out set's gates (blind/messages-5/README.md), just under its first-run figures (type 0.878,
     * complaint 0.943, due 101/101, validity 115/115) and its round-12 end figures (0.882, 0.943, 102/102, 116/116).
     */
    static final double MIN_TYPE_5 = 0.88;
    static final double MIN_COMPLAINT_5 = 0.94;
    static final double MIN_DUE_5 = 1.0;
    static final double MIN_VALIDITY_5 = 0.99;

    /** Each set: its file from the repository's root, its report, its gates. */
    static Stream<Arguments> sets() {
        return Stream.of(
                Arguments.of("devsets/messages-r2/blind-messages.jsonl", "blind-messages",
                        MIN_TYPE, MIN_COMPLAINT, MIN_DUE, MIN_VALIDITY),
                Arguments.of("devsets/messages-r5/blind-messages-2.jsonl", "blind-messages-2",
                        MIN_TYPE_2, MIN_COMPLAINT_2, MIN_DUE_2, MIN_VALIDITY_2),
                // the round-8 set, by a third writer (held out in rounds 8 to 10)
                Arguments.of("devsets/messages-r8/blind-messages-3.jsonl", "blind-messages-3",
                        MIN_TYPE_3, MIN_COMPLAINT_3, MIN_DUE_3, MIN_VALIDITY_3),
                // the round-10 held-out set, by a fourth writer
                Arguments.of("devsets/messages-r10/blind-messages-4.jsonl", "blind-messages-4",
                        MIN_TYPE_4, MIN_COMPLAINT_4, MIN_DUE_4, MIN_VALIDITY_4),
                // development messages by an independent writer (devsets/messages/README.md): readable, tunable;
                // they carry no due dates
                Arguments.of("devsets/messages/dev-messages-indep.jsonl", "dev-messages-indep",
                        MIN_TYPE_DEV, MIN_COMPLAINT_DEV, 1.0, MIN_VALIDITY_DEV),
                // the round-11 development set by a fifth writer (devsets/messages-r11/README.md)
                Arguments.of("devsets/messages-r11/dev-messages-r11.jsonl", "dev-messages-r11",
                        MIN_TYPE_R11, MIN_COMPLAINT_R11, MIN_DUE_R11, MIN_VALIDITY_R11),
                // the round-12 held-out set, by a sixth writer (blind/messages-5/README.md)
                Arguments.of("blind/messages-5/blind-messages-5.jsonl", "blind-messages-5",
                        MIN_TYPE_5, MIN_COMPLAINT_5, MIN_DUE_5, MIN_VALIDITY_5));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sets")
    void blindMessages(String file, String report, double minType, double minComplaint, double minDue,
            double minValidity) {
        List<JsonNode> rows = BlindSet.rowsAt(file);
        RuleRegistry registry = RuleRegistry.discover();
        Map<Jurisdiction, MessageClassifier> classifiers = new EnumMap<>(Jurisdiction.class);
        Profile england = registry.profileLoader().builtIn("uk-council");
        for (Jurisdiction j : Jurisdiction.values()) {
            Profile p = j == Jurisdiction.SCOTLAND ? registry.profileLoader().builtIn("scottish-borders")
                    : england.toBuilder().jurisdiction(j).build();
            classifiers.put(j, MessageClassifier.forProfile(p, Clock.fixed(NOW, ZoneOffset.UTC)));
        }
        BlindSet.Counts failures = new BlindSet.Counts();
        int typeRight = 0;
        int complaintRight = 0;
        int dueRows = 0;
        int dueRight = 0;
        int validRows = 0;
        int validRight = 0;
        Map<String, int[]> perClass = new java.util.TreeMap<>();
        for (JsonNode row : rows) {
            String cls = row.path("class").asText("?");
            JsonNode exp = row.get("expected");
            Jurisdiction j = Jurisdiction.valueOf(row.path("jurisdiction").asText("ENGLAND"));
            Classification c = classifiers.get(j).classify(message(row));
            String type = exp.path("type").asText("NONE");
            boolean ambiguous = exp.path("ambiguous").asBoolean(false);
            boolean typeOk = ambiguous ? c.ambiguous() : c.type().name().equals(type) && !c.ambiguous();
            if (typeOk) {
                typeRight++;
            } else {
                // The channel is metadata, not text: it tells whether a miss is a social-media question (IN-5).
                failures.add(cls + ": type " + (ambiguous ? "AMBIGUOUS" : type) + " read as " + c.type()
                        + (c.ambiguous() ? " (ambiguous)" : "") + ", " + row.path("channel").asText("?"));
            }
            boolean complaint = exp.path("complaint").asBoolean(false);
            if (c.complaint() == complaint) {
                complaintRight++;
            } else {
                failures.add(cls + ": complaint " + complaint + " read as " + c.complaint());
            }
            if (exp.hasNonNull("due") && typeOk && !ambiguous) {
                dueRows++;
                LocalDate due = LocalDate.parse(exp.get("due").asText());
                if (due.equals(c.due())) {
                    dueRight++;
                } else {
                    failures.add(cls + ": " + type + " due date wrong in " + j);
                }
            }
            if (exp.hasNonNull("valid") && typeOk && !type.equals("NONE")) {
                validRows++;
                if (exp.get("valid").asBoolean() == c.valid()) {
                    validRight++;
                } else {
                    failures.add(cls + ": " + type + " valid " + exp.get("valid").asBoolean() + " read as " + c.valid());
                }
            }
            int[] pc = perClass.computeIfAbsent(cls, k -> new int[2]);
            pc[0]++;
            pc[1] += typeOk && c.complaint() == complaint ? 1 : 0;
        }
        StringBuilder out = new StringBuilder("BlindMessagesEvaluation: ").append(rows.size()).append(" messages\n\n")
                .append("Type accuracy: ").append(BlindSet.ratio(typeRight, rows.size())).append('\n')
                .append("Complaint accuracy: ").append(BlindSet.ratio(complaintRight, rows.size())).append('\n')
                .append("Due dates exact (requests typed right): ").append(BlindSet.ratio(dueRight, dueRows)).append('\n')
                .append("Validity (requests typed right): ").append(BlindSet.ratio(validRight, validRows)).append('\n')
                .append("\n| class | messages | type and complaint right |\n|---|---|---|\n");
        perClass.forEach((k, pc) -> out.append("| ").append(k).append(" | ").append(pc[0]).append(" | ")
                .append(BlindSet.ratio(pc[1], pc[0])).append(" |\n"));
        out.append("\nFailures by class: ").append(failures.lines());
        BlindSet.report(report, out.toString());
        assertThat(BlindSet.share(typeRight, rows.size())).as("type accuracy").isGreaterThanOrEqualTo(minType);
        assertThat(BlindSet.share(complaintRight, rows.size())).as("complaint accuracy")
                .isGreaterThanOrEqualTo(minComplaint);
        assertThat(BlindSet.share(dueRight, dueRows)).as("due dates exact").isGreaterThanOrEqualTo(minDue);
        assertThat(BlindSet.share(validRight, validRows)).as("validity").isGreaterThanOrEqualTo(minValidity);
    }

    private static Message message(JsonNode row) {
        Message.Builder b = Message.builder(row.get("text").asText())
                .channel("PUBLIC".equals(row.path("channel").asText()) ? Channel.PUBLIC : Channel.PRIVATE)
                .receivedAt(LocalDate.parse(row.get("receivedAt").asText()));
        String platform = row.path("platform").asText("");
        for (Platform p : Platform.values()) {
            if (p.name().equals(platform)) {
                b.platform(p);
            }
        }
        JsonNode s = row.path("sender");
        b.sender(Sender.named(text(s, "name")).withHandle(text(s, "handle")).withEmail(text(s, "email"))
                .withPostalAddress(text(s, "address")));
        return b.build();
    }

    private static String text(JsonNode n, String field) {
        return n.hasNonNull(field) ? n.get(field).asText() : null;
    }
}
