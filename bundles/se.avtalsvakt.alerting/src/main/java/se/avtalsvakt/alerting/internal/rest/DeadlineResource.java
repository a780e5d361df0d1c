package se.avtalsvakt.alerting.internal.rest;

import java.time.LocalDate;

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
import se.avtalsvakt.api.deadline.Deadline;
import se.avtalsvakt.api.deadline.DeadlineFilter;
import se.avtalsvakt.api.deadline.Deadlines;
import se.avtalsvakt.api.page.Page;
import se.avtalsvakt.api.page.PageRequest;

/**
 * {@code GET /api/v1/deadlines?from=…&to=…}: the deadlines of every installed source in a bounded window, by
 * practical date, one page at a time. The alerting bundle gathers them ({@link Deadlines}), so the view lives here.
 */
@Component(service = DeadlineResource.class)
@JaxrsResource
@JaxrsApplicationSelect("(osgi.jaxrs.name=avtalsvakt)")
@Path("deadlines")
@Produces(MediaType.APPLICATION_JSON)
public class DeadlineResource {

    private final Deadlines deadlines;
    private final PlatformClock clock;

    @Activate
    public DeadlineResource(@Reference Deadlines deadlines, @Reference PlatformClock clock) {
        this.deadlines = deadlines;
        this.clock = clock;
    }

    /**
     * @return one page of the deadlines in the window ({@link Window#of}), of one owner, kind or source if asked, in
     *         {@link Deadlines#key(Deadline)} order
     */
    @GET
    public Page<Deadline> list(@QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to,
            @QueryParam("organisation") String organisation, @QueryParam("kind") String kind,
            @QueryParam("source") String source, @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor) {
        PageRequest request = PageRequest.of(limit, cursor);
        Window w = Window.of(clock.today(), from, to);
        return deadlines.page(w.from(), w.to(), new DeadlineFilter(organisation, kind, source), request);
    }

    /**
     * The window of a deadline list: by default a year back and two years ahead; at most ten years.
     *
     * @param from the first day
     * @param to   the last day
     */
    public record Window(LocalDate from, LocalDate to) {

        /** The longest window, in years. */
        public static final int MAX_YEARS = 10;

        /**
         * @param today the platform date
         * @param from  the asked first day, or null: a year before today, or three years before {@code to}
         * @param to    the asked last day, or null: two years after today, or three years after {@code from}
         * @return the window
         * @throws ValidationException naming {@code to} if it is before {@code from} or more than ten years after
         */
        public static Window of(LocalDate today, LocalDate from, LocalDate to) {
            LocalDate start = from != null ? from : to != null ? to.minusYears(3) : today.minusYears(1);
            LocalDate end = to != null ? to : from != null ? from.plusYears(3) : today.plusYears(2);
            if (end.isBefore(start)) {
                throw new ValidationException("to", "must not be before from (" + start + ")");
            }
            if (end.isAfter(start.plusYears(MAX_YEARS))) {
                throw new ValidationException("to", "at most " + MAX_YEARS + " years after from (" + start
                        + "): ask for a shorter window");
            }
            return new Window(start, end);
        }
    }
}
