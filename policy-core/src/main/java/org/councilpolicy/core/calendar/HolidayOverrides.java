package org.councilpolicy.core.calendar;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The bundled {@code uk-holiday-overrides.yaml}: per-region dates to add to / remove from jollyday's list. */
final class HolidayOverrides {

    static final String RESOURCE = "uk-holiday-overrides.yaml";

    /** One region's entry in the YAML file. */
    record Entry(List<LocalDate> add, List<LocalDate> remove) {
    }

    private final Map<UkRegion, Set<LocalDate>> add;
    private final Map<UkRegion, Set<LocalDate>> remove;

    private HolidayOverrides(Map<UkRegion, Set<LocalDate>> add, Map<UkRegion, Set<LocalDate>> remove) {
        this.add = ImmutableMap.copyOf(add);
        this.remove = ImmutableMap.copyOf(remove);
    }

    private static final class Holder {
        static final HolidayOverrides BUNDLED = load();
    }

    static HolidayOverrides bundled() {
        return Holder.BUNDLED;
    }

    private static HolidayOverrides load() {
        ObjectMapper mapper = new ObjectMapper(new YAMLFactory())
                .registerModule(new JavaTimeModule())
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        try (InputStream in = HolidayOverrides.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            Map<String, Entry> raw = mapper.readValue(in,
                    mapper.getTypeFactory().constructMapType(Map.class, String.class, Entry.class));
            Map<UkRegion, Set<LocalDate>> add = new EnumMap<>(UkRegion.class);
            Map<UkRegion, Set<LocalDate>> remove = new EnumMap<>(UkRegion.class);
            for (UkRegion region : UkRegion.values()) {
                if (region == UkRegion.ANY_PART_OF_UK) {
                    continue;
                }
                Entry e = raw.get(region.key());
                add.put(region, e == null || e.add() == null ? Set.of() : ImmutableSet.copyOf(e.add()));
                remove.put(region, e == null || e.remove() == null ? Set.of() : ImmutableSet.copyOf(e.remove()));
            }
            for (String k : raw.keySet()) {
                boolean known = false;
                for (UkRegion r : UkRegion.values()) {
                    known |= r != UkRegion.ANY_PART_OF_UK && r.key().equals(k);
                }
                if (!known) {
                    throw new IllegalStateException("unknown region '" + k + "' in " + RESOURCE);
                }
            }
            return new HolidayOverrides(add, remove);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    Set<LocalDate> additions(UkRegion region) {
        return add.getOrDefault(region, Set.of());
    }

    Set<LocalDate> removals(UkRegion region) {
        return remove.getOrDefault(region, Set.of());
    }
}
