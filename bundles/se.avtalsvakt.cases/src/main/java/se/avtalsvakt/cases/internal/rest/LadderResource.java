package se.avtalsvakt.cases.internal.rest;

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
import se.avtalsvakt.api.ValidationException;
import se.avtalsvakt.api.cases.CaseService;
import se.avtalsvakt.api.cases.EscalationLadder;
import se.avtalsvakt.api.page.Page;
import se.avtalsvakt.api.page.PageRequest;

/** {@code /api/v1/escalation-ladders}: each agreement's steps for disputes, with owners and time limits. */
@Component(service = LadderResource.class)
@JaxrsResource
@JaxrsApplicationSelect("(osgi.jaxrs.name=avtalsvakt)")
@Path("escalation-ladders")
@Produces(MediaType.APPLICATION_JSON)
public class LadderResource {

    private final CaseService cases;

    @Activate
    public LadderResource(@Reference CaseService cases) {
        this.cases = cases;
    }

    @GET
    public Page<EscalationLadder> ladders(@QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        return cases.ladders(PageRequest.of(limit, cursor));
    }

    @GET
    @Path("{agreement}")
    public EscalationLadder ladder(@PathParam("agreement") String agreement) {
        return cases.ladder(agreement).orElseThrow(() -> new NotFoundException("escalation ladder", agreement));
    }

    /** Registers or replaces the agreement's ladder (e.g. another time limit); an agreement in the body must match. */
    @PUT
    @Path("{agreement}")
    @Consumes(MediaType.APPLICATION_JSON)
    public EscalationLadder save(@PathParam("agreement") String agreement, EscalationLadder ladder) {
        if (ladder == null) {
            throw new ValidationException("steps", "needs at least one step");
        }
        if (ladder.agreement() != null && !ladder.agreement().equals(agreement)) {
            throw new ValidationException("agreement", "must match the path ('" + agreement + "')");
        }
        return cases.saveLadder(new EscalationLadder(agreement, ladder.steps()));
    }
}
