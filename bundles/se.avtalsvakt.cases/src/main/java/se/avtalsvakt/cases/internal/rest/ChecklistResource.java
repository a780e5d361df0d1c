package se.avtalsvakt.cases.internal.rest;

import java.time.LocalDate;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
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

import se.avtalsvakt.api.NotFoundException;
import se.avtalsvakt.api.cases.CaseService;
import se.avtalsvakt.api.cases.Checklist;
import se.avtalsvakt.api.cases.ChecklistState;
import se.avtalsvakt.api.cases.NewChecklist;
import se.avtalsvakt.api.page.Page;
import se.avtalsvakt.api.page.PageRequest;

/** {@code /api/v1/checklists}: an organisation's cases started from checklist templates, ticked off item by item. */
@Component(service = ChecklistResource.class)
@JaxrsResource
@JaxrsApplicationSelect("(osgi.jaxrs.name=avtalsvakt)")
@Path("checklists")
@Produces(MediaType.APPLICATION_JSON)
public class ChecklistResource {

    /** An item's owner and due day. */
    public record Assignment(String owner, LocalDate due) {
    }

    /** The day an item was done, default today. */
    public record Completion(LocalDate on) {
    }

    private final CaseService cases;

    @Activate
    public ChecklistResource(@Reference CaseService cases) {
        this.cases = cases;
    }

    @GET
    public Page<Checklist> checklists(@QueryParam("organisation") String organisation,
            @QueryParam("state") ChecklistState state, @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor) {
        return cases.checklists(organisation, state, PageRequest.of(limit, cursor));
    }

    @GET
    @Path("{id}")
    public Checklist checklist(@PathParam("id") String id) {
        return cases.checklist(Ids.number(id, "checklist"));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response start(NewChecklist checklist, @Context SecurityContext security) {
        Checklist saved = cases.startChecklist(checklist, DisputeResource.user(security));
        return Response.status(Response.Status.CREATED).header(HttpHeaders.LOCATION,
                "/api/v1/checklists/" + saved.id()).entity(saved).build();
    }

    @PUT
    @Path("{id}/items/{number}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Checklist assign(@PathParam("id") String id, @PathParam("number") String number, Assignment a) {
        return cases.assignChecklistItem(Ids.number(id, "checklist"), item(id, number), a == null ? null : a.owner(),
                a == null ? null : a.due());
    }

    @POST
    @Path("{id}/items/{number}/completion")
    @Consumes(MediaType.APPLICATION_JSON)
    public Checklist complete(@PathParam("id") String id, @PathParam("number") String number, Completion c,
            @Context SecurityContext security) {
        return cases.completeChecklistItem(Ids.number(id, "checklist"), item(id, number), c == null ? null : c.on(),
                DisputeResource.user(security));
    }

    private static int item(String id, String number) {
        try {
            return Integer.parseInt(number);
        } catch (NumberFormatException e) {
            throw new NotFoundException("checklist item", id + "/" + number);
        }
    }
}
