package se.avtalsvakt.cases.internal.rest;

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
import se.avtalsvakt.api.cases.ChecklistTemplate;
import se.avtalsvakt.api.page.Page;
import se.avtalsvakt.api.page.PageRequest;

/** {@code /api/v1/checklist-templates}: the example situations with their activities and competences, and own ones. */
@Component(service = ChecklistTemplateResource.class)
@JaxrsResource
@JaxrsApplicationSelect("(osgi.jaxrs.name=avtalsvakt)")
@Path("checklist-templates")
@Produces(MediaType.APPLICATION_JSON)
public class ChecklistTemplateResource {

    private final CaseService cases;

    @Activate
    public ChecklistTemplateResource(@Reference CaseService cases) {
        this.cases = cases;
    }

    @GET
    public Page<ChecklistTemplate> templates(@QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        return cases.checklistTemplates(PageRequest.of(limit, cursor));
    }

    @GET
    @Path("{id}")
    public ChecklistTemplate template(@PathParam("id") String id) {
        return cases.checklistTemplate(id);
    }

    /** Adds an organisation's own template. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(ChecklistTemplate template) {
        ChecklistTemplate saved = cases.addChecklistTemplate(template);
        return Response.status(Response.Status.CREATED).header(HttpHeaders.LOCATION,
                "/api/v1/checklist-templates/" + saved.id()).entity(saved).build();
    }
}
