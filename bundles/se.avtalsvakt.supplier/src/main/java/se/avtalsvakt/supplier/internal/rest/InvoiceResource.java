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
import se.avtalsvakt.api.supplier.Discrepancy;
import se.avtalsvakt.api.supplier.SupplierAnalysis;

/** {@code /api/v1/invoices/discrepancies}: the invoice reconciliation. */
@Component(service = InvoiceResource.class)
@JaxrsResource
@JaxrsApplicationSelect("(osgi.jaxrs.name=avtalsvakt)")
@Path("invoices")
@Produces(MediaType.APPLICATION_JSON)
public class InvoiceResource {

    private final SupplierAnalysis analysis;

    @Activate
    public InvoiceResource(@Reference SupplierAnalysis analysis) {
        this.analysis = analysis;
    }

    /** @return the discrepancies (of one care provider, of one invoice), by invoice then line */
    @GET
    @Path("discrepancies")
    public Page<Discrepancy> discrepancies(@QueryParam("careProvider") String careProvider,
            @QueryParam("invoice") String invoice, @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor) {
        return analysis.discrepancies(careProvider, invoice, PageRequest.of(limit, cursor));
    }
}
