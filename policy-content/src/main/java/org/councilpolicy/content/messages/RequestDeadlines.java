package org.councilpolicy.content.messages;

import java.time.LocalDate;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.councilpolicy.core.calendar.Counting;
import org.councilpolicy.core.calendar.Deadline;
import org.councilpolicy.core.calendar.Regime;
import org.councilpolicy.core.calendar.StatutoryDeadlines;
import org.councilpolicy.core.profile.Jurisdiction;
import org.councilpolicy.core.profile.Profile;

/**
 * Statutory deadlines for a council (IN-3): {@link StatutoryDeadlines} on the calendars of the profile's
 * jurisdiction, with the profile's extra bank holidays and its counting convention. The {@code deadline}
 * command and {@link MessageClassifier} both use it. Immutable and thread-safe.
 */
public final class RequestDeadlines {

    /** Above this many remembered deadlines the memo starts again, bounding memory. */
    private static final int MEMO_LIMIT = 8192;

    private final StatutoryDeadlines deadlines;
    private final Counting counting;
    /**
     * Deadlines already counted with the profile's counting, by (day received, regime, extended): messages
     * arrive on few distinct days and counting 20 working days is the costliest step of a classification.
     * A pure function's results, so sharing them between threads is safe.
     */
    private final ConcurrentHashMap<Long, Deadline> memo = new ConcurrentHashMap<>();

    private RequestDeadlines(StatutoryDeadlines deadlines, Counting counting) {
        this.deadlines = deadlines;
        this.counting = counting;
    }

    /**
     * Deadlines for the council a profile describes.
     *
     * @param profile the profile
     * @return the calculator
     */
    public static RequestDeadlines forProfile(Profile profile) {
        Objects.requireNonNull(profile, "profile");
        return new RequestDeadlines(StatutoryDeadlines.forJurisdiction(profile.jurisdiction().region(),
                profile.allExtraBankHolidays()), profile.settings(MessageSettings.SECTION).counting());
    }

    /**
     * Deadlines for a profile's council placed in another jurisdiction: the jurisdiction's calendars (a subject
     * access deadline rolls off that nation's bank holidays) with the profile's extra bank holidays and counting.
     *
     * @param profile      the profile
     * @param jurisdiction where the authority is, overriding the profile's own
     * @return the calculator
     */
    public static RequestDeadlines forProfile(Profile profile, Jurisdiction jurisdiction) {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        return forProfile(profile.toBuilder().jurisdiction(jurisdiction).build());
    }

    /**
     * Parses a jurisdiction as people type it: {@code ENGLAND}, {@code wales}, {@code Scotland},
     * {@code northern-ireland} or {@code NORTHERN_IRELAND}.
     *
     * @param name the name, in any case, with {@code -} or {@code _} or a space between words
     * @return the jurisdiction
     * @throws IllegalArgumentException naming the accepted values when it is none of them
     */
    public static Jurisdiction jurisdiction(String name) {
        Objects.requireNonNull(name, "name");
        String key = name.strip().toUpperCase(java.util.Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (Jurisdiction j : Jurisdiction.values()) {
            if (j.name().equals(key)) {
                return j;
            }
        }
        throw new IllegalArgumentException("jurisdiction: expected ENGLAND, WALES, SCOTLAND or NORTHERN_IRELAND, got \""
                + name + "\"");
    }

    /**
     * The regime a request of this type falls under in the profile's jurisdiction.
     *
     * @param type    the request type (not NONE)
     * @param profile the profile
     * @return FOIA or FOISA for FOI, EIR for EIR (the Scottish EIRs too), UK_GDPR for SAR
     */
    public static Regime regimeFor(RequestType type, Profile profile) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(profile, "profile");
        return switch (type) {
            case FOI -> profile.jurisdiction().isScotland() ? Regime.FOISA : Regime.FOIA;
            case EIR -> Regime.EIR;
            case SAR -> Regime.UK_GDPR;
            case NONE -> throw new IllegalArgumentException("a message that is not a request has no regime");
        };
    }

    /**
     * The counting convention of the profile.
     *
     * @return how the day of receipt is treated
     */
    public Counting counting() {
        return counting;
    }

    /**
     * The deadline with the profile's counting.
     *
     * @param regime   the regime
     * @param received the day received
     * @param extended whether the statutory extension applies
     * @return the deadline
     * @throws IllegalArgumentException for an extended FOISA deadline, which does not exist
     */
    public Deadline due(Regime regime, LocalDate received, boolean extended) {
        Objects.requireNonNull(regime, "regime");
        Objects.requireNonNull(received, "received");
        long key = (received.toEpochDay() << 4) | ((long) regime.ordinal() << 1) | (extended ? 1 : 0);
        Deadline d = memo.get(key);
        if (d == null) {
            d = deadlines.due(regime, received, counting, extended);
            if (memo.size() >= MEMO_LIMIT) {
                memo.clear();
            }
            memo.put(key, d);
        }
        return d;
    }

    /**
     * The deadline with the given counting, overriding the profile's.
     *
     * @param regime   the regime
     * @param received the day received
     * @param counting how to treat the day of receipt
     * @param extended whether the statutory extension applies
     * @return the deadline
     * @throws IllegalArgumentException for an extended FOISA deadline, which does not exist
     */
    public Deadline due(Regime regime, LocalDate received, Counting counting, boolean extended) {
        return deadlines.due(regime, received, counting, extended);
    }
}
