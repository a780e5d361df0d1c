package se.avtalsvakt.governance.internal.rest;

import java.time.LocalDate;
import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import se.avtalsvakt.api.PlatformClock;
import se.avtalsvakt.api.page.Page;
import se.avtalsvakt.api.page.PageRequest;
import se.avtalsvakt.api.governance.GovernanceService;
import se.avtalsvakt.api.governance.Representative;

/** {@code /api/v1/representatives}: who sits where, appointments and resignations. */
@Component(service = RepresentativeResource.class)
@JaxrsResource
@JaxrsApplicationSelect("(osgi.jaxrs.name=avtalsvakt)")
@Path("representatives")
@Produces(MediaType.APPLICATION_JSON)
public class RepresentativeResource {

    private final GovernanceService governance;
    private final PlatformClock clock;

    @Activate
    public RepresentativeResource(@Reference GovernanceService governance, @Reference PlatformClock clock) {
        this.governance = governance;
        this.clock = clock;
    }

    /**
     * A resignation: the last day in office and when the coordination function and the principal were told.
     */
    public record Resignation(LocalDate to, LocalDate notifiedOn, LocalDate principalNotifiedOn) {
    }

    /** @return null (every representative ever) when {@code all} is given, else the day, by default today */
    static LocalDate day(String all, LocalDate on, PlatformClock clock) {
        return all != null ? null : on == null ? clock.today() : on;
    }

    /** The representatives of a body and/or an organisation in office on a day (default: today), or ever. */
    @GET
    public Page<Representative> representatives(@QueryParam("body") String body,
            @QueryParam("organisation") String organisation, @QueryParam("on") LocalDate on,
            @QueryParam("all") String all, @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        PageRequest request = PageRequest.of(limit, cursor);
        return page(governance.representatives(body, organisation, day(all, on, clock)), request);
    }

    /** @return a page of representatives listed by body, seat, person and id (networks after the bodies) */
    static Page<Representative> page(List<Representative> sorted, PageRequest request) {
        return Page.slice(sorted, request, RepresentativeResource::key);
    }

    /** @return a key whose {@code String} order is the register's order: body, seat, person, id; nulls last */
    static String key(Representative r) {
        return last(r.body()) + '\u0000' + last(r.seat()) + '\u0000' + last(r.person()) + '\u0000'
                + String.format("%019d", r.id());
    }

    private static String last(String s) {
        return s == null ? "\uffff" : s;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response appoint(Representative representative) {
        Representative saved = governance.appoint(representative);
        return Response.status(Response.Status.CREATED)
                .header(HttpHeaders.LOCATION, "/api/v1/representatives/" + saved.id()).entity(saved).build();
    }

    @POST
    @Path("{id}/resignation")
    @Consumes(MediaType.APPLICATION_JSON)
    public Representative resign(@PathParam("id") String id, Resignation resignation) {
        return governance.resign(Numbers.id(id, "representative"), resignation.to(), resignation.notifiedOn(),
                resignation.principalNotifiedOn());
    }
}
