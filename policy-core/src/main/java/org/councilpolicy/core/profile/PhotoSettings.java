package org.councilpolicy.core.profile;

/**
 * Photo clearance settings.
 *
 * @param ageThreshold          below this age a subject needs parental consent
 * @param consentValidityMonths how long a consent form stays valid when it gives no expiry
 */
public record PhotoSettings(int ageThreshold, int consentValidityMonths) {

    /** Under-18s need parental consent; consent lasts 12 months. */
    public static final PhotoSettings DEFAULT = new PhotoSettings(18, 12);

    /**
     * Validates the components.
     *
     * @param ageThreshold below this age a subject needs parental consent
     * @param consentValidityMonths how long a consent form stays valid when it gives no expiry
     */
    public PhotoSettings {
        if (ageThreshold < 1 || ageThreshold > 25) {
            throw new IllegalArgumentException("ageThreshold must be between 1 and 25, got " + ageThreshold);
        }
        if (consentValidityMonths < 1) {
            throw new IllegalArgumentException("consentValidityMonths must be positive, got " + consentValidityMonths);
        }
    }
}
