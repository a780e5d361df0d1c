package se.avtalsvakt.api;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;

import java.time.LocalDate;

import org.junit.Test;

public class DatesTest {

    private static final LocalDate FALLBACK = LocalDate.of(2026, 11, 22);

    @Test
    public void anIsoDateIsReadWithItsBlanksIgnored() {
        assertEquals(LocalDate.of(2026, 12, 24), Dates.parse("--date", " 2026-12-24 "));
        assertEquals(LocalDate.of(2026, 12, 24), Dates.parse("--date", "2026-12-24", FALLBACK));
    }

    @Test
    public void noTextIsNoDateOrTheFallback() {
        assertNull(Dates.parse("--date", null));
        assertNull(Dates.parse("--date", "  "));
        assertEquals(FALLBACK, Dates.parse("--date", null, FALLBACK));
    }

    @Test
    public void anythingElseIsAProblemNamingTheField() {
        ValidationException e = assertThrows(ValidationException.class, () -> Dates.parse("--from", "24/12/2026"));
        assertEquals(1, e.problems().size());
        assertEquals("--from", e.problems().get(0).path());
        assertEquals("--from: not an ISO date (YYYY-MM-DD): '24/12/2026'", e.getMessage());
    }
}
