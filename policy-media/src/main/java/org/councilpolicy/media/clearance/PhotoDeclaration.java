package org.councilpolicy.media.clearance;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a person declares about a photo before it is shared: the typed checklist that
 * {@link PhotoClearance} decides on.
 *
 * @param context  where it was taken
 * @param subjects the people in it (empty when there are none)
 * @param incident the incident facts; used when {@code context} is {@link PhotoContext#INCIDENT}, where
 *                 {@code null} means none were declared (so no officer in charge's permission is on record)
 * @param visible  what the checker saw in it from the SFRS 4.2 list
 * @param source   who owns its copyright
 * @param unsure   the person is in doubt whether it is suitable (PH-7)
 * @param image    the image file, to scan for embedded metadata (PH-8), or {@code null}
 */
public record PhotoDeclaration(PhotoContext context, List<PhotoSubject> subjects, IncidentDetails incident,
                               Set<VisibleItem> visible, ImageSource source, boolean unsure, Path image) {

    /**
     * Checks the required parts and copies the collections.
     *
     * @param context  where it was taken
     * @param subjects the people in it (empty when there are none)
     * @param incident the incident facts, or {@code null} when none were declared
     * @param visible  what the checker saw in it from the SFRS 4.2 list
     * @param source   who owns its copyright
     * @param unsure   the person is in doubt whether it is suitable
     * @param image    the image file to scan for embedded metadata, or {@code null}
     */
    public PhotoDeclaration {
        Objects.requireNonNull(context, "context");
        subjects = List.copyOf(Objects.requireNonNull(subjects, "subjects"));
        visible = Set.copyOf(Objects.requireNonNull(visible, "visible"));
        Objects.requireNonNull(source, "source");
    }

    /** {@return the incident facts, if declared} */
    public Optional<IncidentDetails> incidentIfAny() {
        return Optional.ofNullable(incident);
    }

    /** {@return the image file to scan, if one was given} */
    public Optional<Path> imageIfAny() {
        return Optional.ofNullable(image);
    }

    /**
     * Whether the checker saw that item.
     *
     * @param item one of the SFRS 4.2 items
     * @return whether it was declared visible
     */
    public boolean shows(VisibleItem item) {
        return visible.contains(item);
    }

    /**
     * Starts a declaration in the given context: no subjects, nothing visible, source unknown, not unsure, no image.
     *
     * @param context where the photo was taken
     * @return a new builder
     */
    public static Builder builder(PhotoContext context) {
        return new Builder(context);
    }

    /**
     * Builds a {@link PhotoDeclaration}. The source defaults to {@link ImageSource#UNKNOWN}: a photo
     * whose owner nobody declared is not assumed to be the council's own (CO-4).
     */
    public static final class Builder {
        private final PhotoContext context;
        private final List<PhotoSubject> subjects = new ArrayList<>();
        private IncidentDetails incident;
        private final Set<VisibleItem> visible = EnumSet.noneOf(VisibleItem.class);
        private ImageSource source = ImageSource.UNKNOWN;
        private boolean unsure;
        private Path image;

        Builder(PhotoContext context) {
            this.context = Objects.requireNonNull(context, "context");
        }

        /**
         * Adds a person in the photo.
         *
         * @param value the person, as declared
         * @return this builder
         */
        public Builder subject(PhotoSubject value) {
            subjects.add(Objects.requireNonNull(value, "subject"));
            return this;
        }

        /**
         * Adds a person in the photo, building them now.
         *
         * @param value the person's builder, e.g. {@code PhotoSubject.child(9)}
         * @return this builder
         */
        public Builder subject(PhotoSubject.Builder value) {
            return subject(value.build());
        }

        /**
         * Sets the incident facts (read only in the {@link PhotoContext#INCIDENT} context).
         *
         * @param value the facts, or {@code null} for none declared
         * @return this builder
         */
        public Builder incident(IncidentDetails value) {
            this.incident = value;
            return this;
        }

        /**
         * Adds items the checker saw.
         *
         * @param items the items from the SFRS 4.2 list
         * @return this builder
         */
        public Builder visible(VisibleItem... items) {
            for (VisibleItem i : items) {
                visible.add(Objects.requireNonNull(i, "visible item"));
            }
            return this;
        }

        /**
         * Sets who owns the copyright.
         *
         * @param value the source and its licence
         * @return this builder
         */
        public Builder source(ImageSource value) {
            this.source = Objects.requireNonNull(value, "source");
            return this;
        }

        /**
         * Sets who owns the copyright and the licence or permission.
         *
         * @param kind    who owns it
         * @param licence the licence or permission that lets the council use it, or {@code null} when none
         * @return this builder
         */
        public Builder source(SourceKind kind, String licence) {
            return source(new ImageSource(kind, licence));
        }

        /**
         * Says whether the person is in doubt whether the photo is suitable (PH-7).
         *
         * @param value whether they are unsure
         * @return this builder
         */
        public Builder unsure(boolean value) {
            this.unsure = value;
            return this;
        }

        /**
         * Sets the image file to scan for embedded metadata.
         *
         * @param value the file, or {@code null} for none
         * @return this builder
         */
        public Builder image(Path value) {
            this.image = value;
            return this;
        }

        /** {@return the declaration} */
        public PhotoDeclaration build() {
            return new PhotoDeclaration(context, subjects, incident, visible, source, unsure, image);
        }
    }
}
