package org.councilpolicy.content.messages;

import java.util.Objects;
import org.councilpolicy.core.calendar.Counting;
import org.councilpolicy.core.profile.SectionReader;
import org.councilpolicy.core.profile.SettingsSection;

/**
 * How inbound requests for information are handled: the profile's {@code messages:} section, read with
 * {@code profile.settings(MessageSettings.SECTION)}.
 *
 * <pre>{@code
 * messages:
 *   counting: ico                     # or next-working-day
 *   acknowledgement: {full: "…", short: "…"}
 *   informationTeam: foi@example.gov.uk
 * }</pre>
 *
 * @param counting             how day one of a statutory period is counted
 * @param acknowledgementFull  the full acknowledgement template ({@code {name}}, {@code {due}}, {@code {reference}},
 *                             {@code {type}} are filled in), or {@code null} for the library's wording
 * @param acknowledgementShort the short template, at most 280 characters once filled in, or {@code null}
 * @param informationTeam      where requests are forwarded, e.g. an email address, or {@code null}
 */
public record MessageSettings(Counting counting, String acknowledgementFull, String acknowledgementShort,
                              String informationTeam) {

    /** ICO counting and the library's own wording. */
    public static final MessageSettings DEFAULT = new MessageSettings(Counting.ICO, null, null, null);

    /** The {@code messages:} section of a profile. */
    public static final SettingsSection<MessageSettings> SECTION = new Section();

    /**
     * Validates the components.
     *
     * @param counting             how day one of a statutory period is counted
     * @param acknowledgementFull  the full acknowledgement template, or {@code null} for the library's wording
     * @param acknowledgementShort the short template, or {@code null}
     * @param informationTeam      where requests are forwarded, or {@code null}
     */
    public MessageSettings {
        Objects.requireNonNull(counting, "counting");
    }

    /** Reads and validates the {@code messages:} section; declared as a service for {@code ServiceLoader}. */
    public static final class Section implements SettingsSection<MessageSettings> {

        /** The section, as {@code ServiceLoader} makes it; use {@link MessageSettings#SECTION}. */
        public Section() {
        }

        @Override
        public String key() {
            return "messages";
        }

        @Override
        public MessageSettings defaults() {
            return DEFAULT;
        }

        @Override
        public MessageSettings read(SectionReader in) {
            in.keys("counting", "acknowledgement", "informationTeam");
            Counting counting = in.constant("counting", Counting.class, Counting.ICO);
            SectionReader ack = in.mapping("acknowledgement");
            String full = null;
            String shortTemplate = null;
            if (ack != null) {
                ack.keys("full", "short");
                full = ack.text("full");
                shortTemplate = ack.text("short");
            }
            return new MessageSettings(counting, full, shortTemplate, in.text("informationTeam"));
        }
    }
}
