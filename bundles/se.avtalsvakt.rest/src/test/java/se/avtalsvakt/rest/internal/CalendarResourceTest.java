package se.avtalsvakt.rest.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.Test;

import se.avtalsvakt.api.PlatformClock;
import se.avtalsvakt.api.ValidationException;
import se.avtalsvakt.api.calendar.Holiday;
import se.avtalsvakt.api.calendar.WorkingDayCalendar;

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

    private static String json(Object answer) throws Exception {
        return se.avtalsvakt.api.json.Json.mapper().writeValueAsString(answer);
    }

    private static String problemPath(ValidationException e) {
        assertEquals(1, e.problems().size());
        return e.problems().get(0).path();
    }

    @Test
    public void holidaysOfAYearAsJson() throws Exception {
        assertEquals("[{\"date\":\"2027-01-01\",\"name\":\"Nyårsdagen\",\"eve\":false},"
                + "{\"date\":\"2027-12-31\",\"name\":\"Nyårsafton\",\"eve\":true}]",
                json(resource.holidays(2027)));
    }

    @Test
    public void holidaysDefaultToThePlatformClocksYear() {
        resource.holidays(null);
        assertEquals(2027, calendar.yearAsked);
    }

    @Test
    public void aYearOutsideTheCalendarIsRefusedNamingTheParameter() {
        for (int bad : new int[] {0, -1, 10000}) {
            assertEquals("year", problemPath(assertThrows(ValidationException.class, () -> resource.holidays(bad))));
        }
    }

    @Test
    public void workingDaysAnswersFromAddAndDate() throws Exception {
        // Wednesday 2026-12-30 + 2: Thursday 31, (Friday 1 January off, weekend), Monday 4 January
        assertEquals("{\"from\":\"2026-12-30\",\"add\":2,\"date\":\"2027-01-04\"}",
                json(resource.workingDays(LocalDate.of(2026, 12, 30), 2)));
    }

    @Test
    public void workingDaysCountFromTodayByDefault() throws Exception {
        assertEquals("{\"from\":\"2027-03-12\",\"add\":1,\"date\":\"2027-03-15\"}",
                json(resource.workingDays(null, 1)));
    }

    @Test
    public void addingZeroAnswersTheDayItself() throws Exception {
        assertEquals("{\"from\":\"2027-03-13\",\"add\":0,\"date\":\"2027-03-13\"}",
                json(resource.workingDays(LocalDate.of(2027, 3, 13), 0)));
    }

    @Test
    public void addIsRequired() {
        assertEquals("add", problemPath(assertThrows(ValidationException.class,
                () -> resource.workingDays(LocalDate.of(2026, 12, 23), null))));
    }

    @Test
    public void addMustNotBeNegativeNorHuge() {
        for (int bad : new int[] {-1, CalendarResource.MAX_ADD + 1}) {
            assertEquals("add", problemPath(assertThrows(ValidationException.class,
                    () -> resource.workingDays(null, bad))));
        }
    }
}
