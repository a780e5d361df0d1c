package se.avtalsvakt.cases.internal.rest;

import java.time.LocalDate;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
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

import se.avtalsvakt.api.NotFoundException;
import se.avtalsvakt.api.cases.CaseService;
import se.avtalsvakt.api.cases.HandoverCase;
import se.avtalsvakt.api.cases.HandoverState;
import se.avtalsvakt.api.page.Page;
import se.avtalsvakt.api.page.PageRequest;

/** {@code /api/v1/handovers}: the handover cases opened when a participation or an agreement gets an end date. */
@Component(service = HandoverResource.class)
@JaxrsResource
@JaxrsApplicationSelect("(osgi.jaxrs.name=avtalsvakt)")
@Path("handovers")
@Produces(MediaType.APPLICATION_JSON)
public class HandoverResource {

    /** The body of a completion: the day, default today. */
    public record Completion(LocalDate on) {
    }

    private final CaseService cases;

    @Activate
    public HandoverResource(@Reference CaseService cases) {
        this.cases = cases;
    }

    @GET
    public Page<HandoverCase> handovers(@QueryParam("agreement") String agreement, @QueryParam("party") String party,
            @QueryParam("state") HandoverState state, @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor) {
        return cases.handovers(agreement, party, state, PageRequest.of(limit, cursor));
    }

    @GET
    @Path("{id}")
    public HandoverCase handover(@PathParam("id") String id) {
        return cases.handover(Ids.number(id, "handover"));
    }

    /** Records an item of the checklist as done. */
    @POST
    @Path("{id}/items/{number}/completion")
    @Consumes(MediaType.APPLICATION_JSON)
    public HandoverCase complete(@PathParam("id") String id, @PathParam("number") String number,
            Completion completion, @Context SecurityContext security) {
        int item;
        try {
            item = Integer.parseInt(number);
        } catch (NumberFormatException e) {
            throw new NotFoundException("handover item", id + "/" + number);
        }
        return cases.completeHandoverItem(Ids.number(id, "handover"), item, completion == null ? null
                : completion.on(), DisputeResource.user(security));
    }
}
