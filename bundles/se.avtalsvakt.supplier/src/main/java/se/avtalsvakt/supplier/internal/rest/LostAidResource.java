package se.avtalsvakt.supplier.internal.rest;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
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
import se.avtalsvakt.api.supplier.LostAidSummary;
import se.avtalsvakt.api.supplier.SupplierAnalysis;

/** {@code /api/v1/lost-aids}: the lost-aid register. */
@Component(service = LostAidResource.class)
@JaxrsResource
@JaxrsApplicationSelect("(osgi.jaxrs.name=avtalsvakt)")
@Path("lost-aids")
@Produces(MediaType.APPLICATION_JSON)
public class LostAidResource {

    private final SupplierAnalysis analysis;

    @Activate
    public LostAidResource(@Reference SupplierAnalysis analysis) {
        this.analysis = analysis;
    }

    /** @return the lost-aid register (of one care provider), by care provider then article */
    @GET
    public Page<LostAidSummary> lostAids(@QueryParam("careProvider") String careProvider,
            @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        return analysis.lostAids(careProvider, PageRequest.of(limit, cursor));
    }
}
