package se.avtalsvakt.alerting.internal.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.junit.Test;

import se.avtalsvakt.api.PlatformClock;
import se.avtalsvakt.api.ValidationException;

public class DeadlineResourceTest {

    private static final PlatformClock CLOCK = new PlatformClock() {
        @Override
        public ZoneId zone() {
            return ZoneId.of("Europe/Stockholm");
        }

        @Override
        public Clock clock() {
            return Clock.fixed(Instant.parse("2027-03-12T10:00:00Z"), zone());
        }
    };

    private final List<String> windows = new ArrayList<>();
    private final DeadlineResource resource = new DeadlineResource((from, to) -> {
        windows.add(from + ".." + to);
        return List.of();
    }, CLOCK);

    @Test
    public void theWindowIsFromTodayForAYearUnlessGiven() {
        resource.list(null, null);
        resource.list(LocalDate.of(2025, 1, 1), null);
        resource.list(null, LocalDate.of(2027, 6, 30));
        resource.list(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 1));
        assertEquals(List.of("2027-03-12..2028-03-12", "2025-01-01..2026-01-01", "2027-03-12..2027-06-30",
                "2025-01-01..2025-01-01"), windows);
    }

    @Test
    public void aWindowEndingBeforeItStartsIsRefusedNamingTo() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> resource.list(LocalDate.of(2027, 1, 1), LocalDate.of(2026, 12, 31)));
        assertEquals("to", e.problems().get(0).path());
        assertEquals(List.of(), windows);
    }
}
