package se.avtalsvakt.rest.internal;

import java.time.LocalDate;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.avtalsvakt.api.PlatformClock;
import se.avtalsvakt.api.ValidationException;
import se.avtalsvakt.api.calendar.WorkingDayCalendar;
import se.avtalsvakt.rest.RestRequest;
import se.avtalsvakt.rest.RestResource;
import se.avtalsvakt.rest.RestResponse;
import se.avtalsvakt.rest.Route;

/** {@code /api/v1/calendar}: the Swedish public holidays and working-day arithmetic (I1). */
@Component(service = RestResource.class)
public class CalendarResource implements RestResource {

    static final String BASE = "/v1/calendar";

    /** The most working days one call adds (about 40 years): bounds the work a caller can ask for. */
    static final int MAX_ADD = 10_000;

    /**
     * The answer of {@code working-days}.
     *
     * @param from the day counted from
     * @param add  the working days added
     * @param date the resulting day
     */
    public record WorkingDays(LocalDate from, int add, LocalDate date) {
    }

    private final WorkingDayCalendar calendar;
    private final PlatformClock clock;

    @Activate
    public CalendarResource(@Reference WorkingDayCalendar calendar, @Reference PlatformClock clock) {
        this.calendar = calendar;
        this.clock = clock;
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.get(BASE + "/holidays", this::holidays),
                Route.get(BASE + "/working-days", this::workingDays));
    }

    private RestResponse holidays(RestRequest r) {
        int year = r.queryInt("year").orElseGet(() -> clock.today().getYear());
        if (year < 1 || year > 9999) {
            throw new ValidationException("year", "must be between 1 and 9999: " + year);
        }
        return RestResponse.ok(calendar.holidays(year));
    }

    private RestResponse workingDays(RestRequest r) {
        LocalDate from = r.queryDate("from").orElseGet(clock::today);
        int add = r.queryInt("add").orElseThrow(() -> new ValidationException("add",
                "required: how many working days to add (0 or more)"));
        if (add < 0 || add > MAX_ADD) {
            throw new ValidationException("add", "must be between 0 and " + MAX_ADD + ": " + add);
        }
        return RestResponse.ok(new WorkingDays(from, add, calendar.addWorkingDays(from, add)));
    }
}
