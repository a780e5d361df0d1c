package se.avtalsvakt.rest.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.Test;

import se.avtalsvakt.api.PlatformClock;
import se.avtalsvakt.api.ValidationException;
import se.avtalsvakt.api.calendar.Holiday;
import se.avtalsvakt.api.calendar.WorkingDayCalendar;
import se.avtalsvakt.rest.RestRequest;
import se.avtalsvakt.rest.QueryOnlyRequest;
import se.avtalsvakt.rest.RestResponse;
import se.avtalsvakt.rest.Route;

public class CalendarResourceTest {

    /** A calendar whose only days off are weekends and the listed days; it records the years asked for. */
    private static final class FakeCalendar implements WorkingDayCalendar {
        final List<Holiday> days = List.of(
                new Holiday(LocalDate.of(2027, 1, 1), "Nyårsdagen", false),
                new Holiday(LocalDate.of(2027, 12, 31), "Nyårsafton", true));
        int yearAsked;

        @Override
        public boolean isWorkingDay(LocalDate date) {
            return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY
                    && days.stream().noneMatch(h -> h.date().equals(date));
        }

        @Override
        public LocalDate addWorkingDays(LocalDate from, int n) {
            LocalDate d = from;
            for (int left = n; left > 0; ) {
                d = d.plusDays(1);
                if (isWorkingDay(d)) {
                    left--;
                }
            }
            return d;
        }

        @Override
        public LocalDate lastWorkingDayOnOrBefore(LocalDate date) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Holiday> holidays(int year) {
            yearAsked = year;
            return days.stream().filter(h -> h.date().getYear() == year).toList();
        }
    }

    /** The platform clock pinned to Friday 2027-03-12. */
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

    private final FakeCalendar calendar = new FakeCalendar();
    private final CalendarResource resource = new CalendarResource(calendar, CLOCK);

    private RestResponse call(String template, Map<String, String> query) throws Exception {
        Route route = resource.routes().stream().filter(r -> r.template().equals(template)).findFirst()
                .orElseThrow();
        assertEquals("GET", route.method());
        return route.handler().handle(new QueryOnlyRequest(query, "viewer"));
    }

    private static String json(RestResponse response) throws Exception {
        assertEquals(200, response.status());
        return Json.MAPPER.writeValueAsString(response.body());
    }

    private static String problemPath(ValidationException e) {
        assertEquals(1, e.problems().size());
        return e.problems().get(0).path();
    }

    @Test
    public void routesAreTheTwoCalendarTemplates() {
        assertEquals(List.of("/v1/calendar/holidays", "/v1/calendar/working-days"),
                resource.routes().stream().map(Route::template).toList());
    }

    @Test
    public void holidaysOfAYearAsJson() throws Exception {
        assertEquals("[{\"date\":\"2027-01-01\",\"name\":\"Nyårsdagen\",\"eve\":false},"
                + "{\"date\":\"2027-12-31\",\"name\":\"Nyårsafton\",\"eve\":true}]",
                json(call("/v1/calendar/holidays", Map.of("year", "2027"))));
    }

    @Test
    public void holidaysDefaultToThePlatformClocksYear() throws Exception {
        call("/v1/calendar/holidays", Map.of());
        assertEquals(2027, calendar.yearAsked);
    }

    @Test
    public void badYearIsRefusedNamingTheParameter() {
        assertEquals("year", problemPath(assertThrows(ValidationException.class,
                () -> call("/v1/calendar/holidays", Map.of("year", "next")))));
        assertEquals("year", problemPath(assertThrows(ValidationException.class,
                () -> call("/v1/calendar/holidays", Map.of("year", "0")))));
    }

    @Test
    public void workingDaysAnswersFromAddAndDate() throws Exception {
        // Wednesday 2026-12-30 + 2: Thursday 31, (Friday 1 January off, weekend), Monday 4 January
        assertEquals("{\"from\":\"2026-12-30\",\"add\":2,\"date\":\"2027-01-04\"}",
                json(call("/v1/calendar/working-days", Map.of("from", "2026-12-30", "add", "2"))));
    }

    @Test
    public void workingDaysCountFromTodayByDefault() throws Exception {
        assertEquals("{\"from\":\"2027-03-12\",\"add\":1,\"date\":\"2027-03-15\"}",
                json(call("/v1/calendar/working-days", Map.of("add", "1"))));
    }

    @Test
    public void addingZeroAnswersTheDayItself() throws Exception {
        assertEquals("{\"from\":\"2027-03-13\",\"add\":0,\"date\":\"2027-03-13\"}",
                json(call("/v1/calendar/working-days", Map.of("from", "2027-03-13", "add", "0"))));
    }

    @Test
    public void addIsRequired() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> call("/v1/calendar/working-days", Map.of("from", "2026-12-23")));
        assertEquals("add", problemPath(e));
    }

    @Test
    public void addMustBeAWholeNumberNotNegativeAndNotHuge() {
        for (String bad : List.of("-1", "five", "2.5", "10001")) {
            ValidationException e = assertThrows(bad, ValidationException.class,
                    () -> call("/v1/calendar/working-days", Map.of("add", bad)));
            assertEquals(bad, "add", problemPath(e));
        }
    }

    @Test
    public void badFromIsRefusedNamingTheParameter() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> call("/v1/calendar/working-days", Map.of("from", "23/12/2026", "add", "5")));
        assertEquals("from", problemPath(e));
    }
}
