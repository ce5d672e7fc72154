package org.councilpolicy.core.profile;

import java.util.Objects;
import org.councilpolicy.core.calendar.Counting;

/**
 * How inbound requests for information are handled.
 *
 * @param counting                how day one of a statutory period is counted
 * @param acknowledgementFull     the full acknowledgement template ({@code {name}}, {@code {due}},
 *                                {@code {reference}}, {@code {type}} are filled in), or {@code null}
 *                                for the library's wording
 * @param acknowledgementShort    the short template, at most 280 characters once filled in, or
 *                                {@code null}
 * @param informationTeam         where requests are forwarded, e.g. an email address, or {@code null}
 */
public record MessageSettings(Counting counting, String acknowledgementFull, String acknowledgementShort,
                              String informationTeam) {

    /** ICO counting and the library's own wording. */
    public static final MessageSettings DEFAULT = new MessageSettings(Counting.ICO, null, null, null);

    /**
     * Validates the components.
     *
     * @param counting how day one of a statutory period is counted
     * @param acknowledgementFull the full acknowledgement template ({@code {name}}, {@code {due}}, {@code {reference}}, {@code {type}} are filled in), or {@code null} for the library's wording
     * @param acknowledgementShort the short template, at most 280 characters once filled in, or {@code null}
     * @param informationTeam where requests are forwarded, e.g. an email address, or {@code null}
     */
    public MessageSettings {
        Objects.requireNonNull(counting, "counting");
    }
}
