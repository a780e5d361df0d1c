package se.avtalsvakt.evaluation.internal.rest;

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
import se.avtalsvakt.api.obligation.ObligationPlan;
import se.avtalsvakt.api.obligation.ObligationService;
import se.avtalsvakt.api.page.Page;
import se.avtalsvakt.api.page.PageRequest;

/** {@code /api/v1/obligation-plans}: the plans of evaluations, follow-ups, reports and meeting cadences. */
@Component(service = ObligationPlanResource.class)
@JaxrsResource
@JaxrsApplicationSelect("(osgi.jaxrs.name=avtalsvakt)")
@Path("obligation-plans")
@Produces(MediaType.APPLICATION_JSON)
public class ObligationPlanResource {

    private final ObligationService obligations;

    @Activate
    public ObligationPlanResource(@Reference ObligationService obligations) {
        this.obligations = obligations;
    }

    /** @return the plans, of one agreement and/or one governance body if asked */
    @GET
    public Page<ObligationPlan> list(@QueryParam("agreement") String agreement, @QueryParam("body") String body,
            @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        return obligations.plans(agreement, body, PageRequest.of(limit, cursor));
    }

    @GET
    @Path("{id}")
    public ObligationPlan get(@PathParam("id") String id) {
        return obligations.plan(id).orElseThrow(() -> new NotFoundException("obligation plan", id));
    }

    /** Creates or replaces the plan {@code id}; an id in the body must be the path's. */
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public ObligationPlan save(@PathParam("id") String id, ObligationPlan plan) {
        if (plan.id() != null && !plan.id().equals(id)) {
            throw new ValidationException("id", "must match the path ('" + id + "')");
        }
        return obligations.savePlan(plan.withId(id));
    }
}
