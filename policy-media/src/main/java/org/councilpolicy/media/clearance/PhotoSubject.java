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

    /** Checks the parts and copies the collections. */
    public PhotoSubject {
        Objects.requireNonNull(ageBand, "ageBand");
        if (age != null && (age < 0 || age > 130)) {
            throw new IllegalArgumentException("age must be between 0 and 130, got " + age);
        }
    }

    /** The age, if known. */
    public OptionalInt ageIfKnown() {
        return age == null ? OptionalInt.empty() : OptionalInt.of(age);
    }

    /** The consent, if any. */
    public Optional<ConsentRecord> consentIfAny() {
        return Optional.ofNullable(consent);
    }

    /** Whether they count as a child under {@code threshold}: by exact age when known, else by band. */
    public boolean isChild(int threshold) {
        return age != null ? age < threshold : ageBand == AgeBand.CHILD;
    }

    /** Whether their age is unknown altogether (band UNKNOWN and no age). */
    public boolean isAgeUnknown() {
        return age == null && ageBand == AgeBand.UNKNOWN;
    }

    /** Starts a subject in the given band; recognisable unless said otherwise. */
    public static Builder builder(AgeBand band) {
        return new Builder(band);
    }

    /** A recognisable child of the given age. */
    public static Builder child(int age) {
        return new Builder(AgeBand.CHILD).age(age);
    }

    /** A recognisable adult. */
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

        /** Sets the age in whole years, or null when not known. */
        public Builder age(Integer value) {
            this.age = value;
            return this;
        }

        /** Says whether they can be recognised. */
        public Builder recognisable(boolean value) {
            this.recognisable = value;
            return this;
        }

        /** Says whether they are a member of staff. */
        public Builder colleague(boolean value) {
            this.colleague = value;
            return this;
        }

        /** Sets the consent recorded for them. */
        public Builder consent(ConsentRecord value) {
            this.consent = value;
            return this;
        }

        /** Builds the subject. */
        public PhotoSubject build() {
            return new PhotoSubject(band, age, recognisable, colleague, consent);
        }
    }
}
