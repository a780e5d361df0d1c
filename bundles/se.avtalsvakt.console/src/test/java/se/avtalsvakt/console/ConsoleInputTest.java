package se.avtalsvakt.console;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.Test;

public class ConsoleInputTest {

    enum Colour { DARK_RED, GREEN }

    @Test
    public void aYearIsReadAndAnythingElseNamesTheOption() {
        assertEquals(Integer.valueOf(2026), ConsoleInput.parseYear("--year", " 2026 "));
        assertNull(ConsoleInput.parseYear("--year", null));
        assertEquals(2025, ConsoleInput.parseYear("--year", "", 2025));
        assertEquals("--year must be a year, e.g. 2026, not 'abc'", message(() -> ConsoleInput.parseYear("--year", "abc")));
        assertEquals("--year must be a year, e.g. 2026, not '0'", message(() -> ConsoleInput.parseYear("--year", "0")));
        assertEquals("--year must be a year, e.g. 2026, not '20266'",
                message(() -> ConsoleInput.parseYear("--year", "20266")));
    }

    @Test
    public void aDateIsIsoAndTheFallbackStandsForNone() {
        LocalDate today = LocalDate.of(2026, 11, 22);
        assertEquals(LocalDate.of(2026, 1, 31), ConsoleInput.parseDate("--date", "2026-01-31", today));
        assertEquals(today, ConsoleInput.parseDate("--date", null, today));
        assertNull(ConsoleInput.parseDate("--date", " "));
        assertEquals("--date must be a date (YYYY-MM-DD), not '2026-02-30'",
                message(() -> ConsoleInput.parseDate("--date", "2026-02-30", today)));
        assertEquals("--date must be a date (YYYY-MM-DD), not '22/11'",
                message(() -> ConsoleInput.parseDate("--date", "22/11")));
    }

    @Test
    public void aMonthIsYearAndMonth() {
        assertEquals(YearMonth.of(2026, 3), ConsoleInput.parseMonth("--from", "2026-03", null));
        assertEquals(YearMonth.of(2020, 1), ConsoleInput.parseMonth("--from", null, YearMonth.of(2020, 1)));
        assertEquals("--from must be a month (YYYY-MM), not '2026-13'",
                message(() -> ConsoleInput.parseMonth("--from", "2026-13", null)));
    }

    @Test
    public void aNumberMustBeWholeAndInRange() {
        assertEquals(20, ConsoleInput.parseNumber("--limit", null, 20, 1, 1000));
        assertEquals(5, ConsoleInput.parseNumber("--limit", "5", 20, 1, 1000));
        assertEquals("--limit must be a whole number from 1 to 1000, not 'many'",
                message(() -> ConsoleInput.parseNumber("--limit", "many", 20, 1, 1000)));
        assertEquals("--limit must be a whole number from 1 to 1000, not '0'",
                message(() -> ConsoleInput.parseNumber("--limit", "0", 20, 1, 1000)));
        assertEquals("--within must be a whole number from 0 to 3650, not '1.5'",
                message(() -> ConsoleInput.parseNumber("--within", "1.5", 365, 0, 3650)));
    }

    @Test
    public void idsArePositiveNumbersAndAListIsCommaSeparated() {
        assertEquals(42L, ConsoleInput.parseId("meeting", "42", "a meeting number"));
        assertEquals("meeting must be a meeting number, not 'x1'",
                message(() -> ConsoleInput.parseId("meeting", "x1", "a meeting number")));
        assertEquals("id must be an alert id, not '-3'", message(() -> ConsoleInput.parseId("id", "-3", "an alert id")));
        assertEquals("id must be an alert id, not 'null'", message(() -> ConsoleInput.parseId("id", null, "an alert id")));
        assertEquals(List.of(3L, 4L, 7L), ConsoleInput.parseIds("--attendees", "3, 4,7", "a representative number"));
        assertEquals(List.of(), ConsoleInput.parseIds("--attendees", null, "a representative number"));
        assertEquals("--attendees must be a representative number, not 'x'",
                message(() -> ConsoleInput.parseIds("--attendees", "3,x", "a representative number")));
    }

    @Test
    public void anEnumIsReadInAnyCaseWithDashes() {
        assertEquals(Colour.DARK_RED, ConsoleInput.parseEnum("--colour", "dark-red", Colour.class));
        assertEquals(Colour.GREEN, ConsoleInput.parseEnum("--colour", " Green", Colour.class));
        assertNull(ConsoleInput.parseEnum("--colour", null, Colour.class));
        assertEquals("--colour must be one of DARK_RED, GREEN, not 'blue'",
                message(() -> ConsoleInput.parseEnum("--colour", "blue", Colour.class)));
    }

    static String message(org.junit.function.ThrowingRunnable call) {
        return assertThrows(IllegalArgumentException.class, call).getMessage();
    }
}
