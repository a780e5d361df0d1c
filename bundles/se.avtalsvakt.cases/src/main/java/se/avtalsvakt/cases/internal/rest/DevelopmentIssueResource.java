package se.avtalsvakt.cases.internal.rest;

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

import se.avtalsvakt.api.cases.CaseService;
import se.avtalsvakt.api.cases.DevelopmentIssue;
import se.avtalsvakt.api.cases.DevelopmentIssueState;
import se.avtalsvakt.api.page.Page;
import se.avtalsvakt.api.page.PageRequest;

/** {@code /api/v1/development-issues}: the register of development issues (samarbetsavtalet §11). */
@Component(service = DevelopmentIssueResource.class)
@JaxrsResource
@JaxrsApplicationSelect("(osgi.jaxrs.name=avtalsvakt)")
@Path("development-issues")
@Produces(MediaType.APPLICATION_JSON)
public class DevelopmentIssueResource {

    private final CaseService cases;

    @Activate
    public DevelopmentIssueResource(@Reference CaseService cases) {
        this.cases = cases;
    }

    @GET
    public Page<DevelopmentIssue> issues(@QueryParam("owner") String owner,
            @QueryParam("state") DevelopmentIssueState state, @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor) {
        return cases.developmentIssues(owner, state, PageRequest.of(limit, cursor));
    }

    @GET
    @Path("{id}")
    public DevelopmentIssue issue(@PathParam("id") String id) {
        return cases.developmentIssue(Ids.number(id, "development issue"));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response raise(DevelopmentIssue issue) {
        DevelopmentIssue saved = cases.raiseDevelopmentIssue(issue);
        return Response.status(Response.Status.CREATED).header(HttpHeaders.LOCATION,
                "/api/v1/development-issues/" + saved.id()).entity(saved).build();
    }

    /** Replaces the issue's fields (state, next review, linked decisions …). */
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public DevelopmentIssue update(@PathParam("id") String id, DevelopmentIssue issue) {
        return cases.updateDevelopmentIssue(Ids.number(id, "development issue"), issue);
    }
}
