package se.avtalsvakt.calendar.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.lang.annotation.Annotation;
import java.time.LocalDate;

import org.junit.Test;

public class SwedishWorkingDayCalendarTest {

    /** The real jollyday, loaded once for the class. */
    private static final SwedishHolidays HOLIDAYS = new SwedishHolidays();

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static SwedishWorkingDayCalendar calendar(boolean eveNonWorking, String... extra) {
        return new SwedishWorkingDayCalendar(config(eveNonWorking, extra), HOLIDAYS);
    }

    private static final SwedishWorkingDayCalendar DEFAULT = calendar(true);
    private static final SwedishWorkingDayCalendar EVES_WORKING = calendar(false);

    // ---- isWorkingDay

    @Test
    public void ordinaryWeekdaysAreWorkingDays() {
        assertTrue(DEFAULT.isWorkingDay(d("2026-11-23"))); // Monday
        assertTrue(DEFAULT.isWorkingDay(d("2026-11-27"))); // Friday
        assertTrue(DEFAULT.isWorkingDay(d("2026-12-23"))); // Wednesday before julafton
    }

    @Test
    public void weekendsAreNotWorkingDays() {
        assertFalse(DEFAULT.isWorkingDay(d("2026-11-21"))); // Saturday
        assertFalse(DEFAULT.isWorkingDay(d("2026-11-22"))); // Sunday
        assertFalse(EVES_WORKING.isWorkingDay(d("2026-11-22")));
    }

    @Test
    public void publicHolidaysOnWeekdaysAreNotWorkingDaysWhateverTheSetting() {
        for (SwedishWorkingDayCalendar c : new SwedishWorkingDayCalendar[] {DEFAULT, EVES_WORKING}) {
            assertFalse(c.isWorkingDay(d("2026-01-01"))); // Nyårsdagen, Thursday
            assertFalse(c.isWorkingDay(d("2026-01-06"))); // Trettondedag jul, Tuesday
            assertFalse(c.isWorkingDay(d("2026-04-03"))); // Långfredagen
            assertFalse(c.isWorkingDay(d("2026-04-06"))); // Annandag påsk
            assertFalse(c.isWorkingDay(d("2026-05-01"))); // Första maj, Friday
            assertFalse(c.isWorkingDay(d("2026-05-14"))); // Kristi himmelsfärdsdag
            assertFalse(c.isWorkingDay(d("2026-12-25"))); // Juldagen, Friday
            assertFalse(c.isWorkingDay(d("2025-06-06"))); // Sveriges nationaldag, Friday
        }
    }

    @Test
    public void evesAreNonWorkingByDefault() {
        assertFalse(DEFAULT.isWorkingDay(d("2026-06-19"))); // Midsommarafton
        assertFalse(DEFAULT.isWorkingDay(d("2026-12-24"))); // Julafton, Thursday
        assertFalse(DEFAULT.isWorkingDay(d("2026-12-31"))); // Nyårsafton, Thursday
    }

    @Test
    public void evesAreWorkingDaysWhenTheSettingIsOff() {
        assertTrue(EVES_WORKING.isWorkingDay(d("2026-06-19")));
        assertTrue(EVES_WORKING.isWorkingDay(d("2026-12-24")));
        assertTrue(EVES_WORKING.isWorkingDay(d("2026-12-31")));
        assertFalse(EVES_WORKING.isWorkingDay(d("2028-12-24"))); // julafton on a Sunday stays a weekend
    }

    @Test
    public void localClosuresAreNotWorkingDays() {
        SwedishWorkingDayCalendar c = calendar(true, "2026-12-28, 2026-12-29", " 2027-01-07 ");
        assertFalse(c.isWorkingDay(d("2026-12-28")));
        assertFalse(c.isWorkingDay(d("2026-12-29")));
        assertFalse(c.isWorkingDay(d("2027-01-07")));
        assertTrue(c.isWorkingDay(d("2026-12-30")));
        // 30 Dec (1), 4 Jan (2), 5 Jan (3), 6 Jan is Trettondedag jul, 7 Jan closed, 8 Jan (4)
        assertEquals(d("2027-01-08"), c.addWorkingDays(d("2026-12-23"), 4));
    }

    @Test
    public void aChangedConfigurationTakesEffectAtOnce() {
        SwedishWorkingDayCalendar c = calendar(true);
        assertFalse(c.isWorkingDay(d("2026-12-24")));
        c.modified(config(false));
        assertTrue(c.isWorkingDay(d("2026-12-24")));
    }

    @Test
    public void aBadChangeIsRefusedAndTheRulesAreKept() {
        SwedishWorkingDayCalendar c = calendar(false);
        c.modified(config(true, "2026-12-28", "28/12/2026"));
        assertTrue(c.isWorkingDay(d("2026-12-24")));
        assertTrue(c.isWorkingDay(d("2026-12-28")));
    }

    @Test
    public void badClosureDateIsRefusedNamingTheKey() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> WorkingDayRules.from(config(true, "2026-13-01")));
        assertTrue(e.getMessage(), e.getMessage().startsWith("extraNonWorkingDays:"));
    }

    // ---- addWorkingDays

    @Test
    public void addingAcrossChristmasAndNewYear() {
        // 24 julafton, 25 Juldagen, 26–27 weekend, 28 29 30 (1–3), 31 nyårsafton, 1 Jan Nyårsdagen, 2–3 weekend,
        // 4 Jan (4), 5 Jan (5)
        assertEquals(d("2027-01-05"), DEFAULT.addWorkingDays(d("2026-12-23"), 5));
        // with the eves as working days: 24 (1), 28 (2), 29 (3), 30 (4), 31 (5)
        assertEquals(d("2026-12-31"), EVES_WORKING.addWorkingDays(d("2026-12-23"), 5));
        // 6 January is Trettondedag jul
        assertEquals(d("2027-01-07"), DEFAULT.addWorkingDays(d("2026-12-23"), 6));
    }

    @Test
    public void addingAcrossEaster() {
        // Thursday 2 April 2026; Långfredagen, the weekend and Annandag påsk follow
        assertEquals(d("2026-04-07"), DEFAULT.addWorkingDays(d("2026-04-02"), 1));
        assertEquals(d("2026-04-09"), DEFAULT.addWorkingDays(d("2026-04-02"), 3));
        // from a holiday: counting starts the next day
        assertEquals(d("2026-04-07"), DEFAULT.addWorkingDays(d("2026-04-05"), 1));
    }

    @Test
    public void addingZeroReturnsTheDayItselfEvenIfNotAWorkingDay() {
        assertEquals(d("2026-11-23"), DEFAULT.addWorkingDays(d("2026-11-23"), 0));
        assertEquals(d("2026-04-05"), DEFAULT.addWorkingDays(d("2026-04-05"), 0));
    }

    @Test
    public void addingANegativeNumberIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> DEFAULT.addWorkingDays(d("2026-11-23"), -1));
    }

    @Test
    public void addingFiveWorkingDaysOverAnOrdinaryWeekend() {
        assertEquals(d("2026-11-27"), DEFAULT.addWorkingDays(d("2026-11-20"), 5));
    }

    // ---- lastWorkingDayOnOrBefore

    @Test
    public void lastWorkingDayBeforeASundayIsFriday() {
        assertEquals(d("2026-11-20"), DEFAULT.lastWorkingDayOnOrBefore(d("2026-11-22")));
    }

    @Test
    public void lastWorkingDayBeforeGoodFridayIsMaundyThursday() {
        assertEquals(d("2026-04-02"), DEFAULT.lastWorkingDayOnOrBefore(d("2026-04-03")));
        assertEquals(d("2026-04-02"), DEFAULT.lastWorkingDayOnOrBefore(d("2026-04-06"))); // Annandag påsk
    }

    @Test
    public void aWorkingDayIsItsOwnLastWorkingDay() {
        assertEquals(d("2026-11-23"), DEFAULT.lastWorkingDayOnOrBefore(d("2026-11-23")));
    }

    @Test
    public void lastWorkingDayBeforeNewYearDependsOnTheEveSetting() {
        assertEquals(d("2026-12-30"), DEFAULT.lastWorkingDayOnOrBefore(d("2027-01-01")));
        assertEquals(d("2026-12-31"), EVES_WORKING.lastWorkingDayOnOrBefore(d("2027-01-01")));
    }

    // ---- holidays

    @Test
    public void holidaysListsTheEvesWhateverTheSetting() {
        assertEquals(16, DEFAULT.holidays(2027).size());
        assertEquals(SwedishHolidaysTableTest.OFFICIAL.get(2027), EVES_WORKING.holidays(2027));
    }

    static WorkingDayConfig config(boolean eveNonWorking, String... extra) {
        return new WorkingDayConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return WorkingDayConfig.class;
            }

            @Override
            public boolean eveNonWorking() {
                return eveNonWorking;
            }

            @Override
            public String[] extraNonWorkingDays() {
                return extra;
            }
        };
    }
}
