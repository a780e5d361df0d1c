package se.avtalsvakt.governance.internal.rest;

import java.util.List;

import javax.ws.rs.GET;
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

import se.avtalsvakt.api.page.Page;
import se.avtalsvakt.api.page.PageRequest;
import se.avtalsvakt.api.governance.GovernanceService;
import se.avtalsvakt.api.governance.RepresentationEntry;

/** {@code /api/v1/representation/{organisation}}: where an organisation is represented today. */
@Component(service = RepresentationResource.class)
@JaxrsResource
@JaxrsApplicationSelect("(osgi.jaxrs.name=avtalsvakt)")
@Path("representation")
@Produces(MediaType.APPLICATION_JSON)
public class RepresentationResource {

    private final GovernanceService governance;

    @Activate
    public RepresentationResource(@Reference GovernanceService governance) {
        this.governance = governance;
    }

    @GET
    @Path("{organisation}")
    public Page<RepresentationEntry> representation(@PathParam("organisation") String organisation,
            @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        PageRequest request = PageRequest.of(limit, cursor);
        List<RepresentationEntry> all = governance.register(organisation);
        return Page.slice(VacancyResource.positions(all.size()), request, VacancyResource::position).map(all::get);
    }
}
