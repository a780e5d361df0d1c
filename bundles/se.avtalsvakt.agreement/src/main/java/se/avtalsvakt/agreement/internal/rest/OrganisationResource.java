package se.avtalsvakt.agreement.internal.rest;

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

import se.avtalsvakt.api.NotFoundException;
import se.avtalsvakt.api.organisation.Organisation;
import se.avtalsvakt.api.organisation.OrganisationKind;
import se.avtalsvakt.api.organisation.OrganisationService;

/** {@code /api/v1/organisations}: the organisation register (read only; organisations are imported). */
@Component(service = OrganisationResource.class)
@JaxrsResource
@JaxrsApplicationSelect("(osgi.jaxrs.name=avtalsvakt)")
@Path("organisations")
@Produces(MediaType.APPLICATION_JSON)
public class OrganisationResource {

    private final OrganisationService organisations;

    @Activate
    public OrganisationResource(@Reference OrganisationService organisations) {
        this.organisations = organisations;
    }

    /** @return the organisations, of one kind and/or below one parent if asked */
    @GET
    public List<Organisation> list(@QueryParam("kind") OrganisationKind kind, @QueryParam("parent") String parent) {
        return (kind == null ? organisations.list() : organisations.list(kind)).stream()
                .filter(o -> parent == null || parent.equals(o.parent())).toList();
    }

    @GET
    @Path("{id}")
    public Organisation get(@PathParam("id") String id) {
        return organisations.find(id).orElseThrow(() -> new NotFoundException("organisation", id));
    }
}
