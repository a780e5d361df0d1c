package se.avtalsvakt.supplier.internal.rest;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.function.Supplier;

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

import se.avtalsvakt.api.PlatformClock;
import se.avtalsvakt.api.ValidationException;
import se.avtalsvakt.api.page.Page;
import se.avtalsvakt.api.page.PageRequest;
import se.avtalsvakt.api.supplier.CheckCompliance;
import se.avtalsvakt.api.supplier.DeliveryFilter;
import se.avtalsvakt.api.supplier.DeliveryCheck;
import se.avtalsvakt.api.supplier.DeliveryView;
import se.avtalsvakt.api.supplier.ImportReceipt;
import se.avtalsvakt.api.supplier.RecordType;
import se.avtalsvakt.api.supplier.SupplierAnalysis;
import se.avtalsvakt.api.supplier.SupplierService;
import se.avtalsvakt.supplier.internal.SupplierRoutes;

/**
 * {@code /api/v1/deliveries}: deliveries with their check deadline and check, a check recorded one at a time or
 * uploaded as a file of checks, and the check compliance per care provider and month.
 */
@Component(service = DeliveryResource.class)
@JaxrsResource
@JaxrsApplicationSelect("(osgi.jaxrs.name=avtalsvakt)")
@Path("deliveries")
@Produces(MediaType.APPLICATION_JSON)
public class DeliveryResource {

    private final SupplierService suppliers;
    private final SupplierAnalysis analysis;
    private final PlatformClock clock;
    private final Uploads uploads;
    private final Supplier<String> defaultSupplier;

    @Activate
    public DeliveryResource(@Reference SupplierService suppliers, @Reference SupplierAnalysis analysis,
            @Reference PlatformClock clock, @Reference SupplierRoutes routes) {
        this(suppliers, analysis, clock, new Uploads(routes::ingestHttp, routes::maxUploadBytes, null),
                routes::defaultSupplier);
    }

    DeliveryResource(SupplierService suppliers, SupplierAnalysis analysis, PlatformClock clock, Uploads uploads,
            Supplier<String> defaultSupplier) {
        this.suppliers = suppliers;
        this.analysis = analysis;
        this.clock = clock;
        this.uploads = uploads;
        this.defaultSupplier = defaultSupplier;
    }

    /**
     * @return one page of deliveries by delivery date, supplier and delivery id; {@code checkDue} with
     *         {@code careProvider}, {@code supplier} and {@code unchecked=true} lists the deliveries behind one
     *         {@code DELIVERIES_UNCHECKED} alert
     */
    @GET
    public Page<DeliveryView> deliveries(@QueryParam("careProvider") String careProvider,
            @QueryParam("supplier") String supplier, @QueryParam("unchecked") Boolean unchecked,
            @QueryParam("checkDue") LocalDate checkDue, @QueryParam("deliveredFrom") LocalDate deliveredFrom,
            @QueryParam("deliveredTo") LocalDate deliveredTo, @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor) {
        PageRequest page = PageRequest.of(limit, cursor);
        return suppliers.deliveries(new DeliveryFilter(careProvider, supplier, Boolean.TRUE.equals(unchecked),
                checkDue, deliveredFrom, deliveredTo), page);
    }

    /** The body of a check: {@link DeliveryCheck} and, when two suppliers use the delivery id, the supplier. */
    public record CheckBody(LocalDate checkedOn, Boolean matchesOrder, String note, String supplier) {
    }

    /** Records the check of one delivery; {@code ?supplier=} (or the body's) when two suppliers use its id. */
    @POST
    @Path("{id}/check")
    @Consumes(MediaType.APPLICATION_JSON)
    public DeliveryView check(@PathParam("id") String id, @QueryParam("supplier") String supplier, CheckBody body,
            @Context SecurityContext security) {
        if (body.matchesOrder() == null) {
            throw new ValidationException("matchesOrder", "required: true or false");
        }
        return suppliers.checkDelivery(id, body.supplier() != null ? body.supplier() : supplier,
                new DeliveryCheck(body.checkedOn(), body.matchesOrder(), body.note()),
                security.getUserPrincipal().getName());
    }

    /** A CSV or JSON file of checks, answered with the receipt; {@code ?supplier=} defaults to the first configured. */
    @POST
    @Path("checks")
    @Consumes({Uploads.CSV, Uploads.JSON})
    public ImportReceipt checks(@QueryParam("supplier") String supplier,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @HeaderParam(HttpHeaders.CONTENT_LENGTH) String contentLength, InputStream body,
            @Context SecurityContext security) {
        return uploads.ingest(supplier != null ? supplier : defaultSupplier.get(), RecordType.DELIVERY_CHECKS,
                contentType, contentLength, body, security.getUserPrincipal().getName());
    }

    /** @return the check compliance per care provider and month; the twelve months to this one unless given */
    @GET
    @Path("compliance")
    public Page<CheckCompliance> compliance(@QueryParam("careProvider") String careProvider,
            @QueryParam("from") YearMonth from, @QueryParam("to") YearMonth to, @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor) {
        PageRequest page = PageRequest.of(limit, cursor);
        YearMonth last = to == null ? YearMonth.from(clock.today()) : to;
        return analysis.checkCompliance(careProvider, from == null ? last.minusMonths(11) : from, last, page);
    }
}
