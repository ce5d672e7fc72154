package org.councilpolicy.core.calendar;

import org.councilpolicy.core.testsupport.SharedCorpus;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The calendar agrees with gov.uk's bank holiday list (shared corpus) on every date 2019-2027. */
class UkBankHolidaysEvaluation {

    @ParameterizedTest
    @EnumSource(value = UkRegion.class, names = "ANY_PART_OF_UK", mode = EnumSource.Mode.EXCLUDE)
    void agreesWithGovUkOnEveryDate2019To2027(UkRegion region) throws IOException {
        JsonNode root = new ObjectMapper().readTree(SharedCorpus.file("uk-bank-holidays.json").toFile());
        Set<LocalDate> official = new TreeSet<>();
        root.get(region.key()).forEach(n -> official.add(LocalDate.parse(n.asText())));
        official.removeIf(d -> d.getYear() < 2019 || d.getYear() > 2027);
        assertThat(official).hasSizeGreaterThan(70);

        WorkingDayCalendar cal = WorkingDayCalendar.of(region);
        Set<LocalDate> ours = new TreeSet<>();
        for (int y = 2019; y <= 2027; y++) {
            ours.addAll(cal.bankHolidays(y));
        }
        assertThat(ours).as("bank holidays of %s 2019-2027", region).containsExactlyElementsOf(official);
        for (LocalDate d : official) {
            assertThat(cal.isBankHoliday(d)).as("%s %s", region, d).isTrue();
            assertThat(cal.isWorkingDay(d)).as("%s %s", region, d).isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource(value = UkRegion.class, names = "ANY_PART_OF_UK", mode = EnumSource.Mode.EXCLUDE)
    void agreesWithProvisional2028(UkRegion region) throws IOException {
        JsonNode prov = new ObjectMapper().readTree(SharedCorpus.file("uk-bank-holidays.json").toFile())
                .path("provisional_2028").path(region.key());
        Set<LocalDate> official = new TreeSet<>();
        prov.forEach(n -> official.add(LocalDate.parse(n.asText())));
        if (official.isEmpty()) {
            return;
        }
        assertThat(WorkingDayCalendar.of(region).bankHolidays(2028)).containsExactlyElementsOf(official);
    }

    @org.junit.jupiter.api.Test
    void unionIsAllThreeLists() throws IOException {
        JsonNode root = new ObjectMapper().readTree(SharedCorpus.file("uk-bank-holidays.json").toFile());
        Set<LocalDate> official = new TreeSet<>();
        for (UkRegion r : new UkRegion[] {UkRegion.ENGLAND_AND_WALES, UkRegion.SCOTLAND, UkRegion.NORTHERN_IRELAND}) {
            root.get(r.key()).forEach(n -> official.add(LocalDate.parse(n.asText())));
        }
        official.removeIf(d -> d.getYear() < 2019 || d.getYear() > 2027);
        WorkingDayCalendar any = WorkingDayCalendar.of(UkRegion.ANY_PART_OF_UK);
        Set<LocalDate> ours = new TreeSet<>();
        for (int y = 2019; y <= 2027; y++) {
            ours.addAll(any.bankHolidays(y));
        }
        assertThat(ours).containsExactlyElementsOf(official);
    }
}
