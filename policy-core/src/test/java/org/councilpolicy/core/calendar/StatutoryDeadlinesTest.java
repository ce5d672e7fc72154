package org.councilpolicy.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatutoryDeadlinesTest {

    private static final StatutoryDeadlines EW = StatutoryDeadlines.forJurisdiction(UkRegion.ENGLAND_AND_WALES);
    private static final StatutoryDeadlines SCO = StatutoryDeadlines.forJurisdiction(UkRegion.SCOTLAND);

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    private static LocalDate sar(String received, boolean extended) {
        return EW.due(Regime.UK_GDPR, d(received), Counting.ICO, extended).due();
    }

    @Test
    void foiaPlainTwentyWorkingDays() {
        // Mon 7 Sep 2026 received; no holidays until Christmas: day 20 = Mon 5 Oct
        Deadline dl = EW.due(Regime.FOIA, d("2026-09-07"), Counting.ICO, false);
        assertThat(dl.due()).isEqualTo(d("2026-10-05"));
        assertThat(dl.workingDays()).isEqualTo(20);
        assertThat(dl.received()).isEqualTo(d("2026-09-07"));
    }

    @Test
    void eirForAScottishAuthorityCountsOnTheScottishCalendar() {
        // EISR 2004: a working day as in FOISA s.73. Mon 17 Mar 2025 (St Patrick's Day, NI only) is a working
        // day in Scotland, so a Scottish council's EIR deadline is Wed 2 Apr; elsewhere it is Thu 3 Apr.
        LocalDate received = d("2025-03-05");
        assertThat(SCO.due(Regime.EIR, received, Counting.ICO, false).due()).isEqualTo(d("2025-04-02"));
        assertThat(EW.due(Regime.EIR, received, Counting.ICO, false).due()).isEqualTo(d("2025-04-03"));
        assertThat(StatutoryDeadlines.forJurisdiction(UkRegion.ANY_PART_OF_UK)
                .due(Regime.EIR, received, Counting.ICO, false).due()).isEqualTo(d("2025-04-03"));
        // The reg 7 extension still applies in Scotland: 40 working days
        assertThat(SCO.due(Regime.EIR, received, Counting.ICO, true).workingDays()).isEqualTo(40);
    }

    @Test
    void foisaIgnoresNonScottishHolidaysAndFoiaCountsScottishOnes() {
        // Scottish one-off Mon 15 Jun 2026 stops the FOIA clock (any part of UK) and the FOISA clock
        LocalDate received = d("2026-06-08");
        assertThat(EW.due(Regime.FOIA, received, Counting.ICO, false).due()).isEqualTo(d("2026-07-07"));
        assertThat(SCO.due(Regime.FOISA, received, Counting.ICO, false).due()).isEqualTo(d("2026-07-07"));
        // Easter Monday 6 Apr 2026 is not Scottish: FOISA one day earlier than FOIA
        LocalDate march = d("2026-03-20");
        LocalDate foia = EW.due(Regime.FOIA, march, Counting.ICO, false).due();
        LocalDate foisa = SCO.due(Regime.FOISA, march, Counting.ICO, false).due();
        assertThat(foia).isEqualTo(d("2026-04-21"));
        assertThat(foisa).isEqualTo(d("2026-04-20"));
    }

    @Test
    void foisaOnScottishOnlyHolidayVersusFoia() {
        // St Andrew's Day Mon 30 Nov 2026 is Scottish only; FOIA still excludes it (any part of the UK)
        LocalDate received = d("2026-11-27");
        assertThat(EW.due(Regime.FOIA, received, Counting.ICO, false).due()).isEqualTo(d("2026-12-30"));
        assertThat(SCO.due(Regime.FOISA, received, Counting.ICO, false).due()).isEqualTo(d("2026-12-30"));
        // FOISA runs through NI's 12 July substitute (Mon 13 Jul 2026); both skip Scotland's Mon 3 Aug
        LocalDate july = d("2026-07-10");
        assertThat(SCO.due(Regime.FOISA, july, Counting.ICO, false).due()).isEqualTo(d("2026-08-10"));
        assertThat(EW.due(Regime.FOIA, july, Counting.ICO, false).due()).isEqualTo(d("2026-08-11"));
    }

    @Test
    void eirExtensionToFortyWorkingDays() {
        Deadline dl = EW.due(Regime.EIR, d("2026-09-07"), Counting.ICO, true);
        assertThat(dl.workingDays()).isEqualTo(40);
        assertThat(dl.extended()).isTrue();
        assertThat(dl.due()).isEqualTo(d("2026-11-02"));
    }

    @Test
    void foisaHasNoExtension() {
        assertThatThrownBy(() -> SCO.due(Regime.FOISA, d("2026-09-07"), Counting.ICO, true))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nextWorkingDayCountingOnlyDiffersForNonWorkingReceipt() {
        assertThat(EW.due(Regime.FOIA, d("2026-09-07"), Counting.NEXT_WORKING_DAY, false).due())
                .isEqualTo(d("2026-10-05"));
        // Saturday receipt: ICO day 1 = Mon; deemed-receipt Monday, day 1 = Tue
        assertThat(EW.due(Regime.FOIA, d("2026-09-05"), Counting.ICO, false).due()).isEqualTo(d("2026-10-02"));
        assertThat(EW.due(Regime.FOIA, d("2026-09-05"), Counting.NEXT_WORKING_DAY, false).due())
                .isEqualTo(d("2026-10-05"));
    }

    @Test
    void sarMonthEnds() {
        assertThat(sar("2027-01-31", false)).isEqualTo(d("2027-03-01")); // 28 Feb 2027 is a Sunday
        assertThat(sar("2028-01-31", false)).isEqualTo(d("2028-02-29")); // leap year, Tuesday
        assertThat(sar("2024-02-29", false)).isEqualTo(d("2024-04-02")); // 29 Mar Good Friday, 1 Apr Easter Monday
        assertThat(sar("2026-08-30", false)).isEqualTo(d("2026-09-30"));
        assertThat(sar("2026-08-31", false)).isEqualTo(d("2026-09-30"));
        assertThat(sar("2026-10-31", true)).isEqualTo(d("2027-02-01")); // 3 months: Sun 31 Jan 2027 -> Mon 1 Feb
    }

    @Test
    void clockPauseForFoiAndSar() {
        LocalDate received = d("2026-09-07");
        // clarification asked Fri 11 Sep (day 4 counted), received Fri 18 Sep: 14-18 Sep not counted
        List<ClockPause> pause = List.of(new ClockPause(d("2026-09-11"), d("2026-09-18")));
        assertThat(EW.due(Regime.FOIA, received, Counting.ICO, false, pause).due()).isEqualTo(d("2026-10-12"));
        // SAR: 7 calendar days paused
        assertThat(EW.due(Regime.UK_GDPR, received, Counting.ICO, false, pause).due()).isEqualTo(d("2026-10-14"));
        assertThatThrownBy(() -> new ClockPause(d("2026-09-18"), d("2026-09-11")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void extraHolidaysReachFoiaCalendar() {
        StatutoryDeadlines withExtra = StatutoryDeadlines.forJurisdiction(UkRegion.ENGLAND_AND_WALES,
                List.of(d("2026-09-21")));
        assertThat(withExtra.due(Regime.FOIA, d("2026-09-07"), Counting.ICO, false).due())
                .isEqualTo(d("2026-10-06"));
        assertThat(withExtra.due(Regime.FOISA, d("2026-09-07"), Counting.ICO, false).due())
                .isEqualTo(d("2026-10-05"));
    }
}
