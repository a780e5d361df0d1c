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

import se.avtalsvakt.api.PlatformClock;
import se.avtalsvakt.api.page.Page;
import se.avtalsvakt.api.page.PageRequest;
import se.avtalsvakt.api.supplier.InvoicedCost;
import se.avtalsvakt.api.supplier.SupplierAnalysis;

/** {@code /api/v1/invoiced-costs}: the invoiced cost per care provider and main area in a year. */
@Component(service = InvoicedCostResource.class)
@JaxrsResource
@JaxrsApplicationSelect("(osgi.jaxrs.name=avtalsvakt)")
@Path("invoiced-costs")
@Produces(MediaType.APPLICATION_JSON)
public class InvoicedCostResource {

    private final SupplierAnalysis analysis;
    private final PlatformClock clock;

    @Activate
    public InvoicedCostResource(@Reference SupplierAnalysis analysis, @Reference PlatformClock clock) {
        this.analysis = analysis;
        this.clock = clock;
    }

    /** @return the invoiced cost of {@code year} (this year unless given), by main area then care provider */
    @GET
    public Page<InvoicedCost> invoicedCosts(@QueryParam("year") Integer year, @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor) {
        PageRequest page = PageRequest.of(limit, cursor);
        return analysis.invoicedCosts(year == null ? clock.today().getYear() : year, page);
    }
}
