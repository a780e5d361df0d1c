package se.avtalsvakt.calendar.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.Test;

import se.avtalsvakt.api.calendar.Holiday;

/**
 * Every Swedish public holiday (lag 1989:253) and eve of 2024–2030, written out from the official list, against
 * what the real jollyday computes. Easter Sundays: 2024-03-31, 2025-04-20, 2026-04-05, 2027-03-28, 2028-04-16,
 * 2029-04-01, 2030-04-21; Långfredagen is two days before, Annandag påsk one day after, Kristi himmelsfärdsdag
 * 39 days after (a Thursday), Pingstdagen 49 days after (a Sunday). Midsommardagen is the Saturday between
 * 20 and 26 June, midsommarafton the day before; Alla helgons dag the Saturday between 31 October and 6 November.
 */
public class SwedishHolidaysTableTest {

    /** The real jollyday, loaded once for the class. */
    private static final SwedishHolidays holidays = new SwedishHolidays();

    private static Holiday h(String date, String name) {
        return new Holiday(LocalDate.parse(date), name, false);
    }

    private static Holiday eve(String date, String name) {
        return new Holiday(LocalDate.parse(date), name, true);
    }

    static final Map<Integer, List<Holiday>> OFFICIAL = Map.of(
            2024, List.of(
                    h("2024-01-01", "Nyårsdagen"),
                    h("2024-01-06", "Trettondedag jul"),
                    h("2024-03-29", "Långfredagen"),
                    h("2024-03-31", "Påskdagen"),
                    h("2024-04-01", "Annandag påsk"),
                    h("2024-05-01", "Första maj"),
                    h("2024-05-09", "Kristi himmelsfärdsdag"),
                    h("2024-05-19", "Pingstdagen"),
                    h("2024-06-06", "Sveriges nationaldag"),
                    eve("2024-06-21", "Midsommarafton"),
                    h("2024-06-22", "Midsommardagen"),
                    h("2024-11-02", "Alla helgons dag"),
                    eve("2024-12-24", "Julafton"),
                    h("2024-12-25", "Juldagen"),
                    h("2024-12-26", "Annandag jul"),
                    eve("2024-12-31", "Nyårsafton")),
            2025, List.of(
                    h("2025-01-01", "Nyårsdagen"),
                    h("2025-01-06", "Trettondedag jul"),
                    h("2025-04-18", "Långfredagen"),
                    h("2025-04-20", "Påskdagen"),
                    h("2025-04-21", "Annandag påsk"),
                    h("2025-05-01", "Första maj"),
                    h("2025-05-29", "Kristi himmelsfärdsdag"),
                    h("2025-06-06", "Sveriges nationaldag"),
                    h("2025-06-08", "Pingstdagen"),
                    eve("2025-06-20", "Midsommarafton"),
                    h("2025-06-21", "Midsommardagen"),
                    h("2025-11-01", "Alla helgons dag"),
                    eve("2025-12-24", "Julafton"),
                    h("2025-12-25", "Juldagen"),
                    h("2025-12-26", "Annandag jul"),
                    eve("2025-12-31", "Nyårsafton")),
            2026, List.of(
                    h("2026-01-01", "Nyårsdagen"),
                    h("2026-01-06", "Trettondedag jul"),
                    h("2026-04-03", "Långfredagen"),
                    h("2026-04-05", "Påskdagen"),
                    h("2026-04-06", "Annandag påsk"),
                    h("2026-05-01", "Första maj"),
                    h("2026-05-14", "Kristi himmelsfärdsdag"),
                    h("2026-05-24", "Pingstdagen"),
                    h("2026-06-06", "Sveriges nationaldag"),
                    eve("2026-06-19", "Midsommarafton"),
                    h("2026-06-20", "Midsommardagen"),
                    h("2026-10-31", "Alla helgons dag"),
                    eve("2026-12-24", "Julafton"),
                    h("2026-12-25", "Juldagen"),
                    h("2026-12-26", "Annandag jul"),
                    eve("2026-12-31", "Nyårsafton")),
            2027, List.of(
                    h("2027-01-01", "Nyårsdagen"),
                    h("2027-01-06", "Trettondedag jul"),
                    h("2027-03-26", "Långfredagen"),
                    h("2027-03-28", "Påskdagen"),
                    h("2027-03-29", "Annandag påsk"),
                    h("2027-05-01", "Första maj"),
                    h("2027-05-06", "Kristi himmelsfärdsdag"),
                    h("2027-05-16", "Pingstdagen"),
                    h("2027-06-06", "Sveriges nationaldag"),
                    eve("2027-06-25", "Midsommarafton"),
                    h("2027-06-26", "Midsommardagen"),
                    h("2027-11-06", "Alla helgons dag"),
                    eve("2027-12-24", "Julafton"),
                    h("2027-12-25", "Juldagen"),
                    h("2027-12-26", "Annandag jul"),
                    eve("2027-12-31", "Nyårsafton")),
            2028, List.of(
                    h("2028-01-01", "Nyårsdagen"),
                    h("2028-01-06", "Trettondedag jul"),
                    h("2028-04-14", "Långfredagen"),
                    h("2028-04-16", "Påskdagen"),
                    h("2028-04-17", "Annandag påsk"),
                    h("2028-05-01", "Första maj"),
                    h("2028-05-25", "Kristi himmelsfärdsdag"),
                    h("2028-06-04", "Pingstdagen"),
                    h("2028-06-06", "Sveriges nationaldag"),
                    eve("2028-06-23", "Midsommarafton"),
                    h("2028-06-24", "Midsommardagen"),
                    h("2028-11-04", "Alla helgons dag"),
                    eve("2028-12-24", "Julafton"),
                    h("2028-12-25", "Juldagen"),
                    h("2028-12-26", "Annandag jul"),
                    eve("2028-12-31", "Nyårsafton")),
            2029, List.of(
                    h("2029-01-01", "Nyårsdagen"),
                    h("2029-01-06", "Trettondedag jul"),
                    h("2029-03-30", "Långfredagen"),
                    h("2029-04-01", "Påskdagen"),
                    h("2029-04-02", "Annandag påsk"),
                    h("2029-05-01", "Första maj"),
                    h("2029-05-10", "Kristi himmelsfärdsdag"),
                    h("2029-05-20", "Pingstdagen"),
                    h("2029-06-06", "Sveriges nationaldag"),
                    eve("2029-06-22", "Midsommarafton"),
                    h("2029-06-23", "Midsommardagen"),
                    h("2029-11-03", "Alla helgons dag"),
                    eve("2029-12-24", "Julafton"),
                    h("2029-12-25", "Juldagen"),
                    h("2029-12-26", "Annandag jul"),
                    eve("2029-12-31", "Nyårsafton")),
            2030, List.of(
                    h("2030-01-01", "Nyårsdagen"),
                    h("2030-01-06", "Trettondedag jul"),
                    h("2030-04-19", "Långfredagen"),
                    h("2030-04-21", "Påskdagen"),
                    h("2030-04-22", "Annandag påsk"),
                    h("2030-05-01", "Första maj"),
                    h("2030-05-30", "Kristi himmelsfärdsdag"),
                    h("2030-06-06", "Sveriges nationaldag"),
                    h("2030-06-09", "Pingstdagen"),
                    eve("2030-06-21", "Midsommarafton"),
                    h("2030-06-22", "Midsommardagen"),
                    h("2030-11-02", "Alla helgons dag"),
                    eve("2030-12-24", "Julafton"),
                    h("2030-12-25", "Juldagen"),
                    h("2030-12-26", "Annandag jul"),
                    eve("2030-12-31", "Nyårsafton")));

    @Test
    public void everyHolidayAndEveOf2024To2030IsTheOfficialOne() {
        for (int year = 2024; year <= 2030; year++) {
            assertEquals("year " + year, OFFICIAL.get(year), holidays.of(year));
        }
    }

    @Test
    public void thirteenPublicHolidaysAndThreeEvesEachYear() {
        for (int year = 2024; year <= 2030; year++) {
            List<Holiday> days = holidays.of(year);
            assertEquals("year " + year, 13, days.stream().filter(d -> !d.eve()).count());
            assertEquals("year " + year, List.of("Midsommarafton", "Julafton", "Nyårsafton"),
                    days.stream().filter(Holiday::eve).map(Holiday::name).toList());
        }
    }

    /** A check of the table itself: the days that must fall on a given weekday do. */
    @Test
    public void tableWeekdaysAreRight() {
        for (List<Holiday> year : OFFICIAL.values()) {
            for (Holiday d : year) {
                DayOfWeek expected = switch (d.name()) {
                    case "Långfredagen", "Midsommarafton" -> DayOfWeek.FRIDAY;
                    case "Påskdagen", "Pingstdagen" -> DayOfWeek.SUNDAY;
                    case "Annandag påsk" -> DayOfWeek.MONDAY;
                    case "Kristi himmelsfärdsdag" -> DayOfWeek.THURSDAY;
                    case "Midsommardagen", "Alla helgons dag" -> DayOfWeek.SATURDAY;
                    default -> d.date().getDayOfWeek();
                };
                assertEquals(d.toString(), expected, d.date().getDayOfWeek());
            }
        }
    }

    @Test
    public void aYearIsComputedOnceAndCached() {
        assertSame(holidays.of(2031), holidays.of(2031));
    }

    @Test
    public void onFindsTheDayOrNothing() {
        assertEquals("Julafton", holidays.on(LocalDate.of(2026, 12, 24)).orElseThrow().name());
        assertEquals(false, holidays.on(LocalDate.of(2026, 12, 23)).isPresent());
    }
}
