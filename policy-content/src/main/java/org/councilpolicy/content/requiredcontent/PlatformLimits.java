package org.councilpolicy.content.requiredcontent;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.councilpolicy.content.draft.Platform;

/**
 * The platforms' limits on a post (length, hashtags, mentions), read from the data table
 * {@code platform-limits.tsv} beside this class, where each row names its source.
 */
public final class PlatformLimits {

    /** What a limit counts. */
    public enum Measure {
        /** The post's length. */
        LENGTH,
        /** How many hashtags. */
        HASHTAGS,
        /** How many @mentions. */
        MENTIONS
    }

    /** How a length is counted. */
    public enum Counting {
        /** X's weighted count: links 23, CJK and emoji 2. */
        X_WEIGHTED,
        /** Unicode code points. */
        CODE_POINTS,
        /** Items (hashtags, mentions). */
        ITEMS
    }

    /**
     * One limit of one platform.
     *
     * @param platform the platform
     * @param measure  what it counts
     * @param max      the most allowed (hard) or advised (soft)
     * @param hard     whether the platform enforces it; soft limits are the platform's advice
     * @param counting how the count is made
     * @param source   where the figure comes from
     */
    public record Limit(Platform platform, Measure measure, int max, boolean hard, Counting counting, String source) {
        /**
         * Validates that nothing is null and the limit is not negative.
         *
         * @param platform the platform
         * @param measure  what it counts
         * @param max      the most allowed (hard) or advised (soft)
         * @param hard     whether the platform enforces it
         * @param counting how the count is made
         * @param source   where the figure comes from
         * @throws IllegalArgumentException when {@code max} is negative
         */
        public Limit {
            Objects.requireNonNull(platform, "platform");
            Objects.requireNonNull(measure, "measure");
            Objects.requireNonNull(counting, "counting");
            Objects.requireNonNull(source, "source");
            if (max < 0) {
                throw new IllegalArgumentException("limit must not be negative: " + max);
            }
        }
    }

    private static final PlatformLimits BUILT_IN = read("platform-limits.tsv");

    private final Map<Platform, List<Limit>> byPlatform;

    private PlatformLimits(Map<Platform, List<Limit>> byPlatform) {
        this.byPlatform = byPlatform;
    }

    /**
     * The built-in table.
     *
     * @return the table read from platform-limits.tsv
     */
    public static PlatformLimits builtIn() {
        return BUILT_IN;
    }

    /**
     * The limits of {@code platform}, hard ones first within each measure (empty when it has none).
     *
     * @param platform the platform
     * @return the limits
     */
    public List<Limit> of(Platform platform) {
        return byPlatform.getOrDefault(Objects.requireNonNull(platform, "platform"), List.of());
    }

    private static PlatformLimits read(String resource) {
        Map<Platform, List<Limit>> map = new EnumMap<>(Platform.class);
        try (InputStream in = PlatformLimits.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int no = 0;
            while ((line = r.readLine()) != null) {
                no++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length != 6) {
                    throw new IllegalStateException(resource + " line " + no + ": expected 6 tab-separated columns");
                }
                Limit limit = new Limit(Platform.valueOf(f[0]), Measure.valueOf(f[1]), Integer.parseInt(f[2]),
                        switch (f[3]) {
                            case "HARD" -> true;
                            case "SOFT" -> false;
                            default -> throw new IllegalStateException(resource + " line " + no + ": HARD or SOFT");
                        }, Counting.valueOf(f[4]), f[5]);
                map.computeIfAbsent(limit.platform(), p -> new ArrayList<>()).add(limit);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        Map<Platform, List<Limit>> frozen = new EnumMap<>(Platform.class);
        map.forEach((p, list) -> {
            list.sort((a, b) -> a.measure() != b.measure() ? a.measure().compareTo(b.measure())
                    : Boolean.compare(b.hard(), a.hard()));
            frozen.put(p, List.copyOf(list));
        });
        return new PlatformLimits(java.util.Collections.unmodifiableMap(frozen));
    }
}
