package se.avtalsvakt.cases.internal.rest;

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

import se.avtalsvakt.api.cases.CaseService;
import se.avtalsvakt.api.cases.Dispute;
import se.avtalsvakt.api.cases.DisputeAction;
import se.avtalsvakt.api.cases.DisputeState;
import se.avtalsvakt.api.cases.NewDispute;
import se.avtalsvakt.api.page.Page;
import se.avtalsvakt.api.page.PageRequest;

/** {@code /api/v1/disputes}: disputes along their agreement's escalation ladder, each step with who and when. */
@Component(service = DisputeResource.class)
@JaxrsResource
@JaxrsApplicationSelect("(osgi.jaxrs.name=avtalsvakt)")
@Path("disputes")
@Produces(MediaType.APPLICATION_JSON)
public class DisputeResource {

    private final CaseService cases;

    @Activate
    public DisputeResource(@Reference CaseService cases) {
        this.cases = cases;
    }

    /** The disputes of an agreement (default: all) in a state (default: any), by number. */
    @GET
    public Page<Dispute> disputes(@QueryParam("agreement") String agreement, @QueryParam("state") DisputeState state,
            @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        return cases.disputes(agreement, state, PageRequest.of(limit, cursor));
    }

    @GET
    @Path("{id}")
    public Dispute dispute(@PathParam("id") String id) {
        return cases.dispute(Ids.number(id, "dispute"));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response open(NewDispute dispute, @Context SecurityContext security) {
        Dispute saved = cases.openDispute(dispute, user(security));
        return Response.status(Response.Status.CREATED).header(HttpHeaders.LOCATION, "/api/v1/disputes/" + saved.id())
                .entity(saved).build();
    }

    /** Moves the dispute to the next step of the ladder. */
    @POST
    @Path("{id}/escalations")
    @Consumes(MediaType.APPLICATION_JSON)
    public Dispute escalate(@PathParam("id") String id, DisputeAction action, @Context SecurityContext security) {
        return cases.escalate(Ids.number(id, "dispute"), action, user(security));
    }

    @POST
    @Path("{id}/resolution")
    @Consumes(MediaType.APPLICATION_JSON)
    public Dispute resolve(@PathParam("id") String id, DisputeAction action, @Context SecurityContext security) {
        return cases.resolve(Ids.number(id, "dispute"), action, user(security));
    }

    @POST
    @Path("{id}/withdrawal")
    @Consumes(MediaType.APPLICATION_JSON)
    public Dispute withdraw(@PathParam("id") String id, DisputeAction action, @Context SecurityContext security) {
        return cases.withdraw(Ids.number(id, "dispute"), action, user(security));
    }

    static String user(SecurityContext security) {
        return security == null || security.getUserPrincipal() == null ? null
                : security.getUserPrincipal().getName();
    }
}
