package org.councilpolicy.core.profile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.ServiceLoader;

/**
 * A module's own top-level section of a profile, such as {@code messages:} (policy-content) or {@code photos:}
 * (policy-media): its key, its defaults and how its typed settings are read and validated. Core reads only its own
 * keys; every other top-level mapping is kept as it was written, and each module reads its section with
 * {@link Profile#settings(SettingsSection)}.
 *
 * <p>A module declares its sections as services: list each implementing class (public, with a public no-argument
 * constructor) in {@code META-INF/services/org.councilpolicy.core.profile.SettingsSection}. A {@link ProfileLoader}
 * validates every section on its class path (and any given to
 * {@link ProfileLoader#withSections(java.util.Collection)}) when it loads a profile, listing the problems of every
 * section together with core's, each with its path.
 *
 * <pre>{@code
 * public record ModerationSettings(boolean mildProfanity) {
 *     public static final SettingsSection<ModerationSettings> SECTION = new Section();
 *
 *     public static final class Section implements SettingsSection<ModerationSettings> {
 *         public String key() { return "moderation"; }
 *         public ModerationSettings defaults() { return new ModerationSettings(false); }
 *         public ModerationSettings read(SectionReader in) {
 *             in.keys("mildProfanity");
 *             return new ModerationSettings(in.bool("mildProfanity", false));
 *         }
 *     }
 * }
 * // in a rule: boolean mild = ctx.profile().settings(ModerationSettings.SECTION).mildProfanity();
 * }</pre>
 *
 * <p>Implementations are stateless and thread-safe. A profile holds each section's settings by key.
 *
 * @param <T> the section's typed settings, an immutable value
 */
public interface SettingsSection<T> {

    /**
     * The section's top-level key in a profile.
     *
     * @return the key, such as {@code photos}; never one of core's own keys
     */
    String key();

    /**
     * The settings of a profile that has no such section.
     *
     * @return the defaults, never {@code null}
     */
    T defaults();

    /**
     * Reads and validates the section. Report each problem through {@code in} (its path is made from the section's)
     * and carry on, so that every problem is listed at once; what is returned is used only when none was reported.
     *
     * @param in the section as written, after {@code extends} chains are merged
     * @return the typed settings, the defaults filled in for what the section leaves out
     */
    T read(SectionReader in);

    /**
     * Every section declared as a service to {@code loader}, ordered by key.
     *
     * @param loader where to look
     * @return the sections, one per key
     * @throws IllegalStateException when two modules declare sections with the same key
     */
    @SuppressWarnings("rawtypes")
    static List<SettingsSection<?>> discover(ClassLoader loader) {
        Objects.requireNonNull(loader, "loader");
        List<SettingsSection<?>> found = new ArrayList<>();
        for (SettingsSection s : ServiceLoader.load(SettingsSection.class, loader)) {
            found.add(s);
        }
        return ProfileSections.checkedKeys(found).stream()
                .sorted(Comparator.comparing(SettingsSection::key)).toList();
    }
}
