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
import se.avtalsvakt.api.deadline.Deadline;
import se.avtalsvakt.api.deadline.DeadlineFilter;
import se.avtalsvakt.api.deadline.Deadlines;
import se.avtalsvakt.api.page.Page;
import se.avtalsvakt.api.page.PageRequest;

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

    private final List<String> asked = new ArrayList<>();
    private final DeadlineResource resource = new DeadlineResource(new Deadlines() {
        @Override
        public List<Deadline> between(LocalDate from, LocalDate to) {
            throw new AssertionError("the resource asks for a page");
        }

        @Override
        public Page<Deadline> page(LocalDate from, LocalDate to, DeadlineFilter filter, PageRequest request) {
            asked.add(from + ".." + to + " " + filter.owner() + " " + filter.kind() + " " + filter.source() + " "
                    + request.limit());
            return Page.all(List.of());
        }
    }, CLOCK);

    private void list(LocalDate from, LocalDate to) {
        resource.list(from, to, null, null, null, null, null);
    }

    @Test
    public void theWindowIsAYearBackAndTwoAheadUnlessGiven() {
        list(null, null);
        list(LocalDate.of(2025, 1, 1), null);
        list(null, LocalDate.of(2027, 6, 30));
        list(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 1));
        list(LocalDate.of(2020, 1, 1), LocalDate.of(2030, 1, 1));
        assertEquals(List.of("2026-03-12..2029-03-12 null null null 100",
                "2025-01-01..2028-01-01 null null null 100", "2024-06-30..2027-06-30 null null null 100",
                "2025-01-01..2025-01-01 null null null 100", "2020-01-01..2030-01-01 null null null 100"), asked);
    }

    @Test
    public void theFiltersAndTheLimitArePassedOn() {
        resource.list(null, null, "vgr", "NOTICE_DEADLINE", "agreement", 7, null);
        assertEquals(List.of("2026-03-12..2029-03-12 vgr NOTICE_DEADLINE agreement 7"), asked);
    }

    @Test
    public void aWindowEndingBeforeItStartsOrLongerThanTenYearsIsRefusedNamingTo() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> list(LocalDate.of(2027, 1, 1), LocalDate.of(2026, 12, 31)));
        assertEquals("to", e.problems().get(0).path());
        e = assertThrows(ValidationException.class, () -> list(LocalDate.of(2020, 1, 1), LocalDate.of(2030, 1, 2)));
        assertEquals("to", e.problems().get(0).path());
        e = assertThrows(ValidationException.class,
                () -> resource.list(null, null, null, null, null, 1001, null));
        assertEquals("limit", e.problems().get(0).path());
        assertEquals(List.of(), asked);
    }
}
