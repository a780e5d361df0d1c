package se.avtalsvakt.supplier.internal.rest;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.avtalsvakt.api.NotFoundException;
import se.avtalsvakt.api.PlatformClock;
import se.avtalsvakt.api.ValidationException;
import se.avtalsvakt.api.supplier.DeliveryCheck;
import se.avtalsvakt.api.supplier.RecordType;
import se.avtalsvakt.api.supplier.SupplierAnalysis;
import se.avtalsvakt.api.supplier.SupplierService;
import se.avtalsvakt.api.supplier.SupplierService.Format;
import se.avtalsvakt.api.supplier.UnreadableFileException;
import se.avtalsvakt.rest.JsonInput;
import se.avtalsvakt.rest.RestRequest;
import se.avtalsvakt.rest.RestResource;
import se.avtalsvakt.rest.RestResponse;
import se.avtalsvakt.rest.UnsupportedMediaTypeException;
import se.avtalsvakt.rest.Route;
import se.avtalsvakt.supplier.internal.SupplierRoutes;

/**
 * {@code /api/v1/suppliers} and {@code /api/v1/deliveries}: uploads of supplier files (answered with the receipt),
 * receipts, deliveries and their checks.
 */
@Component(service = RestResource.class)
public class SupplierResource implements RestResource {

    private final SupplierService suppliers;
    private final SupplierRoutes routes;
    private final SupplierAnalysis analysis;
    private final PlatformClock clock;

    @Activate
    public SupplierResource(@Reference SupplierService suppliers, @Reference SupplierRoutes routes,
            @Reference SupplierAnalysis analysis, @Reference PlatformClock clock) {
        this.suppliers = suppliers;
        this.routes = routes;
        this.analysis = analysis;
        this.clock = clock;
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.post("/v1/suppliers/{supplier}/{recordType}", this::upload),
                Route.get("/v1/suppliers/{supplier}/imports", r -> RestResponse.ok(
                        suppliers.imports(r.path("supplier"), limit(r)))),
                Route.get("/v1/supplier-imports", r -> RestResponse.ok(suppliers.imports(null, limit(r)))),
                Route.get("/v1/deliveries", r -> RestResponse.ok(suppliers.deliveries(
                        r.query("careProvider").orElse(null),
                        r.query("unchecked").map(Boolean::parseBoolean).orElse(false)))),
                Route.post("/v1/deliveries/{id}/check", this::check),
                Route.post("/v1/deliveries/checks", this::checks),
                Route.get("/v1/deliveries/compliance", r -> {
                    YearMonth to = month(r, "to", YearMonth.from(clock.today()));
                    return RestResponse.ok(analysis.checkCompliance(r.query("careProvider").orElse(null),
                            month(r, "from", to.minusMonths(11)), to));
                }),
                Route.get("/v1/invoices/discrepancies", r -> RestResponse.ok(analysis.discrepancies(
                        r.query("careProvider").orElse(null), r.query("invoice").orElse(null)))),
                Route.get("/v1/lost-aids", r -> RestResponse.ok(analysis.lostAids(
                        r.query("careProvider").orElse(null)))),
                Route.get("/v1/invoiced-costs", r -> RestResponse.ok(analysis.invoicedCosts(
                        r.queryInt("year").orElse(clock.today().getYear())))));
    }

    private static YearMonth month(RestRequest r, String name, YearMonth fallback) {
        Optional<String> text = r.query(name);
        if (text.isEmpty() || text.get().isBlank()) {
            return fallback;
        }
        try {
            return YearMonth.parse(text.get().strip());
        } catch (DateTimeParseException e) {
            throw new ValidationException(name, "not a month (YYYY-MM): '" + text.get() + "'");
        }
    }

    /** A CSV or JSON of checks, answered with the receipt; {@code ?supplier=} defaults to the first configured. */
    private RestResponse checks(RestRequest r) {
        String supplier = r.query("supplier").filter(x -> !x.isBlank()).orElse(routes.defaultSupplier());
        try {
            return RestResponse.ok(routes.ingestHttp(supplier, RecordType.DELIVERY_CHECKS, format(r), r.body(),
                    r.user()));
        } catch (UnreadableFileException e) {
            throw new ValidationException("body", e.getMessage());
        }
    }

    private static Format format(RestRequest r) {
        String contentType = r.contentType().orElse("");
        if (contentType.equals("text/csv")) {
            return Format.CSV;
        } else if (contentType.equals("application/json")) {
            return Format.JSON;
        }
        throw new UnsupportedMediaTypeException("send the file as text/csv or application/json"
                + (contentType.isEmpty() ? "" : ", not " + contentType));
    }

    private static int limit(RestRequest r) {
        int limit = r.queryInt("limit").orElse(50);
        if (limit < 1 || limit > 1000) {
            throw new ValidationException("limit", "must be between 1 and 1000");
        }
        return limit;
    }

    private RestResponse upload(RestRequest r) {
        RecordType type = RecordType.of(r.path("recordType"))
                .orElseThrow(() -> new NotFoundException("record type", r.path("recordType")));
        Format format = format(r);
        try {
            return RestResponse.ok(routes.ingestHttp(r.path("supplier"), type, format, r.body(), r.user()));
        } catch (UnreadableFileException e) {
            throw new ValidationException("body", e.getMessage());
        }
    }

    /** The body of a check: {@link DeliveryCheck} and, when two suppliers use the delivery id, the supplier. */
    public record CheckBody(LocalDate checkedOn, Boolean matchesOrder, String note, String supplier) {
    }

    private RestResponse check(RestRequest r) {
        CheckBody body = JsonInput.body(r, CheckBody.class);
        if (body.matchesOrder() == null) {
            throw new ValidationException("matchesOrder", "required: true or false");
        }
        String supplier = body.supplier() != null ? body.supplier() : r.query("supplier").orElse(null);
        return RestResponse.ok(suppliers.checkDelivery(r.path("id"), supplier,
                new DeliveryCheck(body.checkedOn(), body.matchesOrder(), body.note()), r.user()));
    }
}
