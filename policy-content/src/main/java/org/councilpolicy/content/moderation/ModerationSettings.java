package org.councilpolicy.content.moderation;

import org.councilpolicy.core.profile.SectionReader;
import org.councilpolicy.core.profile.SettingsSection;

/**
 * How third-party comments are moderated: the profile's {@code moderation:} section, read with
 * {@code profile.settings(ModerationSettings.SECTION)}.
 *
 * @param mildProfanity whether mild words ("bloody", "damn") count as profanity
 */
public record ModerationSettings(boolean mildProfanity) {

    /** Mild words allowed. */
    public static final ModerationSettings DEFAULT = new ModerationSettings(false);

    /** The {@code moderation:} section of a profile. */
    public static final SettingsSection<ModerationSettings> SECTION = new Section();

    /** Reads and validates the {@code moderation:} section; declared as a service for {@code ServiceLoader}. */
    public static final class Section implements SettingsSection<ModerationSettings> {

        /** The section, as {@code ServiceLoader} makes it; use {@link ModerationSettings#SECTION}. */
        public Section() {
        }

        @Override
        public String key() {
            return "moderation";
        }

        @Override
        public ModerationSettings defaults() {
            return DEFAULT;
        }

        @Override
        public ModerationSettings read(SectionReader in) {
            in.keys("mildProfanity");
            return new ModerationSettings(in.bool("mildProfanity", DEFAULT.mildProfanity()));
        }
    }
}
