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
import se.avtalsvakt.api.supplier.ImportReceipt;
import se.avtalsvakt.api.supplier.SupplierService;

/** {@code /api/v1/supplier-imports}: the receipts of every supplier, newest first. */
@Component(service = SupplierImportsResource.class)
@JaxrsResource
@JaxrsApplicationSelect("(osgi.jaxrs.name=avtalsvakt)")
@Path("supplier-imports")
@Produces(MediaType.APPLICATION_JSON)
public class SupplierImportsResource {

    private final SupplierService suppliers;

    @Activate
    public SupplierImportsResource(@Reference SupplierService suppliers) {
        this.suppliers = suppliers;
    }

    /** @return one page of the receipts of every supplier, newest first */
    @GET
    public Page<ImportReceipt> imports(@QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        return suppliers.imports(null, Limits.of(limit, cursor));
    }
}
