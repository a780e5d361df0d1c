package se.avtalsvakt.reporting.internal.rest;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import javax.ws.rs.GET;
import javax.ws.rs.HEAD;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.StreamingOutput;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import se.avtalsvakt.reporting.internal.CalendarFeed;

/**
 * {@code /api/v1/calendar.ics}: the iCalendar feed of the deadlines and meetings in a window (by default a year
 * back and two years ahead, at most ten years), of everything or of an organisation, a body, kinds or sources;
 * written into the response event by event. {@code HEAD} checks the same parameters and answers the headers
 * without reading a deadline.
 */
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
    public Response feed(@QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to,
            @QueryParam("organisation") String organisation, @QueryParam("body") String body,
            @QueryParam("kind") List<String> kinds, @QueryParam("source") List<String> sources) {
        CalendarFeed.Feed feed = calendar.feed(query(from, to, organisation, body, kinds, sources));
        StreamingOutput out = feed.body()::writeTo;
        return headers(feed).entity(out).build();
    }

    @HEAD
    @Produces("text/calendar")
    public Response feedHead(@QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to,
            @QueryParam("organisation") String organisation, @QueryParam("body") String body,
            @QueryParam("kind") List<String> kinds, @QueryParam("source") List<String> sources) {
        return headers(calendar.feed(query(from, to, organisation, body, kinds, sources))).build();
    }

    static CalendarFeed.Query query(LocalDate from, LocalDate to, String organisation, String body,
            List<String> kinds, List<String> sources) {
        return new CalendarFeed.Query(from, to, organisation, body, split(kinds), split(sources));
    }

    /** @return the values, each of which may hold several separated by commas, trimmed, blanks left out */
    static Set<String> split(List<String> values) {
        Set<String> out = new LinkedHashSet<>();
        if (values != null) {
            for (String v : values) {
                for (String part : v.split(",")) {
                    if (!part.isBlank()) {
                        out.add(part.trim());
                    }
                }
            }
        }
        return out;
    }

    private static Response.ResponseBuilder headers(CalendarFeed.Feed feed) {
        return Response.ok().type(MEDIA_TYPE)
                .header("Content-Disposition", "inline; filename=\"" + feed.fileName() + "\"");
    }
}
