package org.councilpolicy.media.clearance;

import org.councilpolicy.core.profile.SectionReader;
import org.councilpolicy.core.profile.SettingsSection;

/**
 * Photo clearance settings: the profile's {@code photos:} section, read with
 * {@code profile.settings(PhotoSettings.SECTION)}.
 *
 * @param ageThreshold          below this age a subject needs parental consent (1 to 25)
 * @param consentValidityMonths how long a consent form stays valid when it gives no expiry (at least 1)
 */
public record PhotoSettings(int ageThreshold, int consentValidityMonths) {

    /** Under-18s need parental consent; consent lasts 12 months. */
    public static final PhotoSettings DEFAULT = new PhotoSettings(18, 12);

    /** The {@code photos:} section of a profile. */
    public static final SettingsSection<PhotoSettings> SECTION = new Section();

    private static final int MIN_AGE = 1;
    private static final int MAX_AGE = 25;

    /**
     * Validates the components.
     *
     * @param ageThreshold          below this age a subject needs parental consent (1 to 25)
     * @param consentValidityMonths how long a consent form stays valid when it gives no expiry (at least 1)
     */
    public PhotoSettings {
        if (ageThreshold < MIN_AGE || ageThreshold > MAX_AGE) {
            throw new IllegalArgumentException("ageThreshold must be between 1 and 25, got " + ageThreshold);
        }
        if (consentValidityMonths < 1) {
            throw new IllegalArgumentException("consentValidityMonths must be positive, got " + consentValidityMonths);
        }
    }

    /** Reads and validates the {@code photos:} section; declared as a service for {@code ServiceLoader}. */
    public static final class Section implements SettingsSection<PhotoSettings> {

        /** The section, as {@code ServiceLoader} makes it; use {@link PhotoSettings#SECTION}. */
        public Section() {
        }

        @Override
        public String key() {
            return "photos";
        }

        @Override
        public PhotoSettings defaults() {
            return DEFAULT;
        }

        @Override
        public PhotoSettings read(SectionReader in) {
            in.keys("ageThreshold", "consentValidityMonths");
            int age = in.integer("ageThreshold", DEFAULT.ageThreshold());
            int months = in.integer("consentValidityMonths", DEFAULT.consentValidityMonths());
            if (age < MIN_AGE || age > MAX_AGE) {
                in.problem("ageThreshold", "expected an age from " + MIN_AGE + " to " + MAX_AGE + ", got " + age);
                age = DEFAULT.ageThreshold();
            }
            if (months < 1) {
                in.problem("consentValidityMonths", "expected at least 1, got " + months);
                months = DEFAULT.consentValidityMonths();
            }
            return new PhotoSettings(age, months);
        }
    }
}
