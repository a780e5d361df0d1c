package se.avtalsvakt.governance.internal.rest;

import java.time.LocalDate;
import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import se.avtalsvakt.api.NotFoundException;
import se.avtalsvakt.api.PlatformClock;
import se.avtalsvakt.api.ValidationException;
import se.avtalsvakt.api.page.Page;
import se.avtalsvakt.api.page.PageRequest;
import se.avtalsvakt.api.governance.Body;
import se.avtalsvakt.api.governance.Compliance;
import se.avtalsvakt.api.governance.GovernanceService;
import se.avtalsvakt.api.governance.Meeting;
import se.avtalsvakt.api.governance.Representative;

/** {@code /api/v1/bodies}: the governance bodies, seats and rules; per body its people, meetings and compliance. */
@Component(service = BodyResource.class)
@JaxrsResource
@JaxrsApplicationSelect("(osgi.jaxrs.name=avtalsvakt)")
@Path("bodies")
@Produces(MediaType.APPLICATION_JSON)
public class BodyResource {

    private final GovernanceService governance;
    private final PlatformClock clock;

    @Activate
    public BodyResource(@Reference GovernanceService governance, @Reference PlatformClock clock) {
        this.governance = governance;
        this.clock = clock;
    }

    /** @return a page of the bodies, by level and name (the register's order) */
    @GET
    public Page<Body> bodies(@QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        return Page.slice(governance.bodies(), PageRequest.of(limit, cursor), BodyResource::key);
    }

    /** @return a key whose {@code String} order is the register's order of bodies: level, name, id */
    static String key(Body b) {
        return (b.level() == null ? "" : b.level().name()) + '\u0000' + b.name() + '\u0000' + b.id();
    }

    @GET
    @Path("{id}")
    public Body body(@PathParam("id") String id) {
        return governance.body(id).orElseThrow(() -> new NotFoundException("body", id));
    }

    /** Registers or replaces the body; an id in the body must be the one in the path. */
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Body save(@PathParam("id") String id, Body b) {
        if (b.id() != null && !b.id().equals(id)) {
            throw new ValidationException("id", "must match the path ('" + id + "')");
        }
        return governance.saveBody(new Body(id, b.name(), b.level(), b.parent(), b.seats(), b.rules(), b.notes()));
    }

    /** The body's compliance in a year (default: this year). */
    @GET
    @Path("{id}/compliance")
    public Compliance compliance(@PathParam("id") String id, @QueryParam("year") Integer year) {
        return governance.compliance(body(id).id(), year == null ? clock.today().getYear() : year);
    }

    /** The body's representatives in office on a day (default: today), or ever ({@code all}). */
    @GET
    @Path("{id}/representatives")
    public Page<Representative> representatives(@PathParam("id") String id, @QueryParam("on") LocalDate on,
            @QueryParam("all") String all, @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        PageRequest request = PageRequest.of(limit, cursor);
        return RepresentativeResource.page(governance.representatives(body(id).id(), null,
                RepresentativeResource.day(all, on, clock)), request);
    }

    /** The body's meetings, of a year or all. */
    @GET
    @Path("{id}/meetings")
    public Page<Meeting> meetings(@PathParam("id") String id, @QueryParam("year") Integer year,
            @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        PageRequest request = PageRequest.of(limit, cursor);
        return governance.meetings(body(id).id(), year, request);
    }
}
