package org.councilpolicy.content.moderation;

import org.councilpolicy.core.profile.SectionReader;
import org.councilpolicy.core.profile.SettingsSection;

/**
 * How third-party comments are moderated: the profile's {@code moderation:} section, read with
 * {@code profile.settings(ModerationSettings.SECTION)}.
 *
 * @param mildProfanity          whether mild words ("bloody", "damn") count as profanity
 * @param unaimedDerogatoryNames what a derogatory name for a woman ("slag", "bint") said of no one identifiable and
 *                               of no group leads to: {@link Decision#REVIEW} by default (MD-3: SFRS 5.3 deletes
 *                               only on its listed grounds, and a name said of nobody is no abuse of a person, no
 *                               hate and no swearing), {@link Decision#DELETE} where the policy removes every
 *                               derogatory comment (MD-2: SHWD 3.8), {@link Decision#KEEP} to leave it up. Aimed
 *                               at a person it is abuse and deleted whatever this says.
 */
public record ModerationSettings(boolean mildProfanity, Decision unaimedDerogatoryNames) {

    /** Mild words allowed; derogatory names said of no one reviewed. */
    public static final ModerationSettings DEFAULT = new ModerationSettings(false, Decision.REVIEW);

    /** The {@code moderation:} section of a profile. */
    public static final SettingsSection<ModerationSettings> SECTION = new Section();

    /**
     * Validates that the decision is given.
     *
     * @param mildProfanity          whether mild words count as profanity
     * @param unaimedDerogatoryNames what a derogatory name said of no one leads to
     */
    public ModerationSettings {
        java.util.Objects.requireNonNull(unaimedDerogatoryNames, "unaimedDerogatoryNames");
    }

    /**
     * The settings with only the mild-profanity choice made (derogatory names said of no one reviewed).
     *
     * @param mildProfanity whether mild words count as profanity
     */
    public ModerationSettings(boolean mildProfanity) {
        this(mildProfanity, Decision.REVIEW);
    }

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
            in.keys("mildProfanity", "unaimedDerogatoryNames");
            return new ModerationSettings(in.bool("mildProfanity", DEFAULT.mildProfanity()),
                    in.constant("unaimedDerogatoryNames", Decision.class, DEFAULT.unaimedDerogatoryNames()));
        }
    }
}
