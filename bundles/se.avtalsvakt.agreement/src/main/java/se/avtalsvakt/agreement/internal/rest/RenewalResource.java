package se.avtalsvakt.agreement.internal.rest;

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

import se.avtalsvakt.api.agreement.AgreementService;
import se.avtalsvakt.api.agreement.TermChange;
import se.avtalsvakt.api.page.Page;
import se.avtalsvakt.api.page.PageRequest;

/** {@code GET /api/v1/renewals}: the renewal history of every agreement (extensions and ends recorded). */
@Component(service = RenewalResource.class)
@JaxrsResource
@JaxrsApplicationSelect("(osgi.jaxrs.name=avtalsvakt)")
@Path("renewals")
@Produces(MediaType.APPLICATION_JSON)
public class RenewalResource {

    private final AgreementService agreements;

    @Activate
    public RenewalResource(@Reference AgreementService agreements) {
        this.agreements = agreements;
    }

    /** @return a page of the history, by the day each change took effect, then agreement */
    @GET
    public Page<TermChange> list(@QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        return agreements.termChanges(null, PageRequest.of(limit, cursor));
    }
}
