package se.avtalsvakt.cases.internal.rest;

import java.time.LocalDate;

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

import se.avtalsvakt.api.cases.CaseService;
import se.avtalsvakt.api.cases.JointPlan;
import se.avtalsvakt.api.page.Page;
import se.avtalsvakt.api.page.PageRequest;

/** {@code /api/v1/joint-plans}: joint plans (gemensam planering) with their follow-up and consent. */
@Component(service = JointPlanResource.class)
@JaxrsResource
@JaxrsApplicationSelect("(osgi.jaxrs.name=avtalsvakt)")
@Path("joint-plans")
@Produces(MediaType.APPLICATION_JSON)
public class JointPlanResource {

    /** A follow-up: its day (default today) and the next follow-up's day, if any. */
    public record FollowUp(LocalDate on, LocalDate next) {
    }

    private final CaseService cases;

    @Activate
    public JointPlanResource(@Reference CaseService cases) {
        this.cases = cases;
    }

    @GET
    public Page<JointPlan> plans(@QueryParam("organisation") String organisation, @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor) {
        return cases.jointPlans(organisation, PageRequest.of(limit, cursor));
    }

    @GET
    @Path("{id}")
    public JointPlan plan(@PathParam("id") String id) {
        return cases.jointPlan(Ids.number(id, "joint plan"));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response record(JointPlan plan) {
        JointPlan saved = cases.recordJointPlan(plan);
        return Response.status(Response.Status.CREATED).header(HttpHeaders.LOCATION,
                "/api/v1/joint-plans/" + saved.id()).entity(saved).build();
    }

    @POST
    @Path("{id}/follow-up")
    @Consumes(MediaType.APPLICATION_JSON)
    public JointPlan followUp(@PathParam("id") String id, FollowUp f) {
        return cases.followUpJointPlan(Ids.number(id, "joint plan"), f == null ? null : f.on(),
                f == null ? null : f.next());
    }
}
