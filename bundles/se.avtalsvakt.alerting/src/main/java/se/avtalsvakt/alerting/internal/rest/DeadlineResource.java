package se.avtalsvakt.alerting.internal.rest;

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
import se.avtalsvakt.api.deadline.Deadline;
import se.avtalsvakt.api.deadline.Deadlines;

/**
 * {@code GET /api/v1/deadlines?from=…&to=…}: every deadline of every installed source in a window, by date. The
 * alerting bundle gathers them ({@link Deadlines}), so the view lives here.
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

    /** @return the deadlines from {@code from} (default today) to {@code to} (default a year after from) */
    @GET
    public List<Deadline> list(@QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to) {
        LocalDate start = from == null ? clock.today() : from;
        LocalDate end = to == null ? start.plusYears(1) : to;
        if (end.isBefore(start)) {
            throw new ValidationException("to", "must not be before from (" + start + ")");
        }
        return deadlines.between(start, end);
    }
}
