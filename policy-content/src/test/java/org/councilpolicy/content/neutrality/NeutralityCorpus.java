package org.councilpolicy.content.neutrality;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.councilpolicy.content.draft.Draft;
import org.councilpolicy.content.draft.PostKind;
import org.councilpolicy.content.draft.SharedFrom;
import org.councilpolicy.core.engine.Engine;
import org.councilpolicy.core.engine.RuleRegistry;
import org.councilpolicy.core.profile.AccountType;
import org.councilpolicy.core.profile.Profile;
import org.councilpolicy.core.profile.ProfileLoader;

/** Test support: the labelled corpus {@code corpus/publishing-neutrality.jsonl} and engines to run it. */
final class NeutralityCorpus {

    /** The fixed "now" of the corpus (a Monday, 11:00 in London). */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-15T10:00:00Z"), ZoneOffset.UTC);

    /** The rule ids this corpus is about. */
    static final Set<String> RULES = Set.of("neutrality.party-politics", "neutrality.campaigning",
            "neutrality.political-opinion", "neutrality.debate-in-reply", "neutrality.affirm-third-party",
            "neutrality.councillor-share", "neutrality.pre-election", "neutrality.views-as-council",
            "neutrality.predetermination", "conduct.contempt-of-court", "conduct.disparaging-council",
            "conduct.personal-promotion", "conduct.councillor-insult", "conduct.meeting-off-topic");

    /** One labelled draft. */
    record Row(String id, String family, String profile, Draft draft, List<String> expected) {
    }

    private static final RuleRegistry REGISTRY = RuleRegistry.discover();
    private static final Map<String, Engine> ENGINES = new HashMap<>();

    private NeutralityCorpus() {
    }

    static List<Row> rows() {
        ObjectMapper json = new ObjectMapper();
        List<Row> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                NeutralityCorpus.class.getResourceAsStream("/corpus/publishing-neutrality.jsonl"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n = json.readTree(line);
                Draft.Builder b = Draft.builder(n.get("text").asText())
                        .account(AccountType.valueOf(n.get("account").asText()))
                        .kind(PostKind.valueOf(n.get("kind").asText()));
                if (n.hasNonNull("scheduledAt")) {
                    b.scheduledAt(Instant.parse(n.get("scheduledAt").asText()));
                }
                if (n.hasNonNull("replyTo")) {
                    b.replyTo(n.get("replyTo").asText());
                }
                if (n.hasNonNull("sharedFrom")) {
                    b.sharedFrom(new SharedFrom(n.get("sharedFrom").get("account").asText(),
                            n.get("sharedFrom").get("official").asBoolean()));
                }
                List<String> expected = new ArrayList<>();
                n.get("expected").forEach(e -> expected.add(e.asText()));
                out.add(new Row(n.get("id").asText(), n.get("family").asText(), n.get("profile").asText(), b.build(),
                        List.copyOf(expected)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static synchronized Engine engine(String profileName) {
        return ENGINES.computeIfAbsent(profileName, name -> Engine.builder()
                .registry(REGISTRY).profile(profile(name)).clock(CLOCK).build());
    }

    static Profile profile(String name) {
        ProfileLoader loader = REGISTRY.profileLoader();
        if (ProfileLoader.isBuiltIn(name)) {
            return loader.builtIn(name);
        }
        try {
            return loader.load(Path.of(NeutralityCorpus.class.getResource("/corpus/" + name + ".yaml").toURI()));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
