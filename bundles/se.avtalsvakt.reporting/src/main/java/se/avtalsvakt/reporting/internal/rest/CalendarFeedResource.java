package se.avtalsvakt.reporting.internal.rest;

import java.nio.charset.StandardCharsets;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Response;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import se.avtalsvakt.reporting.internal.CalendarFeed;

/** {@code /api/v1/calendar.ics}: the iCalendar feed of every deadline and meeting, or of an organisation or body. */
@Component(service = CalendarFeedResource.class)
@JaxrsResource
@JaxrsApplicationSelect("(osgi.jaxrs.name=avtalsvakt)")
@Path("calendar.ics")
public class CalendarFeedResource {

    static final String MEDIA_TYPE = "text/calendar; charset=UTF-8";

    private final CalendarFeed calendar;

    @Activate
    public CalendarFeedResource(@Reference CalendarFeed calendar) {
        this.calendar = calendar;
    }

    @GET
    @Produces("text/calendar")
    public Response feed(@QueryParam("organisation") String organisation, @QueryParam("body") String body) {
        String name = "avtalsvakt" + (organisation != null ? "-" + organisation : "")
                + (body != null ? "-" + body : "");
        return Response.ok(calendar.feed(organisation, body).getBytes(StandardCharsets.UTF_8), MEDIA_TYPE)
                .header("Content-Disposition", "inline; filename=\"" + name.replaceAll("[^A-Za-z0-9._-]", "_")
                        + ".ics\"").build();
    }
}
