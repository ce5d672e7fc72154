package org.councilpolicy.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.councilpolicy.core.testsupport.Seeded;
import org.junit.jupiter.api.Test;

class WorkingDayCalendarProperties {

    @Test
    void addWorkingDaysLandsOnAWorkingDayAndCountsBack() {
        Seeded.forAll(21, 300, random -> {
            int offset = random.nextInt(0, 365 * 30 + 1);
            int n = random.nextInt(0, 61);
            UkRegion region = UkRegion.values()[random.nextInt(UkRegion.values().length)];
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
        });
    }

    @Test
    void unionIsNeverMoreWorkingThanARegion() {
        Seeded.forAll(22, 200, random -> {
            LocalDate day = LocalDate.of(2000, 1, 1).plusDays(random.nextInt(0, 365 * 30 + 1));
            UkRegion region = UkRegion.values()[random.nextInt(UkRegion.values().length)];
            if (WorkingDayCalendar.of(UkRegion.ANY_PART_OF_UK).isWorkingDay(day)) {
                assertThat(WorkingDayCalendar.of(region).isWorkingDay(day)).isTrue();
            }
        });
    }
}
