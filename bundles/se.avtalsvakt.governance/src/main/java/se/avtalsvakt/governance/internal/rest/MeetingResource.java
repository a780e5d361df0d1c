package se.avtalsvakt.governance.internal.rest;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
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

import se.avtalsvakt.api.page.Page;
import se.avtalsvakt.api.page.PageRequest;
import se.avtalsvakt.api.governance.Decision;
import se.avtalsvakt.api.governance.GovernanceService;
import se.avtalsvakt.api.governance.Meeting;

/** {@code /api/v1/meetings}: the bodies' meetings and their decisions, each with the rules it breaks. */
@Component(service = MeetingResource.class)
@JaxrsResource
@JaxrsApplicationSelect("(osgi.jaxrs.name=avtalsvakt)")
@Path("meetings")
@Produces(MediaType.APPLICATION_JSON)
public class MeetingResource {

    private final GovernanceService governance;

    @Activate
    public MeetingResource(@Reference GovernanceService governance) {
        this.governance = governance;
    }

    /** The meetings of a body (default: every body) in a year (default: every year). */
    @GET
    public Page<Meeting> meetings(@QueryParam("body") String body, @QueryParam("year") Integer year,
            @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        return governance.meetings(body, year, PageRequest.of(limit, cursor));
    }

    @GET
    @Path("{id}")
    public Meeting meeting(@PathParam("id") String id) {
        return governance.meeting(Numbers.id(id, "meeting"));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(Meeting meeting) {
        Meeting saved = governance.addMeeting(meeting);
        return created("/api/v1/meetings/" + saved.id(), saved);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Meeting update(@PathParam("id") String id, Meeting meeting) {
        return governance.updateMeeting(Numbers.id(id, "meeting"), meeting);
    }

    /** Records a decision of the meeting; its Location is the meeting, which lists it. */
    @POST
    @Path("{id}/decisions")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addDecision(@PathParam("id") String id, DecisionInput input) {
        long meeting = Numbers.id(id, "meeting");
        Decision saved = governance.addDecision(meeting, input.toDecision(meeting));
        return created("/api/v1/meetings/" + meeting, saved);
    }

    private static Response created(String location, Object entity) {
        return Response.status(Response.Status.CREATED).header(HttpHeaders.LOCATION, location).entity(entity).build();
    }
}
