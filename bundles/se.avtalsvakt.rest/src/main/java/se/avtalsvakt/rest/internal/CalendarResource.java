package se.avtalsvakt.rest.internal;

import java.time.LocalDate;
import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import se.avtalsvakt.api.PlatformClock;
import se.avtalsvakt.api.ValidationException;
import se.avtalsvakt.api.calendar.Holiday;
import se.avtalsvakt.api.calendar.WorkingDayCalendar;

/**
 * {@code /api/v1/calendar}: the Swedish public holidays and working-day arithmetic. The calendar is a platform
 * service (avtalsvakt-common, with the clock), so its view lives with the platform's own REST resources rather
 * than tying the clock's bundle to the JAX-RS stack.
 */
@Component(service = CalendarResource.class)
@JaxrsResource
@JaxrsApplicationSelect("(osgi.jaxrs.name=avtalsvakt)")
@Path("calendar")
@Produces(MediaType.APPLICATION_JSON)
public class CalendarResource {

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

    /** @return the public holidays of {@code year} (default this year), in date order */
    @GET
    @Path("holidays")
    public List<Holiday> holidays(@QueryParam("year") Integer year) {
        int y = year == null ? clock.today().getYear() : year;
        if (y < 1 || y > 9999) {
            throw new ValidationException("year", "must be between 1 and 9999: " + y);
        }
        return calendar.holidays(y);
    }

    /** @return the day {@code add} working days after {@code from} (default today) */
    @GET
    @Path("working-days")
    public WorkingDays workingDays(@QueryParam("from") LocalDate from, @QueryParam("add") Integer add) {
        LocalDate start = from == null ? clock.today() : from;
        if (add == null) {
            throw new ValidationException("add", "required: how many working days to add (0 or more)");
        }
        if (add < 0 || add > MAX_ADD) {
            throw new ValidationException("add", "must be between 0 and " + MAX_ADD + ": " + add);
        }
        return new WorkingDays(start, add, calendar.addWorkingDays(start, add));
    }
}
