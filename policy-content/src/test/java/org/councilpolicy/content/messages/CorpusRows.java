package org.councilpolicy.content.messages;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.councilpolicy.content.draft.Platform;
import org.councilpolicy.core.engine.RuleRegistry;
import org.councilpolicy.core.profile.Jurisdiction;
import org.councilpolicy.core.profile.Profile;

/** Reading labelled message corpora and scoring a classification against a label. */
final class CorpusRows {

    static final ObjectMapper JSON = new ObjectMapper();
    static final RuleRegistry REGISTRY = RuleRegistry.discover();
    static final Profile ENGLAND = REGISTRY.profileLoader().builtIn("uk-council");
    static final Profile SCOTLAND = REGISTRY.profileLoader().builtIn("scottish-borders");
    static final Profile WALES = ENGLAND.toBuilder().jurisdiction(Jurisdiction.WALES).build();

    private CorpusRows() {
    }

    static List<JsonNode> read(Path file) {
        try {
            return parse(Files.readAllLines(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<JsonNode> readResource(String resource) {
        try (InputStream in = CorpusRows.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            return parse(List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<JsonNode> parse(List<String> lines) throws IOException {
        List<JsonNode> rows = new ArrayList<>();
        for (String line : lines) {
            if (!line.isBlank()) {
                rows.add(JSON.readTree(line));
            }
        }
        return rows;
    }

    static Profile profileFor(JsonNode row) {
        return switch (row.path("jurisdiction").asText("")) {
            case "scotland" -> SCOTLAND;
            case "wales" -> WALES;
            default -> ENGLAND;
        };
    }

    static Message message(JsonNode row) {
        Message.Builder b = Message.builder(row.get("text").asText())
                .channel(channel(row))
                .receivedAt(row.hasNonNull("receivedAt") ? LocalDate.parse(row.get("receivedAt").asText())
                        : LocalDate.of(2026, 3, 2));
        String platform = row.path("platform").asText(SHARED_PLATFORMS.getOrDefault(row.path("channel").asText(""),
                "OTHER"));
        for (Platform p : Platform.values()) {
            if (p.name().equals(platform)) {
                b.platform(p);
            }
        }
        JsonNode s = row.get("sender");
        if (s != null) {
            b.sender(text(s, "name"), text(s, "handle"), text(s, "email"), text(s, "postalAddress"));
        }
        return b.build();
    }

    /**
     * The shared corpus {@code foi-dev.jsonl} names where a message came in its own words: "twitter", "facebook",
     * "facebook-dm", "email", or nothing for a request quoted from a tribunal decision or a disclosure log, which was
     * written to the council (by email or post). Our own corpora say PUBLIC or PRIVATE and give the platform.
     */
    private static final Map<String, String> SHARED_PLATFORMS = Map.of("twitter", "X", "facebook", "FACEBOOK",
            "facebook-dm", "FACEBOOK");

    private static Channel channel(JsonNode row) {
        String channel = row.path("channel").asText("");
        return switch (channel) {
            case "PUBLIC", "twitter", "facebook" -> Channel.PUBLIC;
            case "PRIVATE", "facebook-dm", "email", "" -> Channel.PRIVATE;
            default -> throw new IllegalArgumentException("unknown channel " + channel);
        };
    }

    private static String text(JsonNode n, String field) {
        return n.hasNonNull(field) ? n.get(field).asText() : null;
    }

    /** Whether the classification agrees with the label (NOT_REQUEST and SERVICE_QUESTION are NONE). */
    static boolean agrees(String label, Classification c) {
        return switch (label) {
            case "FOI" -> c.type() == RequestType.FOI && !c.ambiguous();
            case "EIR" -> c.type() == RequestType.EIR && !c.ambiguous();
            case "SAR" -> c.type() == RequestType.SAR && !c.ambiguous();
            case "AMBIGUOUS" -> c.ambiguous();
            case "NOT_REQUEST", "SERVICE_QUESTION" -> c.type() == RequestType.NONE && !c.ambiguous();
            default -> throw new IllegalArgumentException("unknown label " + label);
        };
    }

    static boolean isRequestLabel(String label) {
        return label.equals("FOI") || label.equals("EIR") || label.equals("SAR");
    }

    static String describe(Classification c) {
        return c.type() + (c.ambiguous() ? " (ambiguous)" : "");
    }
}
