package se.avtalsvakt.evaluation.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;
import java.util.List;

import org.junit.Test;

import se.avtalsvakt.api.obligation.ObligationKind;
import se.avtalsvakt.api.obligation.ObligationPlan;
import se.avtalsvakt.api.obligation.ScheduleType;

public class ScheduleTest {

    static ObligationPlan plan(ScheduleType type, LocalDate date, LocalDate anchor, Period offset, Period every,
            MonthDay day, Integer min, Integer max, LocalDate from, LocalDate until) {
        return new ObligationPlan("p", "P", ObligationKind.EVALUATION, "a", null, "ledningsradet", type, date, anchor,
                offset, every, day, min, max, null, from, until, List.of(), null);
    }

    private static LocalDate d(String text) {
        return LocalDate.parse(text);
    }

    private static List<LocalDate> dates(String... texts) {
        return java.util.Arrays.stream(texts).map(LocalDate::parse).toList();
    }

    @Test
    public void onceOnADateIsDueThatDayOnly() {
        Schedule s = new Schedule(plan(ScheduleType.ONCE, d("2024-06-01"), null, null, null, null, null, null, null,
                null), null);
        assertEquals(dates("2024-06-01"), s.dueDates(d("2020-01-01"), d("2030-12-31")));
        assertEquals(List.of(), s.dueDates(d("2024-06-02"), d("2030-12-31")));
        assertTrue(s.isDueDate(d("2024-06-01")));
        assertFalse(s.isDueDate(d("2024-06-02")));
    }

    @Test
    public void onceAtTheAgreementStartPlusAPeriod() {
        Schedule s = new Schedule(plan(ScheduleType.ONCE, null, null, Period.ofYears(2), null, null, null, null, null,
                null), d("2022-06-01"));
        assertEquals(dates("2024-06-01"), s.dueDates(d("2000-01-01"), d("2100-01-01")));
    }

    @Test
    public void onceFromALeapDayClampsToTheMonthEnd() {
        Schedule s = new Schedule(plan(ScheduleType.ONCE, null, d("2024-02-29"), Period.ofYears(1), null, null, null,
                null, null, null), null);
        assertEquals(dates("2025-02-28"), s.dueDates(d("2025-01-01"), d("2025-12-31")));
    }

    @Test
    public void onceAnchorBeatsTheAgreementStart() {
        Schedule s = new Schedule(plan(ScheduleType.ONCE, null, d("2023-01-15"), Period.ofMonths(6), null, null, null,
                null, null, null), d("2022-06-01"));
        assertEquals(dates("2023-07-15"), s.dueDates(d("2000-01-01"), d("2100-01-01")));
    }

    @Test
    public void onceWithoutAnyStartHasNoDate() {
        Schedule s = new Schedule(plan(ScheduleType.ONCE, null, null, Period.ofYears(2), null, null, null, null, null,
                null), null);
        assertEquals(List.of(), s.dueDates(d("2000-01-01"), d("2100-01-01")));
    }

    @Test
    public void everyThirdYearFromSpring2019() {
        Schedule s = new Schedule(plan(ScheduleType.RECURRING, null, d("2019-06-30"), null, Period.ofYears(3), null,
                null, null, null, null), null);
        assertEquals(dates("2019-06-30", "2022-06-30", "2025-06-30", "2028-06-30"),
                s.dueDates(d("2017-10-01"), d("2030-12-31")));
        assertEquals(dates("2025-06-30"), s.dueDates(d("2023-01-01"), d("2026-12-31")));
    }

    @Test
    public void anAnchorInTheFutureHasNothingBeforeIt() {
        Schedule s = new Schedule(plan(ScheduleType.RECURRING, null, d("2031-03-31"), null, Period.ofYears(1), null,
                null, null, null, null), null);
        assertEquals(List.of(), s.dueDates(d("2026-01-01"), d("2030-12-31")));
        assertEquals(dates("2031-03-31", "2032-03-31"), s.dueDates(d("2026-01-01"), d("2032-12-31")));
    }

    @Test
    public void monthEndAnchorsKeepTheirMonthEnds() {
        Schedule s = new Schedule(plan(ScheduleType.RECURRING, null, d("2024-01-31"), null, Period.ofMonths(1), null,
                null, null, null, null), null);
        // computed from the anchor each time: 29 Feb (leap year), then back to the 31st
        assertEquals(dates("2024-01-31", "2024-02-29", "2024-03-31", "2024-04-30"),
                s.dueDates(d("2024-01-01"), d("2024-04-30")));
    }

    @Test
    public void aLeapDayAnchorFallsOnThe28thInOtherYears() {
        Schedule s = new Schedule(plan(ScheduleType.RECURRING, null, d("2024-02-29"), null, Period.ofYears(1), null,
                null, null, null, null), null);
        assertEquals(dates("2024-02-29", "2025-02-28", "2026-02-28", "2027-02-28", "2028-02-29"),
                s.dueDates(d("2024-01-01"), d("2028-12-31")));
    }

    @Test
    public void yearlyByDayOfYearWithinTrackedYears() {
        Schedule s = new Schedule(plan(ScheduleType.YEARLY, null, null, null, null, MonthDay.of(12, 31), null, null,
                d("2026-01-01"), null), null);
        assertEquals(dates("2026-12-31", "2027-12-31"), s.dueDates(d("2020-01-01"), d("2027-12-31")));
    }

    @Test
    public void yearlyOnTheLeapDay() {
        Schedule s = new Schedule(plan(ScheduleType.YEARLY, null, null, null, null, MonthDay.of(2, 29), null, null,
                d("2023-01-01"), null), null);
        assertEquals(dates("2023-02-28", "2024-02-29", "2025-02-28"), s.dueDates(d("2023-01-01"), d("2025-12-31")));
    }

    @Test
    public void yearlyUntilStops() {
        Schedule s = new Schedule(plan(ScheduleType.YEARLY, null, null, null, null, MonthDay.of(6, 30), null, null,
                d("2020-01-01"), d("2022-12-31")), null);
        assertEquals(dates("2020-06-30", "2021-06-30", "2022-06-30"), s.dueDates(d("2000-01-01"), d("2030-01-01")));
    }

    @Test
    public void aCountPerYearIsDueAtEachYearEnd() {
        Schedule s = new Schedule(plan(ScheduleType.COUNT_PER_YEAR, null, null, null, null, null, 6, 8,
                d("2026-01-01"), null), null);
        assertEquals(dates("2026-12-31", "2027-12-31"), s.dueDates(d("2025-01-01"), d("2027-12-31")));
        assertTrue(s.isDueDate(d("2026-12-31")));
        assertFalse(s.isDueDate(d("2025-12-31")));
    }

    @Test
    public void anEmptyWindowHasNothing() {
        Schedule s = new Schedule(plan(ScheduleType.COUNT_PER_YEAR, null, null, null, null, null, 6, 8,
                d("2026-01-01"), null), null);
        assertEquals(List.of(), s.dueDates(d("2027-01-01"), d("2026-01-01")));
    }

    @Test
    public void theFirstDueDayIsWhereAListingHoweverOldStarts() {
        assertEquals(d("2019-06-30"), new Schedule(plan(ScheduleType.RECURRING, null, d("2019-06-30"), null,
                Period.ofYears(3), null, null, null, null, null), null).first());
        // tracking starts later than the anchor: from that day
        assertEquals(d("2021-01-01"), new Schedule(plan(ScheduleType.RECURRING, null, d("2019-06-30"), null,
                Period.ofYears(3), null, null, null, d("2021-01-01"), null), null).first());
        // a ONCE plan counts from the agreement's start
        assertEquals(d("2024-06-01"), new Schedule(plan(ScheduleType.ONCE, null, null, Period.ofYears(2), null, null,
                null, null, null, null), d("2022-06-01")).first());
        assertEquals(null, new Schedule(plan(ScheduleType.ONCE, null, null, Period.ofYears(2), null, null, null,
                null, null, null), null).first());
        Schedule yearly = new Schedule(plan(ScheduleType.YEARLY, null, null, null, null, MonthDay.of(12, 31), null,
                null, d("2026-01-01"), null), null);
        assertEquals(d("2026-01-01"), yearly.first());
        assertEquals(dates("2026-12-31"), yearly.dueDates(yearly.first(), d("2027-06-01")));
    }
}
