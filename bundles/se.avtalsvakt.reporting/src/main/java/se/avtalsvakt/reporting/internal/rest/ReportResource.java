package se.avtalsvakt.reporting.internal.rest;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.avtalsvakt.api.ValidationException;
import se.avtalsvakt.api.report.Allocation;
import se.avtalsvakt.api.report.CostAllocation;
import se.avtalsvakt.api.report.CostAllocationRequest;
import se.avtalsvakt.api.report.CostAllocationService;
import se.avtalsvakt.api.report.RenderedReport;
import se.avtalsvakt.api.report.ReportRequest;
import se.avtalsvakt.api.report.ReportService;
import se.avtalsvakt.reporting.internal.CalendarFeed;
import se.avtalsvakt.rest.JsonInput;
import se.avtalsvakt.rest.RestRequest;
import se.avtalsvakt.rest.RestResource;
import se.avtalsvakt.rest.RestResponse;
import se.avtalsvakt.rest.Route;

/**
 * {@code /api/v1/reports}, {@code /api/v1/calendar.ics}, {@code /api/v1/cost-allocations}: reports in every
 * installed format, the iCalendar feed, and the cost-share allocation.
 */
@Component(service = RestResource.class)
public class ReportResource implements RestResource {

    private final ReportService reports;
    private final CalendarFeed calendar;
    private final CostAllocationService allocator;

    @Activate
    public ReportResource(@Reference ReportService reports, @Reference CalendarFeed calendar,
            @Reference CostAllocationService allocator) {
        this.reports = reports;
        this.calendar = calendar;
        this.allocator = allocator;
    }

    /** One care provider's part, amounts as decimal strings in SEK. */
    public record AllocationOut(String careProvider, String cost, String share, String amount) {
    }

    /** The answer of {@code POST /api/v1/cost-allocations}. */
    public record CostAllocationOut(int year, String mainArea, List<AllocationOut> allocations, String totalCost,
                                    String total) {
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.get("/v1/reports", r -> RestResponse.ok(reports.reports())),
                Route.get("/v1/reports/{kind}", r -> report(r, null)),
                Route.post("/v1/reports/{kind}", this::reportWithUpload),
                Route.get("/v1/calendar.ics", this::calendar),
                Route.post("/v1/cost-allocations", this::allocate));
    }

    static ReportRequest request(RestRequest r, String attachment) {
        Map<String, String> options = r.query("netResults").map(v -> Map.of("netResults", v)).orElse(Map.of());
        return new ReportRequest(r.path("kind"), r.queryInt("year").orElse(null), r.queryDate("from").orElse(null),
                r.queryDate("to").orElse(null), r.query("organisation").orElse(null), r.query("body").orElse(null),
                r.query("agreement").orElse(null), options, attachment);
    }

    private RestResponse report(RestRequest r, String attachment) {
        RenderedReport out = reports.run(request(r, attachment), r.query("format").orElse("json"));
        String disposition = out.contentType().startsWith("application/json") ? "inline" : "attachment";
        return new RestResponse(200, new RestResponse.Raw(out.contentType(), out.content()),
                Map.of("Content-Disposition", disposition + "; filename=\"" + out.fileName() + "\""));
    }

    /** A report computed from an uploaded file, e.g. cost-allocation from {@code care_provider;main_area;cost}. */
    private RestResponse reportWithUpload(RestRequest r) throws IOException {
        String text = new String(r.body().readAllBytes(), StandardCharsets.UTF_8);
        if (text.isBlank()) {
            throw new ValidationException("costs", "send the cost data as CSV: care_provider;main_area;cost");
        }
        return report(r, text);
    }

    private RestResponse calendar(RestRequest r) {
        String organisation = r.query("organisation").orElse(null);
        String body = r.query("body").orElse(null);
        String name = "avtalsvakt" + (organisation != null ? "-" + organisation : "") + (body != null ? "-" + body : "");
        return new RestResponse(200, new RestResponse.Raw("text/calendar; charset=UTF-8",
                calendar.feed(organisation, body).getBytes(StandardCharsets.UTF_8)),
                Map.of("Content-Disposition", "inline; filename=\"" + name.replaceAll("[^A-Za-z0-9._-]", "_")
                        + ".ics\""));
    }

    private RestResponse allocate(RestRequest r) {
        CostAllocation a = allocator.allocate(JsonInput.read(r.body(), CostAllocationRequest.class));
        return RestResponse.ok(new CostAllocationOut(a.year(), a.mainArea(), a.allocations().stream()
                .map(ReportResource::out).toList(), plain(a.totalCost()), plain(a.total())));
    }

    private static AllocationOut out(Allocation a) {
        return new AllocationOut(a.careProvider(), plain(a.cost()), plain(a.share()), plain(a.amount()));
    }

    private static String plain(BigDecimal value) {
        return value.toPlainString();
    }
}
