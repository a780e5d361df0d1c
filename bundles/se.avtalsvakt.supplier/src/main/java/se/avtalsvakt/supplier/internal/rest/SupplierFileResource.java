package se.avtalsvakt.supplier.internal.rest;

import java.io.InputStream;

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
import se.avtalsvakt.api.page.Page;
import se.avtalsvakt.api.supplier.ImportReceipt;
import se.avtalsvakt.api.supplier.RecordType;
import se.avtalsvakt.api.supplier.SupplierService;
import se.avtalsvakt.supplier.internal.SupplierRoutes;

/**
 * {@code /api/v1/suppliers/{supplier}/…}: a supplier's file uploaded over HTTP (CSV or JSON, up to
 * {@code upload.maxBytes}; larger files go through the file drop), answered with its receipt, and the supplier's
 * receipts.
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
        this(suppliers, new Uploads(routes::ingestHttp, routes::maxUploadBytes, null));
    }

    SupplierFileResource(SupplierService suppliers, Uploads uploads) {
        this.suppliers = suppliers;
        this.uploads = uploads;
    }

    /** A file of {@code recordType} ({@code orders}, {@code invoice-lines}, …), answered with the receipt. */
    @POST
    @Path("{supplier}/{recordType}")
    @Consumes({Uploads.CSV, Uploads.JSON})
    public ImportReceipt upload(@PathParam("supplier") String supplier, @PathParam("recordType") String recordType,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @HeaderParam(HttpHeaders.CONTENT_LENGTH) String contentLength, InputStream body,
            @Context SecurityContext security) {
        RecordType type = RecordType.of(recordType)
                .orElseThrow(() -> new NotFoundException("record type", recordType));
        return uploads.ingest(supplier, type, contentType, contentLength, body,
                security.getUserPrincipal().getName());
    }

    /** @return one page of the supplier's receipts, newest first */
    @GET
    @Path("{supplier}/imports")
    public Page<ImportReceipt> imports(@PathParam("supplier") String supplier, @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor) {
        return suppliers.imports(supplier, Limits.of(limit, cursor));
    }
}
