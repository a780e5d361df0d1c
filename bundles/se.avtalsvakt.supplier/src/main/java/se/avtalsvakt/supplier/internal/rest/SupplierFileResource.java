package se.avtalsvakt.supplier.internal.rest;

import java.io.InputStream;
import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import se.avtalsvakt.api.NotFoundException;
import se.avtalsvakt.api.supplier.ImportReceipt;
import se.avtalsvakt.api.supplier.RecordType;
import se.avtalsvakt.api.supplier.SupplierService;
import se.avtalsvakt.supplier.internal.SupplierRoutes;

/**
 * {@code /api/v1/suppliers/{supplier}/…}: a supplier's file uploaded over HTTP (CSV or JSON, any size: it is read
 * as a stream), answered with its receipt, and the supplier's receipts.
 */
@Component(service = SupplierFileResource.class)
@JaxrsResource
@JaxrsApplicationSelect("(osgi.jaxrs.name=avtalsvakt)")
@Path("suppliers")
@Produces(MediaType.APPLICATION_JSON)
public class SupplierFileResource {

    private final SupplierService suppliers;
    private final Uploads uploads;

    @Activate
    public SupplierFileResource(@Reference SupplierService suppliers, @Reference SupplierRoutes routes) {
        this(suppliers, routes::ingestHttp);
    }

    SupplierFileResource(SupplierService suppliers, Uploads.Route route) {
        this.suppliers = suppliers;
        this.uploads = new Uploads(route);
    }

    /** A file of {@code recordType} ({@code orders}, {@code invoice-lines}, …), answered with the receipt. */
    @POST
    @Path("{supplier}/{recordType}")
    @Consumes({Uploads.CSV, Uploads.JSON})
    public ImportReceipt upload(@PathParam("supplier") String supplier, @PathParam("recordType") String recordType,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, InputStream body,
            @Context SecurityContext security) {
        RecordType type = RecordType.of(recordType)
                .orElseThrow(() -> new NotFoundException("record type", recordType));
        return uploads.ingest(supplier, type, contentType, body, security.getUserPrincipal().getName());
    }

    /** @return the supplier's receipts, newest first */
    @GET
    @Path("{supplier}/imports")
    public List<ImportReceipt> imports(@PathParam("supplier") String supplier, @QueryParam("limit") Integer limit) {
        return suppliers.imports(supplier, Limits.of(limit));
    }
}
