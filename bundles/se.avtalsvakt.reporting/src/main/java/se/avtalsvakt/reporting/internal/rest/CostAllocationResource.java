package se.avtalsvakt.reporting.internal.rest;

import java.math.BigDecimal;
import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import se.avtalsvakt.api.report.Allocation;
import se.avtalsvakt.api.report.CostAllocation;
import se.avtalsvakt.api.report.CostAllocationRequest;
import se.avtalsvakt.api.report.CostAllocationService;

/** {@code /api/v1/cost-allocations}: one main area's net result shared by the care providers' costs. */
@Component(service = CostAllocationResource.class)
@JaxrsResource
@JaxrsApplicationSelect("(osgi.jaxrs.name=avtalsvakt)")
@Path("cost-allocations")
@Produces(MediaType.APPLICATION_JSON)
public class CostAllocationResource {

    private final CostAllocationService allocator;

    @Activate
    public CostAllocationResource(@Reference CostAllocationService allocator) {
        this.allocator = allocator;
    }

    /** One care provider's part, amounts as decimal strings in SEK. */
    public record AllocationOut(String careProvider, String cost, String share, String amount) {
    }

    /** The answer of {@code POST /api/v1/cost-allocations}. */
    public record CostAllocationOut(int year, String mainArea, List<AllocationOut> allocations, String totalCost,
                                    String total) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public CostAllocationOut allocate(CostAllocationRequest request) {
        CostAllocation a = allocator.allocate(request);
        return new CostAllocationOut(a.year(), a.mainArea(), a.allocations().stream()
                .map(CostAllocationResource::out).toList(), plain(a.totalCost()), plain(a.total()));
    }

    private static AllocationOut out(Allocation a) {
        return new AllocationOut(a.careProvider(), plain(a.cost()), plain(a.share()), plain(a.amount()));
    }

    private static String plain(BigDecimal value) {
        return value.toPlainString();
    }
}
