package org.councilpolicy.core.calendar;

import com.google.common.collect.ImmutableSortedSet;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;

/**
 * Working days in one part of the UK: Monday to Friday except bank holidays. Christmas Day and Good Friday
 * are never working days (they are on every region's list anyway).
 *
 * <p>Bank holidays come from jollyday's UK calendar corrected by the bundled
 * {@code uk-holiday-overrides.yaml} (one-off days proclaimed after the jollyday release), plus any extra
 * one-off bank holidays given to {@link #of(UkRegion, Collection)}. Holidays are computed once per year and
 * cached. Instances are immutable and thread-safe.
 */
public final class WorkingDayCalendar {

    private final UkRegion region;
    private final ImmutableSortedSet<LocalDate> extraHolidays;
    private final HolidayTable table;

    private WorkingDayCalendar(UkRegion region, ImmutableSortedSet<LocalDate> extraHolidays) {
        this.region = region;
        this.extraHolidays = extraHolidays;
        this.table = HolidayTable.instance();
    }

    /**
     * The calendar of a region's bank holidays.
     *
     * @param region the region; {@link UkRegion#ANY_PART_OF_UK} gives the union of the three regions
     * @return the calendar
     */
    public static WorkingDayCalendar of(UkRegion region) {
        return of(region, List.of());
    }

    /**
     * The calendar of a region's bank holidays plus extra one-off bank holidays (for example, ones a council
     * profile adds when announced at short notice, before a library release knows them).
     *
     * @param region        the region; {@link UkRegion#ANY_PART_OF_UK} gives the union of the three regions
     * @param extraHolidays extra bank holidays, treated as bank holidays in this calendar; no null elements
     * @return the calendar
     */
    public static WorkingDayCalendar of(UkRegion region, Collection<LocalDate> extraHolidays) {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(extraHolidays, "extraHolidays");
        for (LocalDate d : extraHolidays) {
            Objects.requireNonNull(d, "extraHolidays element");
        }
        return new WorkingDayCalendar(region, ImmutableSortedSet.copyOf(extraHolidays));
    }

    /**
     * The region this calendar is for.
     *
     * @return the region
     */
    public UkRegion region() {
        return region;
    }

    /**
     * Whether {@code date} is a bank holiday in this calendar's region (including substitute days and extra
     * holidays). Weekends are not bank holidays unless listed.
     *
     * @param date the date
     * @return true for a bank holiday
     */
    public boolean isBankHoliday(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return extraHolidays.contains(date) || table.holidays(region, date.getYear()).contains(date);
    }

    /**
     * Whether {@code date} is a working day: not a Saturday or Sunday, not Christmas Day or Good Friday, and
     * not a bank holiday in this calendar.
     *
     * @param date the date
     * @return true for a working day
     */
    public boolean isWorkingDay(LocalDate date) {
        Objects.requireNonNull(date, "date");
        DayOfWeek dow = date.getDayOfWeek();
        if (dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY) {
            return false;
        }
        if (date.getMonth() == Month.DECEMBER && date.getDayOfMonth() == 25) {
            return false;
        }
        if (date.equals(Easter.sunday(date.getYear()).minusDays(2))) {
            return false;
        }
        return !isBankHoliday(date);
    }

    /**
     * This calendar's bank holidays in a year, in date order.
     *
     * @param year the year
     * @return an unmodifiable sorted set
     */
    public SortedSet<LocalDate> bankHolidays(int year) {
        ImmutableSortedSet<LocalDate> base = table.holidays(region, year);
        SortedSet<LocalDate> extra = extraHolidays.subSet(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1));
        if (extra.isEmpty()) {
            return base;
        }
        return ImmutableSortedSet.<LocalDate>naturalOrder().addAll(base).addAll(extra).build();
    }

    /**
     * The first working day strictly after {@code after}.
     *
     * @param after the date
     * @return the next working day
     */
    public LocalDate nextWorkingDay(LocalDate after) {
        Objects.requireNonNull(after, "after");
        LocalDate d = after.plusDays(1);
        while (!isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    /**
     * The {@code n}-th working day strictly after {@code from}; {@code from} itself when {@code n == 0}.
     *
     * @param from the start date (need not be a working day)
     * @param n    number of working days, at least 0
     * @return the n-th working day after {@code from}
     * @throws IllegalArgumentException if {@code n < 0}
     */
    public LocalDate addWorkingDays(LocalDate from, int n) {
        Objects.requireNonNull(from, "from");
        if (n < 0) {
            throw new IllegalArgumentException("n must be >= 0, got " + n);
        }
        LocalDate d = from;
        for (int i = 0; i < n; i++) {
            d = nextWorkingDay(d);
        }
        return d;
    }

    /**
     * The number of working days {@code d} with {@code startExclusive < d <= endInclusive}; negative (the count
     * the other way round) when {@code endInclusive} is before {@code startExclusive}.
     *
     * @param startExclusive the day before the first day counted
     * @param endInclusive   the last day counted
     * @return the number of working days
     */
    public int workingDaysBetween(LocalDate startExclusive, LocalDate endInclusive) {
        Objects.requireNonNull(startExclusive, "startExclusive");
        Objects.requireNonNull(endInclusive, "endInclusive");
        if (endInclusive.isBefore(startExclusive)) {
            return -workingDaysBetween(endInclusive, startExclusive);
        }
        int count = 0;
        for (LocalDate d = startExclusive.plusDays(1); !d.isAfter(endInclusive); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }

    @Override
    public String toString() {
        return "WorkingDayCalendar[" + region + (extraHolidays.isEmpty() ? "" : ", extra=" + extraHolidays) + "]";
    }
}
