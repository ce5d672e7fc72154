package org.councilpolicy.examples.service;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import org.councilpolicy.content.messages.MessageClassifier;
import org.councilpolicy.content.moderation.Moderator;
import org.councilpolicy.core.engine.Engine;
import org.councilpolicy.core.engine.RuleRegistry;
import org.councilpolicy.core.profile.Profile;
import org.councilpolicy.examples.cli.JsonItems;
import org.councilpolicy.examples.cli.RuleCatalog;
import org.councilpolicy.media.clearance.PhotoClearance;

/**
 * Everything the service runs for one profile, built once at start: the engine, classifier, moderator and photo
 * clearance behind each endpoint, and the rule catalogue. Immutable and thread-safe, like the engines.
 */
final class ProfileEngines {

    private final Profile profile;
    private final Map<ItemKind, JsonItems.Handler> handlers;
    private final ArrayNode rules;

    private ProfileEngines(Profile profile, Map<ItemKind, JsonItems.Handler> handlers, ArrayNode rules) {
        this.profile = profile;
        this.handlers = handlers;
        this.rules = rules;
    }

    static ProfileEngines build(RuleRegistry registry, Profile profile) {
        Engine engine = Engine.builder().registry(registry).profile(profile).build();
        // Consent and deadline dates are UK calendar dates, as on the command line.
        Clock clock = Clock.system(ZoneId.of("Europe/London"));
        Map<ItemKind, JsonItems.Handler> handlers = new EnumMap<>(ItemKind.class);
        handlers.put(ItemKind.CHECK, JsonItems.check(engine));
        handlers.put(ItemKind.ACCOUNT, JsonItems.account(engine));
        handlers.put(ItemKind.CLASSIFY, JsonItems.classify(MessageClassifier.forProfile(profile)));
        handlers.put(ItemKind.MODERATE, JsonItems.moderate(Moderator.of(engine)));
        JsonItems.Handler photo = JsonItems.photo(PhotoClearance.of(profile, clock));
        handlers.put(ItemKind.PHOTO, in -> {
            // The command line reads the file a declaration names; a server must never read its own files for a
            // client, so a declaration with an image is refused. The metadata scan stays on the command line.
            if (in.hasNonNull("image")) {
                throw JsonItems.inputError("image", "the service never reads files; leave image out and scan the "
                        + "image with ./policykit photo or the Java API");
            }
            return photo.handle(in);
        });
        return new ProfileEngines(profile, Map.copyOf(handlers),
                new RuleCatalog(registry.infos(), profile).json());
    }

    String name() {
        return profile.name();
    }

    JsonItems.Handler handler(ItemKind kind) {
        return handlers.get(kind);
    }

    /** The rule catalogue under this profile (shared: callers must not modify it). */
    ArrayNode rules() {
        return rules;
    }

    ObjectNode describe(boolean isDefault) {
        ObjectNode o = JsonItems.mapper().createObjectNode();
        o.put("name", profile.name());
        o.put("council", profile.council());
        o.put("jurisdiction", profile.jurisdiction().name());
        o.put("version", profile.version());
        if (profile.source() != null) {
            o.put("source", profile.source());
        }
        if (profile.extendsProfile() != null) {
            o.put("extends", profile.extendsProfile());
        }
        o.put("default", isDefault);
        return o;
    }
}
