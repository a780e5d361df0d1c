package se.avtalsvakt.cases.internal.rest;

import java.time.LocalDate;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import se.avtalsvakt.api.cases.CaseService;
import se.avtalsvakt.api.cases.LocalPlan;
import se.avtalsvakt.api.cases.LocalPlanStatus;
import se.avtalsvakt.api.page.Page;
import se.avtalsvakt.api.page.PageRequest;

/** {@code /api/v1/local-plans}: each party's local implementation plan for an agreement, or none. */
@Component(service = LocalPlanResource.class)
@JaxrsResource
@JaxrsApplicationSelect("(osgi.jaxrs.name=avtalsvakt)")
@Path("local-plans")
@Produces(MediaType.APPLICATION_JSON)
public class LocalPlanResource {

    /** The body of a plan. */
    public record PlanInput(LocalDate adoptedOn, String adoptedBy, String reference) {
    }

    private final CaseService cases;

    @Activate
    public LocalPlanResource(@Reference CaseService cases) {
        this.cases = cases;
    }

    /** Every party of the agreement, by id, with its plan or none ({@code missing=true}: only those without). */
    @GET
    public Page<LocalPlanStatus> plans(@QueryParam("agreement") String agreement,
            @QueryParam("missing") Boolean missing, @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor) {
        return cases.localPlans(agreement, Boolean.TRUE.equals(missing), PageRequest.of(limit, cursor));
    }

    /** Records or replaces the party's plan. */
    @PUT
    @Path("{agreement}/{party}")
    @Consumes(MediaType.APPLICATION_JSON)
    public LocalPlan record(@PathParam("agreement") String agreement, @PathParam("party") String party,
            PlanInput in, @Context SecurityContext security) {
        return cases.recordLocalPlan(new LocalPlan(agreement, party, in == null ? null : in.adoptedOn(),
                in == null ? null : in.adoptedBy(), in == null ? null : in.reference(), null, null),
                DisputeResource.user(security));
    }
}
