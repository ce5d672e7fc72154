package org.councilpolicy.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class WorkingDayCalendarProperties {

    @Property(tries = 300)
    void addWorkingDaysLandsOnAWorkingDayAndCountsBack(@ForAll @IntRange(min = 0, max = 365 * 30) int offset,
                                                       @ForAll @IntRange(min = 0, max = 60) int n,
                                                       @ForAll UkRegion region) {
        WorkingDayCalendar cal = WorkingDayCalendar.of(region);
        LocalDate from = LocalDate.of(2000, 1, 1).plusDays(offset);
        LocalDate to = cal.addWorkingDays(from, n);
        if (n > 0) {
            assertThat(cal.isWorkingDay(to)).isTrue();
            assertThat(to).isAfter(from);
        } else {
            assertThat(to).isEqualTo(from);
        }
        assertThat(cal.workingDaysBetween(from, to)).isEqualTo(n);
    }

    @Property(tries = 200)
    void unionIsNeverMoreWorkingThanARegion(@ForAll @IntRange(min = 0, max = 365 * 30) int offset,
                                            @ForAll UkRegion region) {
        LocalDate day = LocalDate.of(2000, 1, 1).plusDays(offset);
        if (WorkingDayCalendar.of(UkRegion.ANY_PART_OF_UK).isWorkingDay(day)) {
            assertThat(WorkingDayCalendar.of(region).isWorkingDay(day)).isTrue();
        }
    }
}
