package org.councilpolicy.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.SortedSet;
import org.junit.jupiter.api.Test;

class WorkingDayCalendarTest {

    private static final WorkingDayCalendar EW = WorkingDayCalendar.of(UkRegion.ENGLAND_AND_WALES);
    private static final WorkingDayCalendar SCO = WorkingDayCalendar.of(UkRegion.SCOTLAND);
    private static final WorkingDayCalendar NI = WorkingDayCalendar.of(UkRegion.NORTHERN_IRELAND);
    private static final WorkingDayCalendar ANY = WorkingDayCalendar.of(UkRegion.ANY_PART_OF_UK);

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    @Test
    void stPatricksDayIsNorthernIrelandOnly() {
        LocalDate patrick = d("2023-03-17"); // Friday
        assertThat(NI.isBankHoliday(patrick)).isTrue();
        assertThat(EW.isBankHoliday(patrick)).isFalse();
        assertThat(SCO.isBankHoliday(patrick)).isFalse();
        assertThat(ANY.isBankHoliday(patrick)).isTrue();
        assertThat(EW.isWorkingDay(patrick)).isTrue();
        assertThat(ANY.isWorkingDay(patrick)).isFalse();
    }

    @Test
    void secondOfJanuaryIsScotlandOnly() {
        LocalDate second = d("2024-01-02"); // Tuesday
        assertThat(SCO.isBankHoliday(second)).isTrue();
        assertThat(EW.isBankHoliday(second)).isFalse();
        assertThat(NI.isBankHoliday(second)).isFalse();
    }

    @Test
    void stAndrewsDayOnASundayMovesToMonday() {
        assertThat(SCO.isBankHoliday(d("2025-11-30"))).isFalse();
        assertThat(SCO.isBankHoliday(d("2025-12-01"))).isTrue();
        assertThat(EW.isBankHoliday(d("2025-12-01"))).isFalse();
    }

    @Test
    void easterMondayIsNotAScottishBankHoliday() {
        LocalDate easterMonday = d("2026-04-06");
        assertThat(EW.isBankHoliday(easterMonday)).isTrue();
        assertThat(NI.isBankHoliday(easterMonday)).isTrue();
        assertThat(SCO.isBankHoliday(easterMonday)).isFalse();
        assertThat(SCO.isWorkingDay(easterMonday)).isTrue();
    }

    @Test
    void bundledOverrideAddsScottishOneOff() {
        assertThat(SCO.isBankHoliday(d("2026-06-15"))).isTrue();
        assertThat(EW.isBankHoliday(d("2026-06-15"))).isFalse();
        assertThat(ANY.isBankHoliday(d("2026-06-15"))).isTrue();
    }

    @Test
    void goodFridayAndChristmasAreNeverWorkingDays() {
        for (WorkingDayCalendar cal : List.of(EW, SCO, NI, ANY)) {
            assertThat(cal.isWorkingDay(d("2030-04-19"))).isFalse(); // Good Friday 2030
            assertThat(cal.isWorkingDay(d("2030-12-25"))).isFalse(); // Wednesday
        }
    }

    @Test
    void extraHolidaysFromAProfile() {
        LocalDate oneOff = d("2027-09-06"); // an ordinary Monday
        WorkingDayCalendar withExtra = WorkingDayCalendar.of(UkRegion.ENGLAND_AND_WALES, List.of(oneOff));
        assertThat(EW.isWorkingDay(oneOff)).isTrue();
        assertThat(withExtra.isBankHoliday(oneOff)).isTrue();
        assertThat(withExtra.isWorkingDay(oneOff)).isFalse();
        assertThat(withExtra.bankHolidays(2027)).contains(oneOff).containsAll(EW.bankHolidays(2027));
        assertThat(withExtra.nextWorkingDay(d("2027-09-03"))).isEqualTo(d("2027-09-07"));
    }

    @Test
    void weekends() {
        assertThat(EW.isWorkingDay(d("2027-09-04"))).isFalse(); // Saturday
        assertThat(EW.isWorkingDay(d("2027-09-05"))).isFalse(); // Sunday
        assertThat(EW.nextWorkingDay(d("2027-09-03"))).isEqualTo(d("2027-09-06"));
        assertThat(EW.addWorkingDays(d("2027-09-04"), 1)).isEqualTo(d("2027-09-06"));
        assertThat(EW.addWorkingDays(d("2027-09-04"), 0)).isEqualTo(d("2027-09-04"));
        assertThat(EW.workingDaysBetween(d("2027-09-03"), d("2027-09-10"))).isEqualTo(5);
        assertThat(EW.workingDaysBetween(d("2027-09-10"), d("2027-09-03"))).isEqualTo(-5);
    }

    @Test
    void bankHolidaysAreSortedAndUnmodifiable() {
        SortedSet<LocalDate> set = EW.bankHolidays(2030);
        assertThat(List.copyOf(set)).isSorted().hasSize(8);
        assertThatThrownBy(() -> set.add(d("2030-07-01"))).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void nullAndNegativeArgumentsFailFast() {
        assertThatThrownBy(() -> WorkingDayCalendar.of(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("region");
        assertThatThrownBy(() -> EW.isWorkingDay(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("date");
        assertThatThrownBy(() -> EW.addWorkingDays(d("2027-01-01"), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
