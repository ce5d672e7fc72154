package org.councilpolicy.core.calendar;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Statutory response deadlines for FOIA, FOISA, EIR and UK GDPR subject access requests.
 *
 * <ul>
 *   <li>FOIA and EIR: 20 working days, where a bank holiday in any part of the UK is not a working day
 *       (FOIA s.10(6), EIR reg 2). EIR's extension (reg 7(1), complex and voluminous) gives 40 working days; a
 *       FOIA public interest extension (s.10(3)) is taken as a further 20 working days, 40 in all, the most
 *       the ICO's guidance accepts.</li>
 *   <li>FOISA: 20 working days, where only Scottish bank holidays are excluded (s.73). There is no
 *       extension.</li>
 *   <li>EIR for a Scottish authority (the Environmental Information (Scotland) Regulations 2004, still
 *       {@link Regime#EIR} here): 20 working days, extendable to 40 (reg 7), counted like FOISA on the Scottish
 *       calendar, when the calculator's own region ({@code local}) is {@link UkRegion#SCOTLAND}.</li>
 *   <li>UK GDPR subject access request: one calendar month, i.e. the corresponding date in the next month,
 *       or that month's last day where there is none; extended, three months by the same rule (Art. 12(3)).
 *       If that day is not a working day on the jurisdiction's calendar, the next working day (ICO).</li>
 * </ul>
 *
 * <p>Clarification pauses ({@link ClockPause}) stop the working-day count, or for a subject access request
 * move the due date by the calendar days paused. Note that FOIA s.10(6), FOISA s.1(3) and EIR reg 9 allow
 * the full period to start again on receipt of clarification; pausing never gives a later date than that,
 * so it errs on the safe side.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class StatutoryDeadlines {

    /** Working days allowed under FOIA, FOISA and EIR. */
    static final int STANDARD_WORKING_DAYS = 20;
    /** Working days allowed after an EIR (or FOIA public interest) extension. */
    static final int EXTENDED_WORKING_DAYS = 40;

    private final WorkingDayCalendar anyPartOfUk;
    private final WorkingDayCalendar scotland;
    private final WorkingDayCalendar local;

    /**
     * Deadlines computed on the given calendars.
     *
     * @param anyPartOfUk calendar for FOIA and EIR, normally {@link UkRegion#ANY_PART_OF_UK}
     * @param scotland    calendar for FOISA, normally {@link UkRegion#SCOTLAND}
     * @param local       the authority's own calendar, used to roll a subject access deadline to a working day
     */
    public StatutoryDeadlines(WorkingDayCalendar anyPartOfUk, WorkingDayCalendar scotland, WorkingDayCalendar local) {
        this.anyPartOfUk = Objects.requireNonNull(anyPartOfUk, "anyPartOfUk");
        this.scotland = Objects.requireNonNull(scotland, "scotland");
        this.local = Objects.requireNonNull(local, "local");
    }

    /**
     * Deadlines for an authority in {@code region}, with no extra holidays.
     *
     * @param region where the authority is; {@link UkRegion#ANY_PART_OF_UK} when not known
     * @return the deadlines calculator
     */
    public static StatutoryDeadlines forJurisdiction(UkRegion region) {
        return forJurisdiction(region, List.of());
    }

    /**
     * Deadlines for an authority in {@code region}, with extra one-off bank holidays in that region (for
     * example from the council's profile). The extra days are added to the UK-wide calendar (FOIA, EIR) and to
     * the authority's own calendar; they are added to the Scottish calendar (FOISA) only when {@code region} is
     * {@link UkRegion#SCOTLAND} or {@link UkRegion#ANY_PART_OF_UK}.
     *
     * @param region        where the authority is
     * @param extraHolidays extra bank holidays in that region
     * @return the deadlines calculator
     */
    public static StatutoryDeadlines forJurisdiction(UkRegion region, Collection<LocalDate> extraHolidays) {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(extraHolidays, "extraHolidays");
        boolean scottishExtras = region == UkRegion.SCOTLAND || region == UkRegion.ANY_PART_OF_UK;
        return new StatutoryDeadlines(
                WorkingDayCalendar.of(UkRegion.ANY_PART_OF_UK, extraHolidays),
                WorkingDayCalendar.of(UkRegion.SCOTLAND, scottishExtras ? extraHolidays : List.of()),
                WorkingDayCalendar.of(region, extraHolidays));
    }

    /**
     * The deadline for a request, with no clarification pauses.
     *
     * @param regime   the regime
     * @param received the day the request was received (any calendar day)
     * @param counting how to treat the day of receipt
     * @param extended whether the statutory extension applies
     * @return the deadline
     * @throws IllegalArgumentException if {@code extended} is asked for FOISA, which has no extension
     */
    public Deadline due(Regime regime, LocalDate received, Counting counting, boolean extended) {
        return due(regime, received, counting, extended, List.of());
    }

    /**
     * The deadline for a request, with the clock paused while awaiting clarification.
     *
     * @param regime   the regime
     * @param received the day the request was received (any calendar day)
     * @param counting how to treat the day of receipt
     * @param extended whether the statutory extension applies
     * @param pauses   clarification pauses, see {@link ClockPause}
     * @return the deadline
     * @throws IllegalArgumentException if {@code extended} is asked for FOISA, which has no extension
     */
    public Deadline due(Regime regime, LocalDate received, Counting counting, boolean extended,
                        List<ClockPause> pauses) {
        Objects.requireNonNull(regime, "regime");
        Objects.requireNonNull(received, "received");
        Objects.requireNonNull(counting, "counting");
        Objects.requireNonNull(pauses, "pauses");
        List<ClockPause> ps = List.copyOf(pauses);
        if (regime == Regime.UK_GDPR) {
            return subjectAccess(received, counting, extended, ps);
        }
        if (regime == Regime.FOISA && extended) {
            throw new IllegalArgumentException("FOISA has no extension of the 20 working day limit");
        }
        WorkingDayCalendar cal = countsOnScottishCalendar(regime) ? scotland : anyPartOfUk;
        int days = extended ? EXTENDED_WORKING_DAYS : STANDARD_WORKING_DAYS;
        LocalDate d = deemedReceipt(cal, received, counting);
        int counted = 0;
        while (counted < days) {
            d = cal.nextWorkingDay(d);
            if (!paused(ps, d)) {
                counted++;
            }
        }
        return new Deadline(regime, received, d, days, counting, extended);
    }

    private Deadline subjectAccess(LocalDate received, Counting counting, boolean extended, List<ClockPause> ps) {
        LocalDate start = deemedReceipt(local, received, counting);
        LocalDate due = start.plusMonths(extended ? 3 : 1);
        for (ClockPause p : ps) {
            due = due.plusDays(p.calendarDays());
        }
        if (!local.isWorkingDay(due)) {
            due = local.nextWorkingDay(due);
        }
        return new Deadline(Regime.UK_GDPR, received, due, 0, counting, extended);
    }

    /**
     * FOISA counts Scottish bank holidays only (s.73); so does EIR for a Scottish authority, whose requests fall
     * under the Environmental Information (Scotland) Regulations 2004, where a working day has the FOISA s.73
     * meaning. The Scottish calendar never gives a later date than the UK-wide one, so this errs on the safe side.
     */
    private boolean countsOnScottishCalendar(Regime regime) {
        return regime == Regime.FOISA || (regime == Regime.EIR && local.region() == UkRegion.SCOTLAND);
    }

    private static LocalDate deemedReceipt(WorkingDayCalendar cal, LocalDate received, Counting counting) {
        if (counting == Counting.NEXT_WORKING_DAY && !cal.isWorkingDay(received)) {
            return cal.nextWorkingDay(received);
        }
        return received;
    }

    private static boolean paused(List<ClockPause> pauses, LocalDate d) {
        for (ClockPause p : pauses) {
            if (p.covers(d)) {
                return true;
            }
        }
        return false;
    }
}
