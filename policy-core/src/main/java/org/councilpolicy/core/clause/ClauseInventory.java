package org.councilpolicy.core.clause;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The project's own copy of the clause inventory, read from {@code clauses.yaml} beside this class.
 * Immutable; {@link #standard()} is read once.
 */
public final class ClauseInventory {

    private static final class Holder {
        static final ClauseInventory STANDARD = read();
    }

    private final Map<String, Clause> byId;

    private ClauseInventory(Map<String, Clause> byId) {
        this.byId = byId;
    }

    /** {@return the inventory of the five source policies} */
    public static ClauseInventory standard() {
        return Holder.STANDARD;
    }

    /** {@return every clause, in document order} */
    public List<Clause> clauses() {
        return List.copyOf(byId.values());
    }

    /**
     * The clause with that id, if it exists.
     *
     * @param id a clause ID such as {@code PD-1}
     * @return the clause with that id, if it exists
     */
    public Optional<Clause> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * Whether a clause has that id.
     *
     * @param id a clause ID such as {@code PD-1}
     * @return whether a clause has that id
     */
    public boolean contains(String id) {
        return byId.containsKey(id);
    }

    private static ClauseInventory read() {
        try (InputStream in = ClauseInventory.class.getResourceAsStream("clauses.yaml")) {
            if (in == null) {
                throw new IllegalStateException("clauses.yaml is missing from the class path");
            }
            JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(in);
            Map<String, Clause> map = new LinkedHashMap<>();
            for (JsonNode n : root.get("clauses")) {
                String note = n.has("guide") ? n.get("guide").asText()
                        : n.has("pending") ? n.get("pending").asText() : null;
                Clause c = new Clause(n.get("id").asText(), n.get("family").asText(), n.get("source").asText(),
                        ClauseKind.valueOf(n.get("kind").asText()), n.get("requirement").asText(),
                        n.get("summary").asText(), note);
                map.put(c.id(), c);
            }
            return new ClauseInventory(java.util.Collections.unmodifiableMap(map));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
