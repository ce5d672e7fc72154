package org.councilpolicy.core.calendar;

import com.google.common.collect.ImmutableSortedSet;
import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.LocalDate;
import java.time.Year;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Bank holidays by region and year: jollyday's UK calendar corrected by the bundled overrides, computed once
 * per year and cached (immutable values in a concurrent map).
 */
final class HolidayTable {

    private static final HolidayTable INSTANCE = new HolidayTable(HolidayOverrides.bundled());

    private final HolidayOverrides overrides;
    private final Object jollydayLock = new Object();
    private volatile HolidayManager manager;
    private final ConcurrentHashMap<Integer, Map<UkRegion, ImmutableSortedSet<LocalDate>>> byYear =
            new ConcurrentHashMap<>();

    private HolidayTable(HolidayOverrides overrides) {
        this.overrides = overrides;
    }

    static HolidayTable instance() {
        return INSTANCE;
    }

    ImmutableSortedSet<LocalDate> holidays(UkRegion region, int year) {
        return byYear.computeIfAbsent(year, this::compute).get(region);
    }

    private Map<UkRegion, ImmutableSortedSet<LocalDate>> compute(int year) {
        Map<UkRegion, ImmutableSortedSet<LocalDate>> result = new EnumMap<>(UkRegion.class);
        TreeSet<LocalDate> union = new TreeSet<>();
        for (UkRegion region : UkRegion.values()) {
            if (region == UkRegion.ANY_PART_OF_UK) {
                continue;
            }
            TreeSet<LocalDate> dates = new TreeSet<>();
            synchronized (jollydayLock) {
                for (Holiday h : manager().getHolidays(Year.of(year), region.jollydayCode())) {
                    // getDate() is the date the bank holiday falls on (substitute day where moved)
                    dates.add(h.getDate());
                }
            }
            dates.removeIf(d -> d.getYear() != year);
            dates.removeAll(overrides.removals(region));
            overrides.additions(region).stream().filter(d -> d.getYear() == year).forEach(dates::add);
            result.put(region, ImmutableSortedSet.copyOf(dates));
            union.addAll(dates);
        }
        result.put(UkRegion.ANY_PART_OF_UK, ImmutableSortedSet.copyOf(union));
        return Map.copyOf(result);
    }

    private HolidayManager manager() {
        HolidayManager m = manager;
        if (m == null) {
            m = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.UNITED_KINGDOM));
            manager = m;
        }
        return m;
    }
}
