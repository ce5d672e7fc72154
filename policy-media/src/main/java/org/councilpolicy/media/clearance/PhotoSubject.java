package org.councilpolicy.media.clearance;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One person in a photo, as the person clearing it declares them.
 *
 * @param ageBand      their age band; an exact {@code age}, when given, takes precedence over it
 * @param age          their age today in whole years, or {@code null} when not known
 * @param recognisable whether they can be recognised (face visible, named, distinctive)
 * @param colleague    whether they are a member of staff (PD-8)
 * @param consent      the permission recorded for them, or {@code null} when none
 */
public record PhotoSubject(AgeBand ageBand, Integer age, boolean recognisable, boolean colleague,
                           ConsentRecord consent) {

    /**
     * Checks the band is given and the age, when given, is plausible.
     *
     * @param ageBand      their age band
     * @param age          their age today in whole years, or {@code null} when not known
     * @param recognisable whether they can be recognised
     * @param colleague    whether they are a member of staff
     * @param consent      the permission recorded for them, or {@code null} when none
     * @throws IllegalArgumentException when {@code age} is below 0 or above 130
     */
    public PhotoSubject {
        Objects.requireNonNull(ageBand, "ageBand");
        if (age != null && (age < 0 || age > 130)) {
            throw new IllegalArgumentException("age must be between 0 and 130, got " + age);
        }
    }

    /** {@return the exact age, if known} */
    public OptionalInt ageIfKnown() {
        return age == null ? OptionalInt.empty() : OptionalInt.of(age);
    }

    /** {@return the consent recorded for them, if any} */
    public Optional<ConsentRecord> consentIfAny() {
        return Optional.ofNullable(consent);
    }

    /**
     * Whether they count as a child: by exact age when known, else by band.
     *
     * @param threshold the age from which a person is an adult for this council (the profile's age threshold)
     * @return whether they are under it, or in band {@link AgeBand#CHILD} when their age is not known
     */
    public boolean isChild(int threshold) {
        return age != null ? age < threshold : ageBand == AgeBand.CHILD;
    }

    /** {@return whether their age is unknown altogether (band UNKNOWN and no age)} */
    public boolean isAgeUnknown() {
        return age == null && ageBand == AgeBand.UNKNOWN;
    }

    /**
     * Starts a subject in the given band; recognisable unless said otherwise.
     *
     * @param band their age band
     * @return a new builder
     */
    public static Builder builder(AgeBand band) {
        return new Builder(band);
    }

    /**
     * Starts a recognisable child of the given age.
     *
     * @param age their age in whole years
     * @return a new builder
     */
    public static Builder child(int age) {
        return new Builder(AgeBand.CHILD).age(age);
    }

    /** {@return a new builder for a recognisable adult} */
    public static Builder adult() {
        return new Builder(AgeBand.ADULT);
    }

    /** Builds a {@link PhotoSubject}; {@code recognisable} defaults to true (the cautious reading). */
    public static final class Builder {
        private final AgeBand band;
        private Integer age;
        private boolean recognisable = true;
        private boolean colleague;
        private ConsentRecord consent;

        Builder(AgeBand band) {
            this.band = Objects.requireNonNull(band, "ageBand");
        }

        /**
         * Sets the exact age, which takes precedence over the band.
         *
         * @param value the age in whole years, or {@code null} when not known
         * @return this builder
         */
        public Builder age(Integer value) {
            this.age = value;
            return this;
        }

        /**
         * Says whether they can be recognised.
         *
         * @param value whether their face is visible, they are named or otherwise distinctive
         * @return this builder
         */
        public Builder recognisable(boolean value) {
            this.recognisable = value;
            return this;
        }

        /**
         * Says whether they are a member of staff.
         *
         * @param value whether they are a colleague
         * @return this builder
         */
        public Builder colleague(boolean value) {
            this.colleague = value;
            return this;
        }

        /**
         * Sets the consent recorded for them.
         *
         * @param value the permission, or {@code null} for none
         * @return this builder
         */
        public Builder consent(ConsentRecord value) {
            this.consent = value;
            return this;
        }

        /**
         * Builds the subject.
         *
         * @return the subject
         * @throws IllegalArgumentException when the age is below 0 or above 130
         */
        public PhotoSubject build() {
            return new PhotoSubject(band, age, recognisable, colleague, consent);
        }
    }
}
