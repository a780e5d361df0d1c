package se.avtalsvakt.evaluation.internal.rest;

import java.time.LocalDate;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import se.avtalsvakt.api.PlatformClock;
import se.avtalsvakt.api.obligation.Fulfilment;
import se.avtalsvakt.api.obligation.ObligationService;
import se.avtalsvakt.api.obligation.Occurrence;
import se.avtalsvakt.api.obligation.OccurrenceFilter;
import se.avtalsvakt.api.obligation.OccurrenceState;
import se.avtalsvakt.api.page.Page;
import se.avtalsvakt.api.page.PageRequest;

/** {@code /api/v1/obligations}: the occurrences of the obligation plans, and their fulfilments. */
@Component(service = ObligationResource.class)
@JaxrsResource
@JaxrsApplicationSelect("(osgi.jaxrs.name=avtalsvakt)")
@Path("obligations")
@Produces(MediaType.APPLICATION_JSON)
public class ObligationResource {

    static final String BASE = "/api/v1/obligations";

    private final ObligationService obligations;
    private final PlatformClock clock;

    @Activate
    public ObligationResource(@Reference ObligationService obligations, @Reference PlatformClock clock) {
        this.obligations = obligations;
        this.clock = clock;
    }

    /**
     * @return the occurrences in a window (default a year back to a year ahead); {@code state=OVERDUE} without a
     *         window: every overdue occurrence, however long ago (from each plan's first occurrence) up to today
     */
    @GET
    public Page<Occurrence> list(@QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to,
            @QueryParam("agreement") String agreement, @QueryParam("body") String body,
            @QueryParam("state") OccurrenceState state, @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor) {
        PageRequest request = PageRequest.of(limit, cursor);
        LocalDate today = clock.today();
        boolean overdue = state == OccurrenceState.OVERDUE;
        LocalDate start = from != null ? from : overdue ? null : today.minusYears(1);
        LocalDate end = to != null ? to : overdue ? today : today.plusYears(1);
        return obligations.occurrences(new OccurrenceFilter(start, end, agreement, body, state), request);
    }

    @GET
    @Path("{id}")
    public Occurrence get(@PathParam("id") String id) {
        return obligations.occurrence(id);
    }

    /** Records a fulfilment; {@code by} defaults to the caller. */
    @POST
    @Path("{id}/fulfilments")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response fulfil(@PathParam("id") String id, Fulfilment f, @Context SecurityContext security) {
        String by = f.by() == null || f.by().isBlank() ? security.getUserPrincipal().getName() : f.by();
        Occurrence o = obligations.fulfil(id, new Fulfilment(0, null, f.date(), f.reference(), by, f.notes(),
                f.criteria(), null));
        return Response.status(Response.Status.CREATED).header(HttpHeaders.LOCATION, BASE + "/" + o.id())
                .entity(o).build();
    }
}
