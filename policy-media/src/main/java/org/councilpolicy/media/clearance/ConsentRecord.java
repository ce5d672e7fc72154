package org.councilpolicy.media.clearance;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The permission recorded for one person in a photo.
 *
 * @param kind      how it was given
 * @param reference the reference of the signed form (e.g. "F-123"), or {@code null}
 * @param given     the date it was given, or {@code null} when not recorded
 * @param expires   the last day it is valid, or {@code null}: then it lasts the profile's
 *                  {@code consentValidityMonths} from {@code given}
 */
public record ConsentRecord(ConsentKind kind, String reference, LocalDate given, LocalDate expires) {

    /**
     * Checks the kind is given and the dates are in order.
     *
     * @param kind      how it was given
     * @param reference the reference of the signed form, or {@code null}
     * @param given     the date it was given, or {@code null} when not recorded
     * @param expires   the last day it is valid, or {@code null} to use the profile's validity period
     * @throws IllegalArgumentException when it expires before it was given
     */
    public ConsentRecord {
        Objects.requireNonNull(kind, "kind");
        if (given != null && expires != null && expires.isBefore(given)) {
            throw new IllegalArgumentException("consent expires (" + expires + ") before it was given (" + given + ")");
        }
    }

    /**
     * A consent of that kind with no reference or dates.
     *
     * @param kind how it was given
     * @return the record
     */
    public static ConsentRecord of(ConsentKind kind) {
        return new ConsentRecord(kind, null, null, null);
    }

    /**
     * A written consent with its form reference, valid for the profile's period from the day it was given.
     *
     * @param kind      how it was given
     * @param reference the reference of the signed form
     * @param given     the date it was given
     * @return the record, with no expiry date of its own
     */
    public static ConsentRecord written(ConsentKind kind, String reference, LocalDate given) {
        return new ConsentRecord(kind, reference, Objects.requireNonNull(given, "given"), null);
    }

    /** {@return whether a form reference was recorded (not blank)} */
    public boolean hasReference() {
        return reference != null && !reference.isBlank();
    }

    /**
     * The last day the consent is valid: {@code expires} if recorded, else {@code given} plus
     * {@code validityMonths} less a day.
     *
     * @param validityMonths how long a consent lasts when no expiry is recorded (the profile's
     *                       {@code consentValidityMonths})
     * @return the last valid day, or empty when neither date is known
     */
    public Optional<LocalDate> lastValidDay(int validityMonths) {
        if (expires != null) {
            return Optional.of(expires);
        }
        if (given != null) {
            return Optional.of(given.plusMonths(validityMonths).minusDays(1));
        }
        return Optional.empty();
    }
}
