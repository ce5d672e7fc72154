package org.councilpolicy.examples.service;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.councilpolicy.core.clause.Clause;
import org.councilpolicy.core.clause.ClauseInventory;
import org.councilpolicy.core.engine.RuleRegistry;
import org.councilpolicy.core.profile.Profile;
import org.councilpolicy.examples.cli.JsonItems;

/**
 * The profiles the service started with (engines built once, by name; the first is the default) and the read-only
 * documents it serves: profiles, clauses, health. A request names a profile only by name: never a path.
 */
final class Catalogue {

    /** What a profile name looks like; anything else (a slash, a dot, a drive letter) is refused as such. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");

    private final Map<String, ProfileEngines> profiles;
    private final String defaultName;
    private final ArrayNode profilesJson;
    private final ArrayNode clausesJson;

    Catalogue(RuleRegistry registry, List<Profile> started) {
        if (started.isEmpty()) {
            throw new IllegalArgumentException("start the service with at least one profile");
        }
        Map<String, ProfileEngines> byName = new LinkedHashMap<>();
        for (Profile p : started) {
            if (byName.containsKey(p.name())) {
                throw new IllegalArgumentException("two profiles are named " + p.name() + "; names choose them");
            }
            if (!NAME.matcher(p.name()).matches()) {
                throw new IllegalArgumentException("profile name " + p.name() + " cannot be chosen in a request: "
                        + "use letters, digits, - and _");
            }
            byName.put(p.name(), ProfileEngines.build(registry, p));
        }
        this.profiles = Map.copyOf(byName);
        this.defaultName = started.get(0).name();
        this.profilesJson = JsonItems.mapper().createArrayNode();
        byName.values().forEach(e -> profilesJson.add(e.describe(e.name().equals(defaultName))));
        this.clausesJson = JsonItems.mapper().createArrayNode();
        for (Clause c : ClauseInventory.standard().clauses()) {
            ObjectNode o = clausesJson.addObject();
            o.put("id", c.id());
            o.put("family", c.family());
            o.put("kind", c.kind().name());
            o.put("requirement", c.requirement());
            o.put("summary", c.summary());
            com.fasterxml.jackson.databind.node.ArrayNode sources = o.putArray("sources");
            c.sourceDocuments().forEach(sources::add);
        }
    }

    /** The engines for a requested profile; {@code null} asks for the default. */
    ProfileEngines profile(String name) throws ApiException {
        if (name == null) {
            return profiles.get(defaultName);
        }
        ProfileEngines e = NAME.matcher(name).matches() ? profiles.get(name) : null;
        if (e == null) {
            throw new ApiException(400, "profile must be the name of a profile this server started with (never a "
                    + "file path): one of " + String.join(", ", profileNames()));
        }
        return e;
    }

    List<String> profileNames() {
        return profilesJson.findValuesAsText("name");
    }

    ArrayNode profiles() {
        return profilesJson;
    }

    ArrayNode clauses() {
        return clausesJson;
    }

    ObjectNode health(boolean apiKeyRequired) {
        ObjectNode o = JsonItems.mapper().createObjectNode();
        o.put("status", "ok");
        o.put("defaultProfile", defaultName);
        o.put("apiKeyRequired", apiKeyRequired);
        return o;
    }
}
